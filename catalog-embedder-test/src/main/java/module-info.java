/** An application that embeds talent-catalog as named modules. */
module com.example.catalogs {
    requires org.talentcatalog.schema;
    requires org.talentcatalog.scoring;
    requires org.talentcatalog.tabular;

    exports com.example.catalogs;
}
