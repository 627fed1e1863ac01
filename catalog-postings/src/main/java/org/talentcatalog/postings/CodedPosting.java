package org.talentcatalog.postings;

import java.io.Serializable;
import java.util.Objects;

/**
 * A posting placed in its group: a catalog position or a 2022 occupation code. The row a
 * {@link PostingsAccumulator} adds.
 *
 * @param group the group id (position id or occupation code)
 * @param groupName the group's name (position name or occupation name)
 * @param posting the posting
 */
public record CodedPosting(String group, String groupName, Posting posting) implements Serializable {

    /** Checks that nothing is {@code null} and the group is not blank. */
    public CodedPosting {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(posting, "posting");
        if (group.isBlank()) {
            throw new IllegalArgumentException("group must not be blank");
        }
    }
}
