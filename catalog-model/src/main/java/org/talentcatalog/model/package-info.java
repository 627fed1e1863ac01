/**
 * A talent shortage catalog (急需紧缺人才目录) as immutable records: read and written in the JSON
 * exchange format of docs/format.md, compared between editions, and checked against the national
 * reference lists.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link Catalog} and its {@link Position}s, built with {@link Catalog#builder()} and
 *       {@link Position#builder(String)}.</li>
 *   <li>{@link CatalogJson}: reads a document (its structure checked, every failure a
 *       {@link CatalogJsonException} with pointer, line and column) and writes the canonical JSON.</li>
 *   <li>{@link CatalogDiff}: what changed between two editions, as data, JSON and RFC 6902 JSON
 *       Patch.</li>
 *   <li>Reference lists: {@link OccupationCodes} (职业分类大典 2022), {@link IndustryClasses}
 *       (GB/T 4754-2017), {@link CodeLists} (industries and regions) and {@link CreditCodes}
 *       (统一社会信用代码).</li>
 *   <li>The problem vocabulary every module reports in: {@link Issue}, with its {@link Severity}
 *       and {@link Layer}.</li>
 * </ul>
 * Checking content (the JSON Schema, the constraints and rules R1–R18) is the validator's job, in
 * the {@code org.talentcatalog.schema} module.
 *
 * <h2>Thread safety</h2>
 * Records, enumerations, {@link Extensions}, the reference lists, {@link CatalogJson} and
 * {@link CatalogDiff} are immutable and thread-safe. {@link CatalogBuilder} and
 * {@link PositionBuilder} are not: use one per thread.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}. The records hold a
 * document as it was read, complete or not (reading is structural, validating is about content:
 * docs/decisions.md), so every member a document can lack is {@code @Nullable}, whether the format
 * makes it optional or required; a required member is {@code null} only in a catalog that has not
 * passed validation. An issue's unknown place (pointer, line, column, cell) is {@code null}. Lists,
 * maps and {@link Extensions} are never {@code null}: absent is empty. A look-up that may find
 * nothing returns an {@link java.util.Optional} ({@link Catalog#position},
 * {@link OccupationCodes#find}, {@link Thresholds#levelOf}).
 */
@NullMarked
package org.talentcatalog.model;

import org.jspecify.annotations.NullMarked;
