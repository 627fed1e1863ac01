/**
 * A catalog's way from draft to renewal (seed 七, 十, 十一, 十二): guarded status transitions recorded
 * in the catalog, the next edition's draft from a scoring result, the positions to consult on, and
 * the evaluation of a published edition against two survey waves and the next edition.
 */
module org.talentcatalog.lifecycle {
    requires transitive org.talentcatalog.model;
    requires transitive org.talentcatalog.scoring;
    requires org.talentcatalog.schema;
    requires transitive org.talentcatalog.tabular;

    exports org.talentcatalog.lifecycle;
    // The messages bundle beside the module's message keys is loaded by the keys' shared code in
    // org.talentcatalog.model, on this module's behalf (MessageKey).
    opens org.talentcatalog.lifecycle.internal to org.talentcatalog.model;
}
