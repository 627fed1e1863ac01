package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The character set of a CSV table is detected by the rule every CSV reader shares (model.io.TextEncoding). */
class CsvCharsetTest {

    private static final Path TABLES = Path.of("../examples/data/tables");
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    /** The shipped GB18030 table as bytes of another encoding, beside its side file. */
    private Path copy(String name, byte[] bytes) throws IOException {
        Files.copy(TABLES.resolve("sh-ic-2024.catalog.json"), dir.resolve(name + ".catalog.json"));
        return Files.write(dir.resolve(name + ".csv"), bytes);
    }

    private static String shipped() throws IOException {
        return new String(Files.readAllBytes(TABLES.resolve("sh-ic-2024.csv")), GB18030);
    }

    @Test
    void gb18030AndUtf8WithOrWithoutByteOrderMarkReadAlike() throws IOException {
        CatalogDocument gb = CatalogTables.standard().read(TABLES.resolve("sh-ic-2024.csv"));
        byte[] utf8 = shipped().getBytes(StandardCharsets.UTF_8);
        assertEquals(gb.tree(), CatalogTables.standard().read(copy("plain", utf8)).tree());
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(utf8);
        assertEquals(gb.tree(), CatalogTables.standard().read(copy("bom", bom.toByteArray())).tree());
    }

    @Test
    void aUtf8TableDamagedFurtherOnIsReportedAsInvalidUtf8NotAsGb18030() throws IOException {
        String text = shipped();
        int lastRow = text.lastIndexOf("\n", text.length() - 2) + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, lastRow).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xFF});
        out.writeBytes(text.substring(lastRow).getBytes(StandardCharsets.UTF_8));
        Path damaged = copy("damaged", out.toByteArray());
        TabularException e = assertThrows(TabularException.class, () -> CatalogTables.standard().read(damaged));
        assertEquals("read:encoding", e.issue().rule());
        assertEquals("the file is not valid UTF-8 text", e.issue().message(Locale.ENGLISH));
    }
}
