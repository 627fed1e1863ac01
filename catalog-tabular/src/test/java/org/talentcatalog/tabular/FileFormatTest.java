package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;

/** Files are told by their content, whatever their name; what cannot be read is named in one sentence. */
class FileFormatTest {

    static final Path IC = Path.of("../examples/data/catalogs/sh-ic-2024.json");

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A zip whose entries are name, content, name, content …; a first entry "mimetype" is stored, as ODF wants. */
    private Path zip(String name, String... entries) throws IOException {
        return zip(dir.resolve(name), entries);
    }

    /** Writes {@code file} as a zip of the entries name, content, …; an entry "mimetype" is stored, as ODF wants. */
    static Path zip(Path file, String... entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                byte[] bytes = entries[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry e = new ZipEntry(entries[i]);
                if (entries[i].equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(bytes.length);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void tellsTheExchangeFormatsByContentWhateverTheName() throws IOException {
        Path xlsx = dir.resolve("catalog.xlsx");
        CatalogTables.standard().write(CatalogJson.read(IC), xlsx);
        Path disguised = Files.copy(xlsx, dir.resolve("really-a-workbook.json"));
        assertEquals(FileFormat.XLSX, FileFormat.detect(xlsx));
        assertEquals(FileFormat.XLSX, FileFormat.detect(disguised));
        assertEquals(FileFormat.JSON, FileFormat.detect(file("a.csv", "\uFEFF  {\"id\": 1}")));
        assertEquals(FileFormat.JSON, FileFormat.detect(file("a.txt", "[1]")));
        assertEquals(FileFormat.CSV, FileFormat.detect(file("export.xlsx", "岗位编号,岗位名称\nA1,工程师\n")));
        assertEquals(FileFormat.CSV, FileFormat.detect(file("a.csv", "")));
        assertEquals(FileFormat.JSON, FileFormat.detect(file("broken.json", "not json at all")));
        assertEquals(FileFormat.CSV, FileFormat.detect(file("gb.xlsx", "岗位编号,岗位名称\n".getBytes(Charset.forName("GB18030")))));
    }

    @Test
    void namesLegacyAndEncryptedOfficeFilesByTheirDirectory() throws IOException {
        assertEquals(FileFormat.XLS, FileFormat.detect(file("a.xls", Ole2Files.withStreams("Workbook", "\u0005SummaryInformation"))));
        assertEquals(FileFormat.XLS, FileFormat.detect(file("a.xlsx", Ole2Files.withStreams("Book"))));
        assertEquals(FileFormat.DOCUMENT, FileFormat.detect(file("a.xls", Ole2Files.withStreams("WordDocument", "1Table"))));
        assertEquals(FileFormat.ENCRYPTED, FileFormat.detect(file("a.xlsx", Ole2Files.withStreams("EncryptionInfo", "EncryptedPackage"))));
        assertEquals(FileFormat.XLS, FileFormat.detect(file("bare.xls", Arrays.copyOf(Ole2Files.withStreams(), 512))),
                "a bare header is taken for a spreadsheet");
    }

    @Test
    void followsAnOle2DirectoryAcrossSectors() throws IOException {
        byte[] ole = Ole2Files.withStreams("a", "b", "c", "d", "e", "f", "g", "EncryptedPackage");
        assertEquals(FileFormat.ENCRYPTED, FileFormat.detect(file("long.xlsx", ole)));
    }

    @Test
    void tellsZipsApart() throws IOException {
        assertEquals(FileFormat.ODS, FileFormat.detect(zip("a.xlsx", "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<office:document-content/>")));
        assertEquals(FileFormat.DOCUMENT, FileFormat.detect(zip("a.ods", "mimetype", "application/vnd.oasis.opendocument.text")));
        assertEquals(FileFormat.DOCUMENT, FileFormat.detect(zip("a.xlsx", "[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")));
        assertEquals(FileFormat.XLSB, FileFormat.detect(zip("a.xlsx", "[Content_Types].xml", "<Types/>", "xl/workbook.bin", "b")));
        assertEquals(FileFormat.ZIP, FileFormat.detect(zip("a.xlsx", "readme.txt", "hello")));
        assertEquals(FileFormat.ZIP, FileFormat.detect(zip("no-types.xlsx", "xl/workbook.xml", "<workbook/>")));
        byte[] whole = Files.readAllBytes(zip("whole.xlsx", "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
        assertEquals(FileFormat.BROKEN_ZIP, FileFormat.detect(file("cut.xlsx", Arrays.copyOf(whole, whole.length / 2))));
    }

    @Test
    void namesTextAndBinaryThatIsNoCatalog() throws IOException {
        assertEquals(FileFormat.PDF, FileFormat.detect(file("a.xlsx", "%PDF-1.7\n%âãÏÓ\n")));
        assertEquals(FileFormat.HTML, FileFormat.detect(file("export.xls", "\n<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><table>")));
        assertEquals(FileFormat.HTML, FileFormat.detect(file("a.json", "<!DOCTYPE html><title>404</title>")));
        assertEquals(FileFormat.XML_SPREADSHEET, FileFormat.detect(file("a.xls",
                "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">")));
        byte[] utf16 = "\uFEFF岗位编号\t岗位名称\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(FileFormat.UTF16_TEXT, FileFormat.detect(file("unicode.txt", utf16)));
        assertEquals(FileFormat.BINARY, FileFormat.detect(file("a.json", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})));
        assertEquals(FileFormat.TEXT, FileFormat.detect(file("notes.xlsx", "not a zip")));
        assertEquals(FileFormat.EMPTY, FileFormat.detect(file("empty.xlsx", new byte[0])));
    }

    @Test
    void everyUnsupportedFormatHasOneSentenceInEachLanguage() {
        for (FileFormat f : FileFormat.values()) {
            if (f.supported()) {
                assertTrue(f == FileFormat.CSV || f == FileFormat.XLSX || f == FileFormat.JSON, f::name);
                assertThrows(IllegalStateException.class, f::refusal);
            } else {
                String zh = f.refusal().in(Locale.CHINESE);
                String en = f.refusal().in(Locale.ENGLISH);
                assertFalse(zh.isBlank() || en.isBlank() || zh.equals(en), f::name);
                assertEquals(1, zh.lines().count(), f::name);
            }
        }
        assertEquals("旧版 Excel 97-2003 (.xls) 文件不受支持：请在 Excel 中另存为 .xlsx 后再试", FileFormat.XLS.refusal().zh());
    }

    @Test
    void readingATableRefusesWhatIsNoTableWithTheSentence() throws IOException {
        Path xls = file("old.xls", Ole2Files.withStreams("Workbook"));
        TabularException e = assertThrows(TabularException.class, () -> CatalogTables.standard().read(xls));
        assertEquals("read:format", e.issue().rule());
        assertEquals(FileFormat.XLS.refusal().zh(), e.getMessage());
        TabularException json = assertThrows(TabularException.class, () -> CatalogTables.standard().read(IC));
        assertTrue(json.issue().message(Locale.ENGLISH).contains("JSON"), json::getMessage);
    }

    @Test
    void aTableUnderAMisleadingNameIsReadByItsContentWithAWarning() throws IOException {
        Path xlsx = dir.resolve("ic.xlsx");
        CatalogTables.standard().write(CatalogJson.read(IC), xlsx);
        Path named = Files.copy(xlsx, dir.resolve("ic.json"));
        CatalogDocument doc = CatalogTables.standard().read(named);
        assertEquals("xlsx", doc.format());
        assertEquals(CatalogJson.read(IC), doc.toCatalog());
        Issue note = doc.problems().get(0);
        assertEquals("read:extension", note.rule());
        assertEquals(Severity.WARNING, note.severity());
        assertTrue(CatalogTables.standard().read(xlsx).problems().stream().noneMatch(p -> p.rule().equals("read:extension")));

        Path csv = dir.resolve("ic.csv");
        CatalogTables.standard().write(CatalogJson.read(IC), csv);
        Path export = Files.copy(csv, dir.resolve("export.xlsx"));
        Files.copy(CatalogTables.sideFileOf(csv), CatalogTables.sideFileOf(export));
        CatalogDocument fromCsv = CatalogTables.standard().read(export);
        assertEquals("csv", fromCsv.format());
        assertEquals(CatalogJson.read(IC), fromCsv.toCatalog());
        assertTrue(fromCsv.problems().get(0).message(Locale.ENGLISH).contains("read as such"));
    }
}
