/**
 * The canonical model of a talent shortage catalog (急需紧缺人才目录): immutable records and enums,
 * code lists, JSON binding, Bean Validation constraints and version diffing.
 */
module org.talentcatalog.model {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;

    exports org.talentcatalog.model;
    // Constraint annotations and their validators, for Bean Validation engines and users.
    exports org.talentcatalog.model.constraints;
    // Files: CSV character-set detection and bounds, and atomic writes, for every module and for users.
    exports org.talentcatalog.model.io;
    // Shared plumbing for the sibling modules only; not part of the public API.
    exports org.talentcatalog.model.internal to
            org.talentcatalog.schema, org.talentcatalog.tabular, org.talentcatalog.scoring, org.talentcatalog.cli;

    // Bean Validation engines read the records reflectively.
    opens org.talentcatalog.model;
    opens org.talentcatalog.model.constraints;
}
