package org.talentcatalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.lifecycle.ConsultationReport.Entry;
import org.talentcatalog.lifecycle.ConsultationReport.Flag;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.tabular.PlainTables;

/** The 意见采纳情况说明 of the worked example (examples/data/lifecycle): changes per comment and the flags. */
class ConsultationReportTest {

    private static final Path DATA = Path.of("../examples/data");
    private static final Path COMMENTS = DATA.resolve("lifecycle/comments-2025.csv");

    @TempDir
    Path dir;

    static ConsultationReport report(List<Comment> comments) {
        Catalog draft = CatalogJson.read(DATA.resolve("lifecycle/sh-ic-2025-consultation-draft.json"));
        Catalog fin = CatalogJson.read(DATA.resolve("catalogs/sh-ic-2025.json"));
        return ConsultationReport.of(draft, fin, comments);
    }

    @Test
    void eachCommentGetsTheChangesOfItsPositionsAndTheInconsistenciesAreFlagged() throws Exception {
        ConsultationReport r = report(Comments.read(COMMENTS));
        List<Entry> e = r.entries();
        assertEquals(7, e.size());
        assertEquals(List.of("IC-002 /shortage/level SCARCE VERY_SCARCE", "IC-002 /shortage/score 0.66 0.91"),
                e.get(0).changes().stream().map(c -> c.position() + " " + c.path() + " " + c.before() + " " + c.after()).toList());
        Entry grouped = e.get(1);
        assertEquals(List.of("2", "3"), grouped.numbers());
        assertEquals(2, grouped.count());
        assertEquals(List.of("IC-015"), grouped.positions(), "named once by name, once by id");
        assertEquals(new ConsultationReport.Change("IC-015", "", null, "功率半导体器件工程师"), grouped.changes().get(0));
        assertEquals(List.of(), e.get(3).flags(), "not adopted and unchanged is consistent");
        assertEquals(List.of(Flag.NO_REASON, Flag.ADOPTED_WITHOUT_CHANGE), e.get(4).flags());
        assertEquals(List.of(Flag.ADOPTED_WITHOUT_CHANGE), e.get(5).flags());
        assertEquals(List.of(Flag.UNANSWERED), e.get(6).flags());
        assertEquals(List.of("IC-012"), r.unexplained().stream().map(ConsultationReport.Unexplained::position).toList());
        assertTrue(r.toMarkdown(Locale.ENGLISH).contains("| 2、3 | 某功率器件企业、某行业协会 (2 comments) |"), r.toMarkdown(Locale.ENGLISH));
        assertTrue(r.toJson().contains("\"flags\" : [ \"NO_REASON\", \"ADOPTED_WITHOUT_CHANGE\" ]"), r.toJson());
    }

    @Test
    void aNoteInTheRationaleExplainsAChange() throws Exception {
        Catalog draft = CatalogJson.read(DATA.resolve("lifecycle/sh-ic-2025-consultation-draft.json"));
        Catalog fin = CatalogJson.read(DATA.resolve("catalogs/sh-ic-2025.json"));
        Catalog noted = fin.withPositions(fin.positions().stream().map(p -> !"IC-012".equals(p.id()) ? p
                : p.toBuilder().shortage(new org.talentcatalog.model.Shortage(p.level(), p.shortage().score(), null, "复核调研数据后修正评分")).build()).toList());
        assertEquals(List.of(), ConsultationReport.of(draft, noted, Comments.read(COMMENTS)).unexplained());
    }

    @Test
    void anXlsxSheetReadsAsTheCsvDoes() throws Exception {
        List<Comment> csv = Comments.read(COMMENTS);
        Path xlsx = dir.resolve("comments.xlsx");
        List<String> lines = Files.readAllLines(COMMENTS, StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            PlainTables.writeXlsx(out, "意见", List.of(lines.get(0).split(",")),
                    lines.subList(1, lines.size()).stream().map(l -> List.of(l.split(",", -1))).toList());
        }
        List<Comment> sheet = Comments.read(xlsx);
        assertEquals(csv.stream().map(c -> c.withPlace("")).toList(), sheet.stream().map(c -> c.withPlace("")).toList());
        assertEquals("意见!A2", sheet.get(0).place());
        assertEquals(report(csv), report(sheet));
    }

    @Test
    void aSheetWithoutCommentsOrWithABadDecisionIsSaidAtItsCell() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "序号,反馈人\n1,某企业\n", StandardCharsets.UTF_8);
        LifecycleInputException e = assertThrows(LifecycleInputException.class, () -> Comments.read(file));
        assertEquals("bad.csv:1:1: 表头缺少“意见内容”列", e.describe(Locale.CHINESE));
        Files.writeString(file, "序号,意见内容,是否采纳\n1,建议,同意\n", StandardCharsets.UTF_8);
        e = assertThrows(LifecycleInputException.class, () -> Comments.read(file));
        assertTrue(e.describe(Locale.ENGLISH).startsWith("bad.csv:2:3: the decision \"同意\" is invalid"), e.getMessage());
        Files.writeString(file, "序号,意见内容\n1,\n2,建议\n", StandardCharsets.UTF_8);
        e = assertThrows(LifecycleInputException.class, () -> Comments.read(file));
        assertEquals("bad.csv:2:2", e.place());
    }
}
