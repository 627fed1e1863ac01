package org.talentcatalog.schema.spi;

import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Severity;

/**
 * A check beyond the schema and the per-member constraints: a cross-member or policy rule with a
 * stable id. The registry {@link org.talentcatalog.schema.Rules#standard()} holds R1–R18 and every
 * rule {@link java.util.ServiceLoader} finds; an embedder's rule is one public class with a public
 * no-arg constructor plus one line in {@code META-INF/services/org.talentcatalog.schema.spi.Rule}
 * (see {@code docs/extending.md}), or is added in code with
 * {@link org.talentcatalog.schema.CatalogValidator.Builder#addRule(Rule)}.
 *
 * <p>Rules see a bound {@link Catalog} whose members may still be {@code null} where the document
 * lacked them (other layers report that): a rule checks only what is present. One instance serves
 * every validation, concurrently: implementations must be stateless and thread-safe. A rule that
 * checks positions one at a time should implement {@link StreamingRule}, so that a document of any
 * size is checked without holding its positions.
 */
public interface Rule {

    /**
     * The stable id, which issues carry and users name the rule by, e.g. {@code R4}: a letter, then
     * letters, digits, {@code .}, {@code _} or {@code -}. An embedder's own rules should use a prefix
     * of their own ({@code X-SALARY-RANGE}); the ids of one registry are unique.
     */
    String id();

    /** The severity of the issues this rule reports. */
    Severity severity();

    /** Checks a catalog and reports each finding to {@code context}. */
    void check(Catalog catalog, RuleContext context);
}
