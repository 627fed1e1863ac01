package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.tabular.spi.CatalogFormat;
import org.talentcatalog.tabular.spi.FileHead;

/** The registry: built-ins, registration rules, detection by content with the name deciding between claimants. */
class CatalogFormatsTest {

    static final Path IC = Path.of("../examples/data/catalogs/sh-ic-2024.json");

    @TempDir
    Path dir;

    /** A format for tests: claims text starting with a marker, under its own name and extensions. */
    record Marked(String name, List<String> extensions, String marker) implements CatalogFormat {
        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public boolean recognizes(FileHead head) {
            return head.text().startsWith(marker);
        }

        @Override
        public CatalogDocument read(Path file, ReadOptions options) {
            return CatalogDocument.of(name, JsonNodeFactory.instance.objectNode(), List.of(), pointer -> null);
        }

        @Override
        public void write(Catalog catalog, Path file, WriteOptions options) throws IOException {
            Files.writeString(file, marker);
        }
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void theStandardRegistryHoldsTheBuiltInsInOrder() {
        CatalogFormats formats = CatalogFormats.standard();
        assertEquals(List.of("json", "csv", "xlsx"), formats.names());
        assertEquals(List.of(".json", ".csv", ".xlsx"), formats.extensions());
        assertEquals(List.of("application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                formats.all().stream().map(CatalogFormat::mediaType).toList());
        assertSame(formats, CatalogFormats.standard());
        assertEquals(formats.all(), formats.toBuilder().build().all());
        assertEquals("xlsx", formats.forExtension(Path.of("dir", "A.XLSX")).orElseThrow().name());
        assertEquals(Optional.empty(), formats.forExtension(Path.of("catalog")));
        assertEquals(Optional.empty(), formats.forExtension(Path.of("catalog.xls")));
        assertEquals(List.of(), CatalogFormats.builder().build().names());
    }

    @Test
    void anUnknownNameListsTheRegisteredOnes() {
        assertEquals("csv", CatalogFormats.standard().byName("csv").name());
        assertEquals(Optional.empty(), CatalogFormats.standard().find("tsv"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CatalogFormats.standard().byName("tsv"));
        assertTrue(e.getMessage().contains("no catalog format tsv; registered: json, csv, xlsx"), e.getMessage());
    }

    @Test
    void aDuplicateNameOrExtensionNamesBothClassesAndBadNamesAreRefused() {
        CatalogFormat a = new Marked("tsv", List.of("tsv"), "#");
        CatalogFormat b = new Marked("tsv", List.of("tab"), "#");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CatalogFormats.builder().add(a).add(b));
        assertEquals("目录格式 tsv 重复注册：" + Marked.class.getName() + "、" + Marked.class.getName()
                + " / catalog format tsv is registered twice: " + Marked.class.getName() + ", " + Marked.class.getName(),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CatalogFormats.standard().toBuilder().add(new Marked("csv2", List.of("csv"), "#")));
        assertTrue(e.getMessage().endsWith("file extension (lower case, without its dot) csv is registered twice: "
                + "org.talentcatalog.tabular.CsvFormat, " + Marked.class.getName()), e.getMessage());
        for (CatalogFormat bad : List.of(new Marked("TSV", List.of("tsv"), "#"), new Marked("tsv", List.of(".tsv"), "#"),
                new Marked("tsv", List.of(), "#"), new Marked(null, List.of("tsv"), "#"))) {
            assertThrows(IllegalArgumentException.class, () -> CatalogFormats.builder().add(bad), bad::toString);
        }
    }

    @Test
    void builtInDetectionIsUnchanged() throws IOException {
        CatalogFormats formats = CatalogFormats.standard();
        Path xlsx = dir.resolve("ic.xlsx");
        CatalogTables.standard().write(CatalogJson.read(IC), xlsx);
        assertEquals("xlsx", formats.forFile(Files.copy(xlsx, dir.resolve("ic.json"))).name());
        assertEquals("csv", formats.forFile(file("export.xlsx", "岗位编号,岗位名称\nA1,工程师\n")).name());
        assertEquals("json", formats.forFile(file("broken.json", "not json at all")).name());
        assertEquals("json", formats.forFile(file("a.csv", "  {\"id\": 1}")).name());
        TabularException text = assertThrows(TabularException.class, () -> formats.forFile(file("notes.xlsx", "not a zip")));
        assertEquals("read:format", text.issue().rule());
        assertEquals(FileFormat.TEXT.refusal().zh(), text.getMessage());
        TabularException pdf = assertThrows(TabularException.class, () -> formats.forFile(file("a.json", "%PDF-1.7\n")));
        assertEquals(FileFormat.PDF.refusal().zh(), pdf.getMessage());
    }

    @Test
    void theExtensionDecidesBetweenFormatsThatBothRecogniseTheContent() throws IOException {
        CatalogFormat lines = new Marked("jsonl", List.of("jsonl"), "{");
        CatalogFormats formats = CatalogFormats.standard().toBuilder().add(lines).build();
        assertEquals(List.of("json", "csv", "xlsx", "jsonl"), formats.names());
        assertSame(lines, formats.forFile(file("a.jsonl", "{\"id\": 1}\n{\"id\": 2}\n")));
        assertEquals("json", formats.forFile(file("a.json", "{\"id\": 1}\n{\"id\": 2}\n")).name());
        assertEquals("json", formats.forFile(file("a.txt", "{\"id\": 1}\n{\"id\": 2}\n")).name());
        // a format the built-ins leave alone is found by its content under any name
        CatalogFormat tabs = new Marked("tsv", List.of("tsv"), "岗位编号\t");
        CatalogFormats withTabs = CatalogFormats.standard().toBuilder().add(tabs).build();
        assertSame(tabs, withTabs.forFile(file("export.txt", "岗位编号\t岗位名称\nA1\t工程师\n")));
        assertThrows(TabularException.class, () -> withTabs.forFile(file("export.tsv", "no marker and no separator\n")));
    }

    @Test
    void aFileOfAKnownFormatThatNoRegisteredFormatReadsIsRefusedNamingTheRegisteredOnes() throws IOException {
        CatalogFormats tablesOnly = CatalogFormats.builder().add(CatalogFormats.standard().byName("csv"))
                .add(CatalogFormats.standard().byName("xlsx")).build();
        TabularException e = assertThrows(TabularException.class, () -> tablesOnly.forFile(IC));
        assertEquals("read:format", e.issue().rule());
        assertEquals("this is a JSON file, but no registered format reads it (registered: csv, xlsx)", e.issue().message(Locale.ENGLISH));
    }

    @Test
    void readingUnderAnotherFormatsNameWarnsFirst() throws IOException {
        CatalogFormats formats = CatalogFormats.standard();
        Path csv = dir.resolve("ic.csv");
        CatalogTables.standard().write(CatalogJson.read(IC), csv);
        assertTrue(formats.read(csv, ReadOptions.defaults()).problems().isEmpty());
        Path txt = Files.copy(csv, dir.resolve("ic.txt"));
        Files.copy(CatalogTables.sideFileOf(csv), CatalogTables.sideFileOf(txt));
        CatalogDocument doc = formats.read(txt, ReadOptions.defaults());
        assertEquals("csv", doc.format());
        assertEquals("the file name ic.txt does not match the content: it is CSV and was read as such",
                doc.problems().get(0).message(Locale.ENGLISH));
        assertFalse(doc.hasErrors());
        assertEquals(CatalogJson.read(IC), doc.toCatalog());

        CatalogDocument json = formats.read(Files.copy(IC, dir.resolve("ic-json.csv")), ReadOptions.defaults());
        assertEquals(dir.resolve("ic-json.csv"), json.jsonFile());
        assertEquals("read:extension", json.problems().get(0).rule());
        assertEquals(1, json.problems().size());
    }

    @Test
    void writingChoosesTheFormatByExtensionAndRefusesAnUnknownOne() throws IOException {
        CatalogFormats formats = CatalogFormats.standard();
        Catalog catalog = CatalogJson.read(IC);
        Path json = dir.resolve("out.JSON");
        formats.write(catalog, json, WriteOptions.defaults());
        assertEquals(CatalogJson.write(catalog), Files.readString(json));
        Path csv = dir.resolve("out.csv");
        formats.write(catalog, csv, WriteOptions.defaults());
        assertEquals(List.of(csv, dir.resolve("out.catalog.json")), formats.byName("csv").outputs(csv));
        assertEquals(catalog, CatalogTables.standard().readCatalog(csv));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> formats.write(catalog, dir.resolve("out.xls"), WriteOptions.defaults()));
        assertTrue(e.getMessage().contains("extensions: [.json, .csv, .xlsx]"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out.xls")));
    }
}
