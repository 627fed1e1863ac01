/** The {@code catalog} command-line tool. */
module org.talentcatalog.cli {
    requires org.talentcatalog.model;
    requires org.talentcatalog.schema;
    requires org.talentcatalog.scoring;
    requires org.talentcatalog.tabular;
    requires org.talentcatalog.render;
    requires org.talentcatalog.publish;
    requires org.talentcatalog.lifecycle;
    requires org.talentcatalog.publish.pdf;
    requires java.logging;
    requires org.talentcatalog.normalize;
    requires org.talentcatalog.postings;
    requires info.picocli;

    exports org.talentcatalog.cli;
    // picocli reads the command classes reflectively; the model's shared MessageKey code loads the
    // messages bundle beside the command classes on this module's behalf.
    opens org.talentcatalog.cli to info.picocli, org.talentcatalog.model;
}
