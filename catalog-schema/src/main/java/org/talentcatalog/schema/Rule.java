package org.talentcatalog.schema;

import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Severity;

/**
 * A check beyond the schema and the per-member constraints: a cross-member or policy rule with a
 * stable id. The standard rules are {@link StandardRules#all()}; an embedder adds its own through
 * {@link CatalogValidator.Builder#addRule(Rule)}.
 *
 * <p>Rules see a bound {@link Catalog} whose members may still be {@code null} where the document
 * lacked them (other layers report that): a rule checks only what is present. Implementations must
 * be stateless and thread-safe.
 *
 * <p>The standard rules report issues of {@link org.talentcatalog.model.Layer#RULE}, any other rule
 * of {@link org.talentcatalog.model.Layer#EMBEDDER}. Both rank alike when several layers report one
 * fault, whatever the id is called: an embedder's error is never dropped for the schema's or the
 * model's.
 */
public interface Rule {

    /** The stable id, e.g. {@code R4}; an embedder's own rules should use a prefix of their own. */
    String id();

    /** The severity of the issues this rule reports. */
    Severity severity();

    /** Checks a catalog and reports each finding to {@code context}. */
    void check(Catalog catalog, RuleContext context);
}
