/**
 * The rule extension point: implement {@link org.talentcatalog.schema.spi.Rule} (or
 * {@link org.talentcatalog.schema.spi.StreamingRule}, to check positions as they stream) in one public
 * class with a public no-arg constructor and list it in
 * {@code META-INF/services/org.talentcatalog.schema.spi.Rule} (or {@code provides} it in a named
 * module); {@link org.talentcatalog.schema.Rules#standard()}, and with it every validator built from
 * {@link org.talentcatalog.schema.CatalogValidator#builder()}, then runs it after R1–R18. A rule
 * reports through its {@link org.talentcatalog.schema.spi.RuleContext}.
 */
package org.talentcatalog.schema.spi;
