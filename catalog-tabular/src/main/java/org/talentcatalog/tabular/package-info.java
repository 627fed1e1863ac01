/**
 * Talent shortage catalogs as tables (docs/format.md, "Tables"): an XLSX workbook with a sheet 岗位
 * of positions and a sheet 目录信息 of catalog-level members, or a CSV file of positions with a JSON
 * side file {@code <name>.catalog.json}; read with every problem located to its sheet and cell (or
 * line and column), and written so that reading gives the same catalog back.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link CatalogTables}: {@code CatalogTables.standard()} or a configured
 *       {@code CatalogTables.builder()} (header language, level style, five-star mapping, CSV
 *       character set, limits); it reads a table into a document that keeps the tree, the catalog
 *       and the located problems, and writes a catalog as CSV or XLSX.</li>
 *   <li>{@link FileFormat}: what a file is by its content, whatever its name says.</li>
 *   <li>{@link FiveStarMapping}, {@link HeaderLanguage}, {@link LevelStyle} and
 *       {@link TableLimits}: the options.</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * {@link CatalogTables} and the options are immutable and thread-safe: build once and share. A
 * read document is immutable; its catalog has the model's guarantees.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}. A problem's pointer or
 * place is {@code null} when it is about no value or no place in particular; the catalog read from a
 * table has the model's nullness (a member the table lacks is {@code null}).
 */
@NullMarked
package org.talentcatalog.tabular;

import org.jspecify.annotations.NullMarked;
