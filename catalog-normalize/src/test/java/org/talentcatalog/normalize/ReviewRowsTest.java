package org.talentcatalog.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.OccupationLevel;

/**
 * The review sheet's rows and cells from codings made by hand, and a reviewed sheet read row by row:
 * what is kept, what is skipped and where each refusal is.
 */
class ReviewRowsTest {

    private static final OccupationCodes CODES = OccupationCodes.defaults();

    private static Candidate candidate(String code, double score) {
        return new Candidate(code, CODES.find(code).orElseThrow().name(), OccupationLevel.OCCUPATION, score);
    }

    @Test
    void aRowListsUpToThreeCandidatesWithScoresToThreePlaces() {
        Coding two = new Coding("=客服 ", "客服", List.of(candidate("4-04-05-03", 0.66666), candidate("4-04-05-01", 0.0005)),
                Confidence.MEDIUM, "4-04-05-00");
        assertEquals(Arrays.asList("=客服 ", "客服", "4-04-05-03", "呼叫中心服务员", "0.667", "4-04-05-01",
                CODES.find("4-04-05-01").orElseThrow().name(), "0.001", "", "", "", "MEDIUM", "4-04-05-00", ""),
                ReviewSheet.row(two));
        List<Candidate> four = List.of(candidate("4-04-05-03", 0.4), candidate("4-04-05-01", 0.3), candidate("4-04-05-02", 0.2),
                candidate("4-01-02-04", 0.1));
        List<String> row = ReviewSheet.row(new Coding("t", "t", four, Confidence.LOW, "4-04-05-03"));
        assertEquals(ReviewSheet.header().size(), row.size());
        assertEquals("4-04-05-02", row.get(8));
        assertEquals("0.200", row.get(10));
        assertEquals("LOW", row.get(11));
        assertFalse(row.contains("4-01-02-04"));
        assertEquals(List.of("t", "t", "", "", "", "", "", "", "", "", "", "LOW", "", ""),
                ReviewSheet.row(new Coding("t", "t", List.of(), Confidence.LOW, "")));
    }

    @Test
    void cellsAreQuotedForCommasQuotesAndLineBreaksOnly() {
        assertEquals("a,\"b,c\",\"d\"\"e\",\"f\ng\",\"h\ri\",j k,", ReviewSheet.csvLine(List.of("a", "b,c", "d\"e", "f\ng",
                "h\ri", "j k", "")));
        assertEquals("", ReviewSheet.csvLine(List.of()));
        assertEquals("'=1,'+1,'-1,'@a,'\ta,\"'\ra\",''x,x=1", ReviewSheet.csvLine(List.of("=1", "+1", "-1", "@a", "\ta",
                "\ra", "'x", "x=1")));
    }

    @Test
    void onlyTheApostropheBeforeAFormulaCharacterIsTakenOff() {
        for (char c : "=+-@\t\r'".toCharArray()) {
            assertEquals("'" + c + "x", ReviewSheet.neutralise(c + "x"));
            assertEquals(c + "x", ReviewSheet.restore("'" + c + "x"));
        }
        assertEquals("'a", ReviewSheet.restore("'a"));
        assertEquals("'", ReviewSheet.restore("'"));
        assertEquals("''", ReviewSheet.neutralise("'"));
        assertEquals("a=", ReviewSheet.neutralise("a="));
        assertEquals("", ReviewSheet.neutralise(""));
        assertEquals("", ReviewSheet.restore(""));
        assertEquals(" =x", ReviewSheet.neutralise(" =x"));
    }

    @Test
    void aReviewedRowGivesAnAliasInFullFormAndEmptyRowsAreSkipped() {
        ReviewedAliases r = new ReviewedAliases(CODES);
        r.header(List.of("cleaned", " TITLE ", "title", "reviewed_code", "Reviewed_Code"), "s:1");
        r.row(List.of("", "'=客服", "x", " 4-04-05-03 ", "1-01"), i -> "s:2:" + (i + 1));
        r.row(List.of("", "会计"), i -> "s:3:" + (i + 1)); // no reviewed cell at all
        r.row(List.of("", "会计", "", "   "), i -> "s:4:" + (i + 1));
        r.row(List.of("", "出纳", "", "2-06-03"), i -> "s:5:" + (i + 1));
        assertEquals(List.of(new LabelledTitle("=客服", "4-04-05-03"), new LabelledTitle("出纳", "2-06-03-00")), r.aliases());
    }

    @Test
    void aReviewedCodeWithoutATitleIsRefusedAtTheTitleCell() {
        ReviewedAliases r = new ReviewedAliases(CODES);
        r.header(List.of("reviewed_code", "title"), "s:1");
        NormalizeException blank = assertThrows(NormalizeException.class, () -> r.row(List.of("4-04-05-03", " "), i -> "s:2:" + (i + 1)));
        assertEquals("s:2:2: 已填复核代码 4-04-05-03 的行没有标题", blank.getMessage());
        assertEquals("s:2:2: a row with the reviewed code 4-04-05-03 has no title", blank.describe(Locale.ENGLISH));
        NormalizeException missing = assertThrows(NormalizeException.class, () -> r.row(List.of("4-04-05-03"), i -> "s:3:" + (i + 1)));
        assertTrue(missing.getMessage().startsWith("s:3:2: "), missing.getMessage());
        assertEquals(List.of(), r.aliases());
    }

