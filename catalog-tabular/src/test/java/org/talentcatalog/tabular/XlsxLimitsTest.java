package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bound of a workbook is inclusive: a workbook exactly at a bound is read, one unit less refuses it, naming the bound. */
class XlsxLimitsTest {

    @TempDir
    static Path dir;

    private static Path file;
    private static long size;
    private static int entries;
    private static long largest;
    private static long total;

    @BeforeAll
    static void workbook() throws IOException {
        file = dir.resolve("ic.xlsx");
        CatalogTables.standard().write(CsvWritingTest.IC, file);
        size = Files.size(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            entries = zip.size();
            for (ZipEntry e : Collections.list(zip.entries())) {
                largest = Math.max(largest, e.getSize());
                total += e.getSize();
            }
        }
    }

    private static TableLimits limits(long fileBytes, int maxEntries, long entryBytes, long totalBytes) {
        TableLimits d = TableLimits.defaults();
        return new TableLimits(fileBytes, maxEntries, entryBytes, totalBytes, d.maxCompressionRatio(), d.maxCellChars(), d.maxRows());
    }

    private static CatalogDocument read(TableLimits limits) {
        return CatalogTables.builder().limits(limits).build().read(file);
    }

    private static TabularException refused(TableLimits limits) {
        return assertThrows(TabularException.class, () -> read(limits));
    }

    @Test
    void aWorkbookExactlyAtEveryBoundIsRead() {
        assertEquals(CsvWritingTest.IC, read(limits(size, entries, largest, total)).toCatalog());
    }

    @Test
    void oneByteMoreThanTheFileLimitIsRefused() {
        TabularException e = refused(limits(size - 1, entries, largest, total));
        assertEquals("read:limit", e.issue().rule());
        assertEquals("file too large: " + size + " bytes (limit " + (size - 1) + ")", e.issue().message(Locale.ENGLISH));
    }

    @Test
    void oneEntryMoreThanTheLimitIsRefused() {
        TabularException e = refused(limits(size, entries - 1, largest, total));
        assertEquals("read:zipBomb", e.issue().rule());
        assertEquals("the XLSX holds " + entries + " entries (limit " + (entries - 1) + ")", e.issue().message(Locale.ENGLISH));
    }

    @Test
    void oneInflatedByteMoreThanAnEntryOrTheTotalIsRefused() {
        for (TableLimits limits : new TableLimits[] {limits(size, entries, largest - 1, total), limits(size, entries, largest, total - 1)}) {
            TabularException e = refused(limits);
            assertEquals("read:zipBomb", e.issue().rule());
            assertEquals("inflates beyond the limit (" + limits.maxEntryBytes() + " bytes per entry, " + limits.maxTotalBytes()
                    + " in all): a zip bomb?", e.issue().message(Locale.ENGLISH));
        }
    }
}
