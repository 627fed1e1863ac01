/**
 * Shortage scoring (急需紧缺程度评价): from survey samples or indicator tables to shortage scores and
 * levels, with uncertainty, sensitivity and expert consensus (Kendall's W).
 */
module org.talentcatalog.scoring {
    requires transitive org.talentcatalog.model;

    uses org.talentcatalog.scoring.spi.ScoringMethodProvider;

    exports org.talentcatalog.scoring;
    // The extension point for scoring methods (docs/extending.md).
    exports org.talentcatalog.scoring.spi;
    // The messages bundle beside the module's message keys is loaded by the keys' shared code in
    // org.talentcatalog.model, on this module's behalf (MessageKey).
    opens org.talentcatalog.scoring.internal to org.talentcatalog.model;
}
