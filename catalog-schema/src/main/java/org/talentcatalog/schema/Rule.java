package org.talentcatalog.schema;

import org.talentcatalog.model.Catalog;

/**
 * A check beyond the schema and the per-member constraints: a cross-member or policy rule with a
 * stable id. The standard rules are {@link StandardRules#all()}; an embedder adds its own through
 * {@link CatalogValidator.Builder#addRule(Rule)}.
 *
 * <p>Rules see a bound {@link Catalog} whose members may still be {@code null} where the document
 * lacked them (other layers report that): a rule checks only what is present. Implementations must
 * be stateless and thread-safe.
 */
public interface Rule {

    /** The stable id, e.g. {@code R4}; an embedder's own rules should use a prefix of their own. */
    String id();

    /** The severity of the issues this rule reports. */
    Severity severity();

    /** Checks a catalog and reports each finding to {@code context}. */
    void check(Catalog catalog, RuleContext context);
}
