/**
 * Job-title normalisation (规范归纳人才需求岗位信息): posted titles and survey answers to 2022
 * occupation codes and to a catalog's positions, with a calibrated confidence.
 */
module org.talentcatalog.normalize {
    requires transitive org.talentcatalog.model;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;

    exports org.talentcatalog.normalize;
    // The messages bundle beside the module's message keys is loaded by the keys' shared code in
    // org.talentcatalog.model, on this module's behalf (MessageKey).
    opens org.talentcatalog.normalize.internal to org.talentcatalog.model;
}
