/**
 * Human-facing renderings of catalogs, diffs, validation reports and scoring results, each a
 * {@link org.talentcatalog.render.spi.Renderer} found by type and name in
 * {@link org.talentcatalog.render.Renderers}: the diff's Markdown and text changelogs, the text
 * reports of validation, scoring and expert consensus, and the machine formats (JSON, JSON Patch)
 * of the other modules under the same names. Publishing formats grow here.
 */
module org.talentcatalog.render {
    requires transitive org.talentcatalog.model;
    requires transitive org.talentcatalog.schema;
    requires transitive org.talentcatalog.scoring;

    exports org.talentcatalog.render;
    exports org.talentcatalog.render.spi;

    uses org.talentcatalog.render.spi.Renderer;
    // The messages bundle beside the module's message keys is loaded by the keys' shared code in
    // org.talentcatalog.model, on this module's behalf (MessageKey).
    opens org.talentcatalog.render.internal to org.talentcatalog.model;
}
