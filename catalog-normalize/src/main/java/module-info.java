/**
 * Job-title normalisation (规范归纳人才需求岗位信息): posted titles and survey answers to 2022
 * occupation codes and to a catalog's positions, with a calibrated confidence.
 */
module org.talentcatalog.normalize {
    requires transitive org.talentcatalog.model;
    // R19 joins the validator's rules through the rule extension point (never the reverse).
    requires org.talentcatalog.schema;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;

    exports org.talentcatalog.normalize;

    provides org.talentcatalog.schema.spi.Rule with org.talentcatalog.normalize.internal.R19NameSuggestsCode;
    // The messages bundle beside the module's message keys is loaded by the keys' shared code in
    // org.talentcatalog.model, on this module's behalf (MessageKey).
    opens org.talentcatalog.normalize.internal to org.talentcatalog.model;
}
