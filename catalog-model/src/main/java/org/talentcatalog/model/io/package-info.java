/**
 * Files people exchange. Reading the text files exported from spreadsheets:
 * {@link org.talentcatalog.model.io.TextEncoding} tells UTF-8 from GB18030 (what Chinese Windows Excel
 * saves as "CSV") and decodes strictly, and {@link org.talentcatalog.model.io.CsvLimits} bounds what a
 * CSV reader keeps in memory; every CSV reader of the library (catalog tables, survey samples,
 * indicator tables, expert ratings) detects the character set here. Writing files safely:
 * {@link org.talentcatalog.model.io.AtomicFiles} writes one file, or two files both or neither,
 * through a temporary file in the target's folder and an atomic move, and reports every failure as a
 * {@link org.talentcatalog.model.io.FileWriteException} that names the target in Chinese and English.
 */
package org.talentcatalog.model.io;
