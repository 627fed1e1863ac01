/**
 * Reading and writing talent shortage catalogs as CSV and XLSX tables (docs/format.md, "Tables"),
 * with every problem located to its sheet, row and column.
 */
module org.talentcatalog.tabular {
    requires transitive org.talentcatalog.model;
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;

    exports org.talentcatalog.tabular;
}
