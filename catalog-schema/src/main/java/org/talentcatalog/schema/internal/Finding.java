package org.talentcatalog.schema.internal;

import org.talentcatalog.model.Issue;

/**
 * An issue and the place of the fault it describes, used to keep one issue per fault when several
 * layers report it. The fault pointer is the issue's pointer, except for a missing member, whose
 * issue stands at the object that lacks it and whose fault is the member's own pointer.
 *
 * @param issue the issue to report
 * @param fault the pointer of the faulty (or missing) value
 */
public record Finding(Issue issue, String fault) {

    /** A finding whose fault is where the issue points. */
    public static Finding of(Issue issue) {
        return new Finding(issue, issue.pointer());
    }
}
