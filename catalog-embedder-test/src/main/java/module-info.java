/** An application that embeds talent-catalog as named modules. */
module com.example.catalogs {
    requires org.talentcatalog.schema;
    requires org.talentcatalog.scoring;
    requires org.talentcatalog.tabular;
    requires org.talentcatalog.render;

    exports com.example.catalogs;
}
