/**
 * Reading and writing talent shortage catalogs in their exchange formats, JSON, CSV and XLSX
 * tables (docs/format.md, "Tables"), and in any format added through
 * {@link org.talentcatalog.tabular.spi.CatalogFormat}, with every problem located to its sheet,
 * row and column.
 */
module org.talentcatalog.tabular {
    requires transitive org.talentcatalog.model;
    requires org.dhatim.fastexcel;
    requires java.xml;

    exports org.talentcatalog.tabular;
    // The extension point for catalog formats (docs/extending.md).
    exports org.talentcatalog.tabular.spi;

    uses org.talentcatalog.tabular.spi.CatalogFormat;
    // The messages bundle beside the module's message keys is loaded by the keys' shared code in
    // org.talentcatalog.model, on this module's behalf (MessageKey).
    opens org.talentcatalog.tabular.internal to org.talentcatalog.model;
}
