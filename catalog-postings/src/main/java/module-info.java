/**
 * Online job postings to indicators (第三方数据应用): titles coded to catalog positions or to 2022
 * occupation codes, postings de-duplicated and aggregated per group in a mergeable accumulator.
 */
module org.talentcatalog.postings {
    requires transitive org.talentcatalog.model;
    requires transitive org.talentcatalog.scoring;
    requires transitive org.talentcatalog.normalize;

    exports org.talentcatalog.postings;
    // The messages bundle beside the module's message keys is loaded by the keys' shared code in
    // org.talentcatalog.model, on this module's behalf (MessageKey).
    opens org.talentcatalog.postings.internal to org.talentcatalog.model;
}
