package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.cli.Run.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, convert and diff read the same inputs, by content; what they cannot read is named in one line, exit 2. */
class InputFormatsTest {

    static final Path CATALOGS = Path.of("../examples/data/catalogs");
    static final Path TABLES = Path.of("../examples/data/tables");
    static final String NEW = CATALOGS.resolve("sh-ic-2025.json").toString();

    @TempDir
    Path dir;

    private Path zip(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Every command refuses the file with exit 2 and exactly one line on stderr, in each language. */
    private void refusedByEveryCommand(Path file, String zh, String en) {
        String out = dir.resolve("out.json").toString();
        for (String[] args : new String[][] {{"validate", file.toString()}, {"convert", file.toString(), out},
                {"diff", file.toString(), NEW}, {"diff", NEW, file.toString()}}) {
            Run r = run(args);
            assertEquals(2, r.code(), () -> String.join(" ", args) + ": " + r.err());
            assertEquals("catalog " + args[0] + ": " + file + ": " + zh, r.err().strip(), String.join(" ", args));
            assertEquals("", r.out());
            String[] english = Arrays.copyOf(args, args.length + 2);
            english[args.length] = "--lang";
            english[args.length + 1] = "en";
            assertEquals("catalog " + args[0] + ": " + file + ": " + en, run(english).err().strip());
        }
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void diffReadsAnXlsxOrCsvEditionAsItsJson() {
        Run fromJson = run("diff", CATALOGS.resolve("sh-ic-2024.json").toString(), NEW);
        Run fromXlsx = run("diff", TABLES.resolve("sh-ic-2024.xlsx").toString(), NEW);
        Run fromCsv = run("diff", TABLES.resolve("sh-ic-2024.csv").toString(), NEW, "--format", "patch");
        assertEquals(0, fromXlsx.code(), fromXlsx.err());
        assertEquals("", fromXlsx.err());
        assertTrue(fromXlsx.out().contains("新增岗位 2"), fromXlsx.out());
        assertEquals(fromJson.out(), fromXlsx.out());
        assertEquals(0, fromCsv.code(), fromCsv.err());
        assertEquals(run("diff", CATALOGS.resolve("sh-ic-2024.json").toString(), NEW, "--format", "patch").out(), fromCsv.out());
    }

    @Test
    void diffOfATableWithErrorsNamesTheFirstCell() {
        Run r = run("diff", "../examples/data/invalid/vendor-spreadsheet-faults.xlsx", NEW);
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("catalog diff: ../examples/data/invalid/vendor-spreadsheet-faults.xlsx:Sheet1!"), r.err());
    }

    @Test
    void aTableValueThatDoesNotBindIsNamedByItsPlaceAndPointer() throws IOException {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "岗位编号,岗位名称,产业类别,岗位类别,学历要求\nA1,工程师,集成电路,应用技术类,本科\n");
        Files.writeString(dir.resolve("t.catalog.json"), "{\"formatVersion\": \"1.0\",\n \"id\": \"t\",\n \"edition\": 5}");
        Run diff = run("diff", csv.toString(), NEW, "--lang", "en");
        assertEquals(2, diff.code());
        assertEquals("catalog diff: " + csv + ":t.catalog.json:3:13: expected an object, found a number [/edition]",
                diff.err().strip());
        Run convert = run("convert", csv.toString(), dir.resolve("out.json").toString(), "--force", "--lang", "en");
        assertEquals(1, convert.code());
        assertTrue(convert.err().strip().endsWith("catalog convert: " + csv + ":t.catalog.json:3:13: "
                + "cannot be made a catalog: expected an object, found a number [/edition]"), convert.err());
    }

    @Test
    void aLegacyXlsIsNamedNeverDecoded() throws IOException {
        byte[] header = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, header, 0, 8);
        String zh = "旧版 Excel 97-2003 (.xls) 文件不受支持：请在 Excel 中另存为 .xlsx 后再试";
        String en = "legacy Excel 97-2003 (.xls) files are not supported: save the file as .xlsx in Excel and try again";
        refusedByEveryCommand(Files.write(dir.resolve("old.xls"), header), zh, en);
        refusedByEveryCommand(Files.write(dir.resolve("renamed.json"), header), zh, en);
    }

    @Test
    void aPdfIsNamed() throws IOException {
        Path pdf = Files.writeString(dir.resolve("catalog.xlsx"), "%PDF-1.7\n1 0 obj\n", StandardCharsets.ISO_8859_1);
        refusedByEveryCommand(pdf, "PDF 文件不受支持：请提供制作它的表格（.xlsx 或 .csv）或 .json 文件",
                "PDF files are not supported: give the spreadsheet it was made from (.xlsx or .csv) or a .json file");
    }

    @Test
    void anOdsIsNamed() throws IOException {
        Path ods = zip("catalog.ods", "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<office:document-content/>");
        refusedByEveryCommand(ods, "OpenDocument 电子表格 (.ods) 不受支持：请另存为 .xlsx 后再试",
                "OpenDocument spreadsheets (.ods) are not supported: save the file as .xlsx and try again");
    }

    @Test
    void aZipThatIsNoWorkbookIsNamed() throws IOException {
        Path archive = zip("catalog.xlsx", "catalog.json", "{}", "readme.txt", "hello");
        refusedByEveryCommand(archive,
                "这是 zip 压缩包，但不是 Excel 工作簿（缺少 [Content_Types].xml 或 xl/workbook.xml）：请解压后提供其中的目录文件",
                "this is a zip archive but not an Excel workbook (no [Content_Types].xml or xl/workbook.xml): extract the catalog file from it");
    }

    @Test
    void misnamedFilesAreReadByTheirContent() throws IOException {
        Path workbookAsJson = Files.copy(TABLES.resolve("sh-ic-2024.xlsx"), dir.resolve("sh-ic-2024.json"));
        Run validate = run("validate", workbookAsJson.toString(), "--lang", "en");
        assertEquals(0, validate.code(), validate.out() + validate.err());
        assertTrue(validate.out().contains("warning  read:extension"), validate.out());
        Path jsonAsCsv = Files.copy(CATALOGS.resolve("sh-ic-2024.json"), dir.resolve("sh-ic-2024.csv"));
        assertEquals(0, run("validate", jsonAsCsv.toString()).code());
        Run diff = run("diff", workbookAsJson.toString(), jsonAsCsv.toString(), "--format", "json");
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("\"added\" : 0"), diff.out());
    }
}
