/**
 * Files people exchange. Reading the text files exported from spreadsheets:
 * {@link org.talentcatalog.model.io.CsvReader} reads CSV (RFC 4180) record by record with the place of
 * every cell, within {@link org.talentcatalog.model.io.CsvLimits}, failing with a located
 * {@link org.talentcatalog.model.io.CsvException}; {@link org.talentcatalog.model.io.TextEncoding}
 * tells UTF-8 from GB18030 (what Chinese Windows Excel saves as "CSV") and decodes strictly. Every CSV
 * the library reads (catalog tables, survey samples, indicator tables, expert ratings, code lists)
 * goes through them. Opening files safely:
 * {@link org.talentcatalog.model.io.InputFiles} opens only regular files, refusing a directory, a named
 * pipe or a device (which would hang a reader) with a {@link org.talentcatalog.model.io.FileReadException}
 * that names the file in Chinese and English; every reader of the library that opens a file by its path
 * goes through it. Writing files safely:
 * {@link org.talentcatalog.model.io.AtomicFiles} writes one file, or two files both or neither,
 * through a temporary file in the target's folder and an atomic move, and reports every failure as a
 * {@link org.talentcatalog.model.io.FileWriteException} that names the target in Chinese and English.
 *
 * <h2>Thread safety</h2>
 * {@code TextEncoding}, {@code AtomicFiles} and the records are stateless or immutable and thread-safe;
 * a {@code CsvReader}, its builder and a {@code Reader} they open are, like any reader, for one thread.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}.
 */
@NullMarked
package org.talentcatalog.model.io;

import org.jspecify.annotations.NullMarked;
