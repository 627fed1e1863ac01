/**
 * Validation of talent shortage catalogs against the exchange format (docs/format.md), in four
 * layers whose findings make one located report: <b>read</b> (bounded parsing with line and column),
 * <b>schema</b> (the draft-07 JSON Schema), <b>model</b> (binding and Bean Validation) and
 * <b>rules</b> (R1–R18 and any an embedder adds).
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link CatalogValidator}: {@code CatalogValidator.standard()} or a configured
 *       {@code CatalogValidator.builder()} (code lists, reference lists, added rules, limits); it
 *       validates a file, bytes, a stream, text, a JSON tree read from another source (such as a
 *       spreadsheet) or a catalog built in code.</li>
 *   <li>{@link ValidationReport}: the issues in document order, the error and warning counts, and
 *       the report as JSON.</li>
 *   <li>{@link CatalogSchema}: the JSON Schema itself, for use from other languages and tools.</li>
 * </ul>
 * An embedder's rule implements {@code Rule} (or {@code StreamingRule}, to check a large document
 * while it streams) and is added with {@code CatalogValidator.Builder.addRule}.
 *
 * <h2>Thread safety</h2>
 * A built {@link CatalogValidator} is immutable and thread-safe: build it once and share it.
 * Reports are immutable. A rule must be stateless and thread-safe; the state of one validation lives
 * in the session and context the validator gives it, which are not.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}. Validation never
 * throws for bad input and never returns {@code null}; an unknown line, column or place of an issue
 * is {@code null}. The catalog a rule sees is bound leniently, so its members may be {@code null}
 * as the model's records state.
 */
@NullMarked
package org.talentcatalog.schema;

import org.jspecify.annotations.NullMarked;
