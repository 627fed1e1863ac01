/**
 * Reading the text files people export from spreadsheets: {@link org.talentcatalog.model.io.TextEncoding}
 * tells UTF-8 from GB18030 (what Chinese Windows Excel saves as "CSV") and decodes strictly, and
 * {@link org.talentcatalog.model.io.CsvLimits} bounds what a CSV reader keeps in memory. Every CSV
 * reader of the library (catalog tables, survey samples, indicator tables, expert ratings) detects
 * the character set here.
 */
package org.talentcatalog.model.io;
