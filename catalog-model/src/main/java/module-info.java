/**
 * The canonical model of a talent shortage catalog (急需紧缺人才目录): immutable records and enums,
 * code lists, JSON binding, Bean Validation constraints and version diffing.
 */
module org.talentcatalog.model {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;
    // Nullness annotations (@NullMarked, @Nullable) on the API. Static: they have no runtime
    // behaviour, so the jar may be left out at run time (the JVM ignores an annotation whose type is
    // missing). Transitive: a module that reads this one reads them too, so its compiler and
    // checkers (NullAway, Kotlin, IDEs) see them. Plain "requires static" would leave them unexported
    // to readers of the API (javac warns), plain "requires transitive" would make the jar mandatory
    // at run time; "requires static transitive" is both compile-time visible and run-time optional.
    requires static transitive org.jspecify;

    exports org.talentcatalog.model;
    // Constraint annotations and their validators, for Bean Validation engines and users.
    exports org.talentcatalog.model.constraints;
    // Files: CSV character-set detection and bounds, and atomic writes, for every module and for users.
    exports org.talentcatalog.model.io;
    // The one shape of the library's registries (rules, scoring methods, formats, renderers).
    exports org.talentcatalog.model.spi;
    // The lenient binder, the located JSON readers, JSON Pointers and text predicates, which the
    // validator and the table reader build on. Not a public API: their shapes follow those two
    // modules' needs and change with them, and a user has no use for them that CatalogJson and the
    // validator do not serve (the canonical layout is public as CatalogJson.canonicalPrinter()).
    exports org.talentcatalog.model.internal to org.talentcatalog.schema, org.talentcatalog.tabular;

    // Bean Validation engines read the records reflectively.
    opens org.talentcatalog.model;
    opens org.talentcatalog.model.constraints;
}
