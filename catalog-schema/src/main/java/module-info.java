/**
 * The JSON Schema of the talent catalog exchange format and the layered validator: read, schema,
 * model and rules, in one located report. Rules are extensions: {@link org.talentcatalog.schema.spi.Rule}
 * providers found by {@link java.util.ServiceLoader} join R1–R18.
 */
module org.talentcatalog.schema {
    requires transitive org.talentcatalog.model;
    requires everit.json.schema;
    requires org.json;
    requires org.hibernate.validator;
    // Holds back Hibernate Validator's version line (internal.QuietStart).
    requires java.logging;

    exports org.talentcatalog.schema;
    // The rule extension point (docs/extending.md).
    exports org.talentcatalog.schema.spi;

    uses org.talentcatalog.schema.spi.Rule;
    // The messages bundle beside the module's message keys is loaded by the keys' shared code in
    // org.talentcatalog.model, on this module's behalf (MessageKey).
    opens org.talentcatalog.schema.internal to org.talentcatalog.model;
}
