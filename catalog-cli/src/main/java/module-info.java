/** The {@code catalog} command-line tool. */
module org.talentcatalog.cli {
    requires org.talentcatalog.model;
    requires org.talentcatalog.schema;
    requires org.talentcatalog.scoring;
    requires org.talentcatalog.tabular;
    requires org.talentcatalog.render;
    requires info.picocli;

    exports org.talentcatalog.cli;
    // picocli reads the command classes reflectively.
    opens org.talentcatalog.cli to info.picocli;
}
