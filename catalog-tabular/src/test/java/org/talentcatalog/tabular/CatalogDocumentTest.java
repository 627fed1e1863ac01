package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.io.FileWriteException;

/** A JSON file's document is the file (its tree on demand); a tree document keeps its own copy; CSV writes both files or neither. */
class CatalogDocumentTest {

    static final Path IC = Path.of("../examples/data/catalogs/sh-ic-2024.json");

    @TempDir
    Path dir;

    @Test
    void aJsonDocumentIsTheFileWithItsTreeAndPlacesOnDemand() {
        CatalogDocument doc = CatalogFormats.standard().read(IC, ReadOptions.defaults());
        assertEquals("json", doc.format());
        assertEquals(IC, doc.jsonFile());
        assertEquals(CatalogJson.toTree(CatalogJson.read(IC)), doc.tree());
        assertEquals(List.of(), doc.problems());
        assertEquals("5:11", doc.locate("/title/zh"));
        assertEquals("2:20", doc.locate("/formatVersion"));
        assertEquals("1:1", doc.locate("/nothing/here"));
        assertEquals(CatalogJson.read(IC), doc.toCatalog());
    }

    @Test
    void aJsonFileWithASyntaxErrorIsReadAndTheErrorIsItsProblem() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": \"1.0\",\n \"id\": }");
        CatalogDocument doc = CatalogFormats.standard().read(broken, ReadOptions.defaults()); // nothing parsed yet
        Issue p = doc.problems().get(0);
        assertEquals("read:syntax", p.rule());
        assertEquals(2, p.line());
        assertEquals(8, p.column());
        assertTrue(doc.hasErrors());
        assertEquals(0, doc.tree().size());
        assertNull(doc.locate("/id"));
        TabularException e = assertThrows(TabularException.class, doc::toCatalog);
        assertEquals("read:syntax", e.issue().rule());
        assertEquals(2, e.issue().line());
        assertEquals(8, e.issue().column());
    }

    @Test
    void aTreeDocumentKeepsACopyAndRefusesToBindWithAnError() {
        ObjectNode tree = (ObjectNode) CatalogJson.toTree(CatalogJson.read(IC));
        Issue warning = Issue.of(Severity.WARNING, Layer.READ, "read:note", null, LocalizedText.of("注意", "note")).inCell("B2");
        CatalogDocument doc = CatalogDocument.of("mine", tree, List.of(warning), pointer -> "row of " + pointer);
        tree.put("id", "changed");
        assertEquals("sh-ic", doc.tree().get("id").asText());
        assertNull(doc.jsonFile());
        assertEquals("row of /id", doc.locate("/id"));
        assertNull(doc.locate(null));
        assertEquals(CatalogJson.read(IC), doc.toCatalog());

        Issue error = Issue.of(Severity.ERROR, Layer.READ, "read:value", "/positions/0/name", LocalizedText.of("错", "wrong")).inCell("C2");
        TabularException e = assertThrows(TabularException.class,
                () -> CatalogDocument.of("mine", tree, List.of(warning, error), pointer -> null).toCatalog());
        assertEquals("C2", e.issue().cell());
        assertEquals("wrong", e.issue().message(Locale.ENGLISH));
    }

    @Test
    void csvAndItsSideFileAreWrittenBothOrNeither() throws IOException {
        Catalog catalog = CatalogJson.read(IC);
        Path csv = dir.resolve("ic.csv");
        byte[] before = "岗位编号,岗位名称\r\nA1,旧版\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(csv, before);
        Path side = Files.createDirectory(CatalogTables.sideFileOf(csv));
        Files.writeString(side.resolve("keep"), "a directory where the side file would go");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> CatalogTables.standard().write(catalog, csv));
        FileWriteException cause = (FileWriteException) e.getCause();
        assertEquals(side, cause.target());
        assertEquals("cannot write " + side + ": it is a directory; " + csv + " was left as it was", cause.message(Locale.ENGLISH));
        assertArrayEquals(before, Files.readAllBytes(csv));

        Path fresh = dir.resolve("fresh.csv");
        Files.createDirectory(CatalogTables.sideFileOf(fresh));
        assertThrows(FileWriteException.class, () -> CatalogFormats.standard().write(catalog, fresh, WriteOptions.defaults()));
        assertFalse(Files.exists(fresh));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().matches(".*\\.(tmp|bak)")), "no temporary or backup file is left");
        }
    }

    @Test
    void aMissingFolderIsOneSentenceNamingTheTarget() {
        Path target = dir.resolve("missing").resolve("ic.xlsx");
        FileWriteException e = assertThrows(FileWriteException.class,
                () -> CatalogFormats.standard().write(CatalogJson.read(IC), target, WriteOptions.defaults()));
        assertEquals("无法写入 " + target + "：目录 " + target.getParent() + " 不存在", e.getMessage());
    }

    @Test
    void aJsonFileThatDoesNotBindIsRefusedAtItsLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("typed.json"), "{\"formatVersion\": \"1.0\",\n \"id\": \"t\",\n \"positions\": \"none\"}");
        CatalogDocument doc = CatalogFormats.standard().read(file, ReadOptions.defaults());
        assertEquals(List.of(), doc.problems());
        TabularException e = assertThrows(TabularException.class, doc::toCatalog);
        assertEquals("model:type", e.issue().rule());
        assertEquals("/positions", e.issue().pointer());
        assertEquals(3, e.issue().line(), "read from the file as a stream, so at the value's line and column");
        assertEquals(15, e.issue().column());
        assertNull(e.issue().cell());
    }

    @Test
    void aDocumentNamesItsFormatAndItsFile() throws IOException {
        assertEquals("CatalogDocument[json, " + IC + "]", CatalogFormats.standard().read(IC, ReadOptions.defaults()).toString());
        ObjectNode tree = (ObjectNode) CatalogJson.toTree(CatalogJson.read(IC));
        assertEquals("CatalogDocument[mine]", CatalogDocument.of("mine", tree, List.of(), pointer -> null).toString());
    }
}
