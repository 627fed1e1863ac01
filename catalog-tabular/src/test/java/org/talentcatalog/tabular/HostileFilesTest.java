package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Issue;

/** Zip bombs, 100 MB cells and files that are no workbook are refused with a clear error, never an OutOfMemoryError. */
class HostileFilesTest {

    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

    @TempDir
    Path dir;

    /** A minimal workbook whose sheet1.xml is written by {@code sheet}. */
    private Path workbook(String name, SheetBody sheet) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet.write(zip);
            zip.closeEntry();
        }
        return file;
    }

    private interface SheetBody {
        void write(OutputStream out) throws IOException;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void refusesAZipBombByItsCompressionRatio() throws IOException {
        Path bomb = workbook("bomb.xlsx", out -> {
            out.write(SHEET_START.getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                out.write("<row/>".getBytes(StandardCharsets.US_ASCII));
                out.write(spaces, 0, 1000);
                for (int k = 0; k < 1000; k++) {
                    out.write("<row/>".getBytes(StandardCharsets.US_ASCII));
                }
            }
            for (int i = 0; i < 64; i++) {
                out.write(("<row r=\"" + (i + 1) + "\"/>").repeat(10_000).getBytes(StandardCharsets.US_ASCII));
            }
        });
        TabularException e = assertThrows(TabularException.class, () -> CatalogTables.standard().read(bomb));
        assertEquals("read:zipBomb", e.issue().rule());
        assertTrue(e.issue().unreadable(), "refused whole");
        assertTrue(e.getMessage().contains("压缩炸弹"), e.getMessage());
        assertTrue(e.issue().message(java.util.Locale.ENGLISH).contains("zip bomb"));
    }

    @Test
    void refusesAZipWithTooManyEntries() throws IOException {
        Path file = dir.resolve("many.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<Types/>");
            entry(zip, "xl/workbook.xml", "<workbook/>");
            for (int i = 0; i < 999; i++) {
                entry(zip, "e" + i, "");
            }
        }
        assertEquals("read:zipBomb", assertThrows(TabularException.class, () -> CatalogTables.standard().read(file)).issue().rule());
    }

    @Test
    void refusesA100MegabyteCellInAWorkbookBeforeAllocatingIt() throws IOException {
        Path file = workbook("big.xlsx", out -> {
            out.write((SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.US_ASCII));
            Random random = new Random(1);
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                for (int k = 0; k < chunk.length; k++) {
                    chunk[k] = (byte) ('a' + random.nextInt(26));
                }
                out.write(chunk);
            }
            out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
        });
        TabularException e = assertThrows(TabularException.class, () -> CatalogTables.standard().read(file));
        assertEquals("read:cellTooLarge", e.issue().rule());
        assertEquals("xl/worksheets/sheet1.xml", e.issue().cell());
        assertTrue(e.issue().unreadable(), "refused whole");
        assertTrue(e.issue().message(java.util.Locale.ENGLISH).contains("more than 32767 characters"), e.getMessage());
    }

    @Test
    void reportsA100MegabyteCsvCellAtItsCellWithoutKeepingIt() throws IOException {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("岗位编号,岗位名称\nA1,");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, '长');
            for (int i = 0; i < 34; i++) { // 34 Mi characters, 102 MB of UTF-8
                w.write(chunk);
            }
            w.write("\n");
        }
        CatalogDocument doc = CatalogTables.standard().read(file);
        Issue p = doc.problems().stream().filter(x -> "B2".equals(x.cell())).findFirst().orElseThrow();
        assertEquals("read:cell", p.rule());
        assertTrue(p.message(java.util.Locale.ENGLISH).contains("longer than 32767 characters"));
        assertTrue(doc.tree().at("/positions/0/name/zh").isMissingNode(), "the cell's text is not kept");
        assertEquals(0, doc.tree().at("/positions/0/name").size(), "only its member's object is there");
    }

    @Test
    void refusesAFileThatIsNoWorkbookNamingWhatItIs() throws IOException {
        Path text = dir.resolve("x.xlsx");
        Files.writeString(text, "not a zip");
        TabularException e = assertThrows(TabularException.class, () -> CatalogTables.standard().read(text));
        assertEquals("read:format", e.issue().rule());
        assertEquals(FileFormat.TEXT.refusal().zh(), e.getMessage());
        Path archive = dir.resolve("y.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            entry(zip, "readme.txt", "hello");
        }
        e = assertThrows(TabularException.class, () -> CatalogTables.standard().read(archive));
        assertEquals("read:format", e.issue().rule());
        assertTrue(e.issue().message(java.util.Locale.ENGLISH).contains("zip archive but not an Excel workbook"), e.getMessage());
    }
}
