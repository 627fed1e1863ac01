/**
 * Publishing a release of catalogs as handbooks people read: a static, self-contained HTML folder
 * (cover and index, an 编制说明 page and the positions of each catalog, majors and competencies
 * indexes, what changed since the previous edition, inline SVG charts, search and filters in plain
 * JavaScript) and a Markdown handbook, through {@link org.talentcatalog.publish.Handbooks}. The HTML
 * templates are compiled to Java at build time (jte); nothing is compiled or loaded reflectively at
 * run time.
 */
module org.talentcatalog.publish {
    requires transitive org.talentcatalog.model;
    requires transitive org.talentcatalog.render;
    requires gg.jte.runtime;
    // The template classes jte generates carry @javax.annotation.processing.Generated (source retention).
    requires static java.compiler;

    exports org.talentcatalog.publish;
    // The view of a release, the print document and the whole-folder writes, for the PDF module
    // (its own module, so that this one needs none of the layout engine).
    exports org.talentcatalog.publish.internal to org.talentcatalog.publish.pdf;

    provides org.talentcatalog.render.spi.Renderer with org.talentcatalog.publish.MarkdownRenderer;
    // The words bundle beside the module's word keys is loaded by the keys' shared code in
    // org.talentcatalog.model, on this module's behalf (MessageKey).
    opens org.talentcatalog.publish.internal to org.talentcatalog.model;
}
