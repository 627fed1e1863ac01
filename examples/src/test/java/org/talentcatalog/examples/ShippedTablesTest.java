package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.tabular.CatalogTables;

/**
 * The shipped tables are what the example programs write today, read back as the shipped JSON
 * catalog, and the vendor-style export gives its shipped report. Regenerate them with
 * {@code mvn -pl examples -am test -Dtest=ShippedTablesTest -Dsurefire.failIfNoSpecifiedTests=false -Dexamples.regenerate=true}.
 */
class ShippedTablesTest {

    static final Path JSON = Path.of("data/catalogs/sh-ic-2024.json");
    static final Path TABLES = Path.of("data/tables");
    static final Path VENDOR = Path.of("data/invalid/vendor-spreadsheet-faults.xlsx");
    static final Path VENDOR_REPORT = Path.of("data/invalid/vendor-spreadsheet-faults.report.json");

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("examples.regenerate")) {
            TableExportsExample.export(JSON, TABLES, "sh-ic-2024");
            VendorSpreadsheetExample.write(VENDOR);
            Files.writeString(VENDOR_REPORT, VendorSpreadsheetExample.validate(VENDOR).toJson(Locale.CHINESE));
        }
    }

    @Test
    void shippedTablesReadBackAsTheShippedCatalog() {
        Catalog catalog = CatalogJson.read(JSON);
        assertEquals(catalog, CatalogTables.standard().readCatalog(TABLES.resolve("sh-ic-2024.xlsx")));
        assertEquals(catalog, CatalogTables.standard().readCatalog(TABLES.resolve("sh-ic-2024.csv")));
    }

    @Test
    void shippedCsvIsGb18030AndNotUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(TABLES.resolve("sh-ic-2024.csv"));
        assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)));
        assertTrue(new String(bytes, "GB18030").startsWith("序号,岗位编号,岗位名称"));
    }

    @Test
    void shippedTablesMatchWhatTheExampleWritesToday(@TempDir Path dir) throws IOException {
        TableExportsExample.export(JSON, dir, "sh-ic-2024");
        for (String name : new String[] {"sh-ic-2024.csv", "sh-ic-2024.catalog.json"}) {
            assertArrayEquals(Files.readAllBytes(TABLES.resolve(name)), Files.readAllBytes(dir.resolve(name)), name);
        }
        assertEquals(sheets(TABLES.resolve("sh-ic-2024.xlsx")), sheets(dir.resolve("sh-ic-2024.xlsx")));
        VendorSpreadsheetExample.write(dir.resolve("v.xlsx"));
        assertEquals(sheets(VENDOR), sheets(dir.resolve("v.xlsx")));
    }

    /**
     * The sheet parts of a workbook (its content, without the zip's and properties' timestamps), merged
     * ranges sorted: fastexcel keeps them in a hash set, so their order changes from run to run.
     */
    static Map<String, String> sheets(Path xlsx) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/")) {
                    out.put(e.getName(), sortMerges(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }

    private static String sortMerges(String xml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<mergeCells[^>]*>(.*?)</mergeCells>").matcher(xml);
        if (!m.find()) {
            return xml;
        }
        java.util.List<String> cells = new java.util.ArrayList<>(java.util.Arrays.asList(m.group(1).split("(?<=/>)")));
        java.util.Collections.sort(cells);
        return xml.substring(0, m.start(1)) + String.join("", cells) + xml.substring(m.end(1));
    }

    @Test
    void vendorSpreadsheetGivesItsShippedReport() throws IOException {
        ValidationReport report = VendorSpreadsheetExample.validate(VENDOR);
        assertEquals(Files.readString(VENDOR_REPORT, StandardCharsets.UTF_8), report.toJson(Locale.CHINESE));
    }

    @Test
    void vendorSpreadsheetReportPlacesEachFaultInItsCell() {
        ValidationReport report = VendorSpreadsheetExample.validate(VENDOR);
        assertEquals("Sheet1!2:2", report.issues("read:missingColumn").get(0).cell());
        assertEquals("Sheet1!L2", report.issues("read:unknownColumn").get(0).cell());
        assertEquals("Sheet1!D3:D7", report.issues("read:mergedCells").get(0).cell());
        assertEquals("Sheet1!H5", report.issues("read:value").get(0).cell());
        assertTrue(report.issues().stream().allMatch(i -> i.cell() != null), report.issues()::toString);
        assertTrue(report.issues().stream().noneMatch(i -> i.pointer() != null && i.pointer().startsWith("/positions/5")),
                "the trailing row with only a serial number is no position");
    }
}
