package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.io.FileReadException;

/**
 * A named pipe given as a table is refused by name, whichever way it is read (by content, as CSV, as
 * XLSX), instead of waiting for a writer. The timeout fails a regression instead of hanging the build.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NotRegularFilesTest {

    @TempDir
    Path dir;

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            Assumptions.assumeTrue(p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this system");
        }
        return fifo;
    }

    private static void refusedByName(Path fifo, TabularException e) {
        assertEquals("read:io", e.issue().rule());
        assertTrue(e.issue().unreadable());
        assertEquals(fifo + ": is a named pipe (FIFO), not a regular file; a regular file is expected",
                e.issue().message(Locale.ENGLISH));
    }

    @Test
    void readingByContentRefusesAPipe() throws Exception {
        Path fifo = fifo("catalog.xlsx");
        refusedByName(fifo, assertThrows(TabularException.class, () -> CatalogTables.standard().read(fifo)));
        assertThrows(FileReadException.class, () -> FileFormat.detect(fifo));
    }

    @Test
    void readingAsCsvOrXlsxRefusesAPipe() throws Exception {
        Path csv = fifo("catalog.csv");
        refusedByName(csv, assertThrows(TabularException.class, () -> CatalogTables.standard().readCsv(csv, null)));
        Path xlsx = fifo("book.xlsx");
        CatalogFormats formats = CatalogFormats.standard();
        refusedByName(xlsx, assertThrows(TabularException.class,
                () -> formats.read(xlsx, formats.byName("xlsx"), ReadOptions.defaults())));
        refusedByName(xlsx, assertThrows(TabularException.class,
                () -> formats.read(xlsx, formats.byName("csv"), ReadOptions.defaults())));
    }
}
