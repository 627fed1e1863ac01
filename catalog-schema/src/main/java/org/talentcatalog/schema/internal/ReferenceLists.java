package org.talentcatalog.schema.internal;

import java.util.Objects;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.IndustryClasses;
import org.talentcatalog.model.OccupationCodes;

/**
 * The code lists a validator checks against: the open industry and region lists (R10), the
 * occupation classification (R17) and the industry classification (R18). Immutable.
 *
 * @param codeLists the industry and region lists
 * @param occupations the occupation codes
 * @param industryClasses the GB/T 4754 classes
 */
public record ReferenceLists(CodeLists codeLists, OccupationCodes occupations, IndustryClasses industryClasses) {

    /** Checks that all three lists are present. */
    public ReferenceLists {
        Objects.requireNonNull(codeLists, "codeLists");
        Objects.requireNonNull(occupations, "occupations");
        Objects.requireNonNull(industryClasses, "industryClasses");
    }
}
