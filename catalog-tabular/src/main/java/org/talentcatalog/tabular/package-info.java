/**
 * Talent shortage catalogs in their exchange formats: JSON, and tables (docs/format.md, "Tables") as
 * an XLSX workbook with a sheet 岗位 of positions and a sheet 目录信息 of catalog-level members, or a
 * CSV file of positions with a JSON side file {@code <name>.catalog.json}; plus any format added
 * through {@code org.talentcatalog.tabular.spi}. Every problem is located to its sheet and cell (or
 * line and column), and writing then reading gives the same catalog back.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link CatalogFormats}: the formats by name, by content and by extension
 *       ({@code CatalogFormats.standard()}); it reads a file into a {@link CatalogDocument} (the tree,
 *       the located problems, the catalog) and writes a catalog, atomically.</li>
 *   <li>{@link ReadOptions} and {@link WriteOptions}: the CSV character set, the five-star mapping,
 *       the header language and level style, the limits.</li>
 *   <li>{@link CatalogTables}: tables only, with the options in one builder.</li>
 *   <li>{@link FileFormat}: what a file is by its content, whatever its name says.</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * {@link CatalogFormats}, {@link CatalogTables}, the options and the formats are immutable and
 * thread-safe: build once and share. A {@link CatalogDocument} is thread-safe (a JSON file's tree is
 * parsed once, when first asked for); the builders are not.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}. An option not set is
 * {@code null} (the CSV character set is then detected); a problem's pointer or place is
 * {@code null} when it is about no value or no place in particular; the catalog read from a file has
 * the model's nullness (a member the file lacks is {@code null}).
 */
@NullMarked
package org.talentcatalog.tabular;

import org.jspecify.annotations.NullMarked;