    @Test
    void aSheetWithoutEitherColumnIsRefusedAtItsHeader() {
        for (List<String> header : List.of(List.of("title"), List.of("reviewed_code"), List.<String>of(), List.of("titles", "code"))) {
            NormalizeException e = assertThrows(NormalizeException.class, () -> new ReviewedAliases(CODES).header(header, "h:1"));
            assertEquals("h:1: the reviewed sheet lacks the column title or reviewed_code", e.describe(Locale.ENGLISH), header.toString());
        }
    }

    @Test
    void malformedAndUnknownCodesAreRefusedAtTheirCell() {
        ReviewedAliases r = new ReviewedAliases(CODES);
        r.header(List.of("title", "reviewed_code"), "h");
        for (String bad : List.of("4040503", "9-01", "4-04-05-03-01", "4-4-05", "x")) {
            NormalizeException e = assertThrows(NormalizeException.class, () -> r.row(List.of("客服", bad), i -> "c" + i));
            assertTrue(e.getMessage().startsWith("c1: 复核代码 " + bad + " 格式不对"), e.getMessage());
        }
        NormalizeException unknown = assertThrows(NormalizeException.class, () -> r.row(List.of("客服", "4-04-05-99"), i -> "c" + i));
        Optional<String> closest = CODES.closest("4-04-05-99").map(o -> o.code() + " " + o.name());
        assertEquals("c1: the reviewed code 4-04-05-99 is not in the 2022 occupation codes; the closest is " + closest.orElseThrow(),
                unknown.describe(Locale.ENGLISH));
    }

    @Test
    void aSheetHoldsAtMostItsLimitOfReviewedRows() {
        ReviewedAliases r = new ReviewedAliases(CODES);
        r.header(List.of("title", "reviewed_code"), "h");
        List<String> row = List.of("客服", "4-04-05-03");
        for (int i = 0; i < ReviewedAliases.MAX_ALIASES; i++) {
            r.row(row, c -> "c");
        }
        r.row(List.of("客服", ""), c -> "c"); // an empty row is no alias, even at the limit
        NormalizeException e = assertThrows(NormalizeException.class, () -> r.row(row, c -> "r" + c));
        assertTrue(e.getMessage().startsWith("r1: "), e.getMessage());
        assertTrue(e.describe(Locale.ENGLISH).contains("200000") || e.describe(Locale.ENGLISH).contains("200,000"),
                e.describe(Locale.ENGLISH));
        assertEquals(ReviewedAliases.MAX_ALIASES, r.aliases().size());
    }

    @Test
    void recordsCheckAndCopyWhatTheyHold() {
        assertEquals("2-06-03-00", new LabelledTitle("会计", " 2-06-03 ").code());
        assertEquals("a labelled title needs a title",
                assertThrows(IllegalArgumentException.class, () -> new LabelledTitle(null, "2-06-03")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LabelledTitle("会计", null));
        List<Candidate> list = new ArrayList<>(List.of(candidate("4-04-05-03", 0.9)));
        Coding c = new Coding("t", "t", list, Confidence.HIGH, "4-04-05-03");
        list.clear();
        assertEquals(1, c.candidates().size());
        assertEquals("4-04-05-03", c.best().orElseThrow().code());
        assertFalse(c.broadened());
        assertTrue(new Coding("t", "t", List.of(candidate("4-04-05-03", 0.4)), Confidence.MEDIUM, "4-04-05-00").broadened());
        Coding none = new Coding("", "", List.of(), Confidence.LOW, "");
        assertEquals(Optional.empty(), none.best());
        assertFalse(none.broadened());
        PositionMatch m = new PositionMatch("t", "t", List.of(), Confidence.LOW, none);
        assertEquals(Optional.empty(), m.best());
        PositionCandidate p = new PositionCandidate("IC-1", "n", "", 1);
        assertEquals(Optional.of(p), new PositionMatch("t", "t", List.of(p), Confidence.LOW, none).best());
    }

    @Test
    void confidencesAndExceptionsSpeakBothLanguages() {
        assertEquals(List.of("高", "中", "低"), Arrays.stream(Confidence.values()).map(Confidence::zh).toList());
        assertEquals(List.of("high", "medium", "low"), Arrays.stream(Confidence.values()).map(Confidence::en).toList());
        assertEquals(List.of("HIGH", "MEDIUM", "LOW"), Arrays.stream(Confidence.values()).map(Confidence::code).toList());
        NormalizeException e = new NormalizeException(LocalizedText.of("中文", "English"));
        assertEquals("中文", e.getMessage());
        assertEquals("English", e.describe(Locale.ENGLISH));
        assertEquals("中文", e.describe(Locale.CHINA));
        assertEquals(LocalizedText.of("中文", "English"), e.text());
        assertEquals("只有中文", new NormalizeException(LocalizedText.of("只有中文", null)).describe(Locale.ENGLISH));
    }
}
