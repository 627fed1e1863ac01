package org.talentcatalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.lifecycle.ConsultationReport.Change;
import org.talentcatalog.lifecycle.ConsultationReport.Entry;
import org.talentcatalog.lifecycle.ConsultationReport.Flag;
import org.talentcatalog.lifecycle.ConsultationReport.Unexplained;
import org.talentcatalog.tabular.PlainTables;
import org.talentcatalog.tabular.TableLimits;

/**
 * The statement of how comments were handled, written as JSON, Markdown and XLSX from a report built
 * by hand: every member, every kind of change, every flag and an unexplained change.
 */
class ConsultationWriterTest {

    @TempDir
    Path dir;

    private static final ConsultationReport REPORT = new ConsultationReport(List.of(
            new Entry(List.of("2", "3"), List.of("甲企业", "乙协会"), "建议增加A|B", 2, List.of("IC-1"), CommentDecision.ADOPTED,
                    null, List.of(new Change("IC-1", "/shortage/level", "SCARCE", "VERY_SCARCE"),
                            new Change("IC-1", "", null, "新岗位")), List.of()),
            new Entry(List.of("4"), List.of(), "多行\n意见", 1, List.of(), null, null,
                    List.of(new Change("IC-2", "", "旧岗位", null)), List.of(Flag.UNANSWERED)),
            new Entry(List.of("5"), List.of("丙"), "降低学历", 1, List.of("IC-3"), CommentDecision.NOT_ADOPTED, "不符合",
                    List.of(new Change("IC-3", "/requirements/education", null, "BACHELOR")),
                    List.of(Flag.NO_REASON, Flag.ADOPTED_WITHOUT_CHANGE))),
            List.of(new Unexplained("IC-9", List.of(new Change("IC-9", "/shortage/score", "0.5", null)))),
            List.of("不存在的岗位"));

    @Test
    void theJsonHasEveryMemberOfEachEntry() throws Exception {
        String text = REPORT.toJson();
        assertTrue(text.endsWith("}\n"));
        JsonNode root = new ObjectMapper().readTree(text);
        JsonNode first = root.get("entries").get(0);
        assertEquals("[\"2\",\"3\"]", first.get("numbers").toString());
        assertEquals("[\"甲企业\",\"乙协会\"]", first.get("senders").toString());
        assertEquals("建议增加A|B", first.get("text").textValue());
        assertEquals(2, first.get("count").intValue());
        assertEquals("[\"IC-1\"]", first.get("positions").toString());
        assertEquals("ADOPTED", first.get("decision").textValue());
        assertTrue(first.get("reason").isNull());
        assertEquals("[{\"position\":\"IC-1\",\"path\":\"/shortage/level\",\"before\":\"SCARCE\",\"after\":\"VERY_SCARCE\"},"
                + "{\"position\":\"IC-1\",\"path\":\"\",\"before\":null,\"after\":\"新岗位\"}]", first.get("changes").toString());
        assertEquals("[]", first.get("flags").toString());
        JsonNode second = root.get("entries").get(1);
        assertTrue(second.get("decision").isNull());
        assertEquals("[\"UNANSWERED\"]", second.get("flags").toString());
        JsonNode third = root.get("entries").get(2);
        assertEquals("不符合", third.get("reason").textValue());
        assertEquals("[\"NO_REASON\",\"ADOPTED_WITHOUT_CHANGE\"]", third.get("flags").toString());
        assertEquals("[{\"position\":\"IC-9\",\"changes\":[{\"position\":\"IC-9\",\"path\":\"/shortage/score\",\"before\":\"0.5\","
                + "\"after\":null}]}]", root.get("unexplained").toString());
        assertEquals("[\"不存在的岗位\"]", root.get("unknownPositions").toString());
    }

    @Test
    void theMarkdownHasARowPerCommentAndPerUnexplainedChange() {
        String md = REPORT.toMarkdown(Locale.ENGLISH);
        String adopted = CommentDecision.ADOPTED.label(Locale.ENGLISH);
        String notAdopted = CommentDecision.NOT_ADOPTED.label(Locale.ENGLISH);
        assertEquals("# How the consultation comments were handled (意见采纳情况说明)\n\n"
                + "| No. | From | Comment | Positions | Decision | Reason | Changes made | Check |\n"
                + "|---|---|---|---|---|---|---|---|\n"
                + "| 2、3 | 甲企业、乙协会 (2 comments) | 建议增加A\\|B | IC-1 | " + adopted + " |  | "
                + "IC-1 /shortage/level: SCARCE → VERY_SCARCE<br>IC-1 added (新岗位) |  |\n"
                + "| 4 |  | 多行<br>意见 |  |  |  | IC-2 removed (旧岗位) | not answered |\n"
                + "| 5 | 丙 | 降低学历 | IC-3 | " + notAdopted + " | 不符合 | IC-3 /requirements/education: — → BACHELOR | "
                + "no reason given<br>marked adopted, but its positions did not change |\n"
                + "|  |  |  | IC-9 |  |  | IC-9 /shortage/score: 0.5 → — | changed, but no comment or note explains it |\n"
                + "\n3 comments (4 rows, the same text grouped); 2 to check; 1 changed positions that no comment or note explains.\n"
                + "\npositions named by comments but in neither edition: 不存在的岗位\n", md);
        ConsultationReport known = new ConsultationReport(REPORT.entries(), List.of(), List.of());
        assertFalse(known.toMarkdown(Locale.ENGLISH).contains("neither edition"));
        assertEquals(REPORT.toMarkdown(Locale.CHINESE), REPORT.toMarkdown(null));
        assertNotEquals(md, REPORT.toMarkdown(null));
    }

    @Test
    void theSheetHasTheSameRowsWithLineBreaksInsideCells() throws Exception {
        Path file = dir.resolve("statement.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            REPORT.writeXlsx(out, Locale.ENGLISH);
        }
        PlainTables.Table t = PlainTables.read(file, TableLimits.defaults());
        assertEquals("comments!A1", t.place(t.rows().get(0), 0));
        assertEquals(List.of("No.", "From", "Comment", "Positions", "Decision", "Reason", "Changes made", "Check"),
                t.rows().get(0).cells());
        assertEquals("IC-1 /shortage/level: SCARCE → VERY_SCARCE\nIC-1 added (新岗位)", t.rows().get(1).cell(6));
        assertEquals("多行\n意见", t.rows().get(2).cell(2));
        assertEquals("no reason given\nmarked adopted, but its positions did not change", t.rows().get(3).cell(7));
        assertEquals("IC-9", t.rows().get(4).cell(3));
        assertEquals(5, t.rows().size());
    }
}
