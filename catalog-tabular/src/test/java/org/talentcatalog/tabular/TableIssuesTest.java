package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.tabular.internal.ReadIssues;

/**
 * The table reader speaks the one problem vocabulary: its problems are issues of the read layer,
 * ready for a validation report; what it refuses whole is an unreadable issue; what it cannot bind
 * is the model's issue, placed in its cell.
 */
class TableIssuesTest {

    @TempDir
    Path dir;

    private Path csv(String text, String side) throws IOException {
        return csv("t.csv", text, side);
    }

    private Path csv(String name, String text, String side) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        if (side != null) {
            Files.writeString(CatalogTables.sideFileOf(file), side);
        }
        return file;
    }

    @Test
    void problemsAreReadIssuesInTheirCells() throws IOException {
        CatalogDocument doc = CatalogTables.standard().read(csv(LocatedProblemsTest.HEADER
                + "1,A1,工程师,集成电路,应用技术类,名校优先,,,,\n", LocatedProblemsTest.SIDE));
        assertFalse(doc.problems().isEmpty());
        for (Issue p : doc.problems()) {
            assertEquals(Layer.READ, p.layer(), p::toString);
            assertFalse(p.unreadable(), p::toString);
            assertNull(p.line(), "a table has cells, not lines: " + p);
        }
        assertTrue(doc.hasErrors());
        TabularException e = assertThrows(TabularException.class, doc::toCatalog);
        assertEquals(doc.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst().orElseThrow(), e.issue());
        assertFalse(e.issue().unreadable(), "the table was read; it has errors");
    }

    @Test
    void aValueThatDoesNotBindIsTheModelsIssueInItsPlace() throws IOException {
        CatalogDocument doc = CatalogTables.standard().read(csv("岗位编号,岗位名称,产业类别,岗位类别,学历要求\nA1,工程师,集成电路,应用技术类,本科\n",
                "{\"formatVersion\": \"1.0\",\n \"id\": \"t\",\n \"edition\": 5}"));
        assertFalse(doc.hasErrors(), doc.problems()::toString);
        TabularException e = assertThrows(TabularException.class, doc::toCatalog);
        assertEquals("model:type", e.issue().rule());
        assertEquals(Layer.MODEL, e.issue().layer());
        assertEquals("/edition", e.issue().pointer());
        assertEquals("t.catalog.json:3:13", e.issue().cell());
        assertFalse(e.issue().unreadable());
        assertTrue(e.getMessage().startsWith("t.catalog.json:3:13: 应为") && e.getMessage().endsWith(" [/edition]"), e.getMessage());
    }

    @Test
    void aFileRefusedWholeIsUnreadable() throws IOException {
        Path notUtf8 = csv("latin.csv", "", null);
        Files.write(notUtf8, new byte[] {'a', ',', 'b', '\n', (byte) 0xC3, '(', '\n'});
        CatalogTables utf8 = CatalogTables.builder().csvCharset(StandardCharsets.UTF_8).build();
        Path rows = csv("岗位编号,岗位名称\n" + "A,工程师\n".repeat(5), LocatedProblemsTest.SIDE);
        CatalogTables fewRows = CatalogTables.builder().limits(new TableLimits(1 << 20, 100, 1 << 20, 1 << 20, 100, 1000, 3))
                .build();
        for (TabularException e : new TabularException[] {
                assertThrows(TabularException.class, () -> utf8.read(notUtf8)),
                assertThrows(TabularException.class, () -> fewRows.read(rows)),
                assertThrows(TabularException.class, () -> CatalogTables.standard().read(dir.resolve("none.csv")))}) {
            assertTrue(e.issue().unreadable(), e::getMessage);
            assertEquals(Layer.READ, e.issue().layer());
            assertEquals(Severity.ERROR, e.issue().severity());
        }
    }

    @Test
    void aSideFilesProblemIsPlacedInTheSideFileAsFarAsKnown() {
        LocalizedText text = LocalizedText.of("不是有效的 JSON", "not valid JSON");
        Issue located = new Issue(Severity.ERROR, Layer.READ, "read:syntax", null, 3, 5, null, text, false);
        assertEquals(new Issue(Severity.ERROR, Layer.READ, "read:syntax", null, null, null, "a.catalog.json:3:5", text, false),
                ReadIssues.inSideFile("a.catalog.json", located));
        Issue nowhere = Issue.unreadableInput("read:io", null, text);
        Issue placed = ReadIssues.inSideFile("a.catalog.json", nowhere);
        assertEquals("a.catalog.json", placed.cell(), "no :0:0 for an unknown place");
        assertFalse(placed.unreadable(), "the table itself was read");
    }
}
