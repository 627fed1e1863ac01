/**
 * The JSON Schema of the talent catalog exchange format and the layered validator: read, schema,
 * model and rules, in one located report.
 */
module org.talentcatalog.schema {
    requires transitive org.talentcatalog.model;
    requires everit.json.schema;
    requires org.json;
    requires org.hibernate.validator;
    // Holds back Hibernate Validator's version line (internal.QuietStart).
    requires java.logging;

    exports org.talentcatalog.schema;
}
