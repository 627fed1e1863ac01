/**
 * Validation of talent shortage catalogs against the exchange format (docs/format.md), in layers
 * whose findings make one located report: <b>read</b> (bounded parsing with line and column),
 * <b>schema</b> (the draft-07 JSON Schema), <b>model</b> (binding and Bean Validation) and
 * <b>rules</b> (R1–R18 and any an embedder adds).
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link CatalogValidator}: {@code CatalogValidator.standard()} or a configured
 *       {@code CatalogValidator.builder()} (rules, code lists, reference lists, limits, the
 *       executor); it validates a file, bytes, a stream, text, a JSON tree read from another source
 *       (such as a spreadsheet) or a catalog built in code, all through one run.</li>
 *   <li>{@link ValidationReport}: the issues in document order, the error and warning counts, and
 *       the report as JSON.</li>
 *   <li>{@link Rules}: the rules by id, the standard ones plus those registered through
 *       {@code org.talentcatalog.schema.spi}.</li>
 *   <li>{@link CatalogSchema}: the JSON Schema itself, for use from other languages and tools.</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * A built {@link CatalogValidator} and {@link Rules} are immutable and thread-safe: build them once
 * and share them. A validator starts no thread of its own; it checks positions side by side on the
 * executor it was given (by default a shared pool of daemon threads). Reports are immutable. The
 * builders are not thread-safe.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}. Validation never
 * throws for bad input and never returns {@code null}; an issue's unknown line, column, cell or
 * pointer is {@code null}, and so is a place a {@link SourceMap} does not know.
 */
@NullMarked
package org.talentcatalog.schema;

import org.jspecify.annotations.NullMarked;
