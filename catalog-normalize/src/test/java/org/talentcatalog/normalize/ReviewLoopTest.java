package org.talentcatalog.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.OccupationCodes;

class ReviewLoopTest {

    @TempDir
    Path dir;

    @Test
    void theSheetListsTheFirstThreeCandidatesAndAnEmptyReviewedCode() {
        Coding c = TitleCoder.defaults().code("软件开发工程师（双休）");
        List<String> row = ReviewSheet.row(c);
        assertEquals(ReviewSheet.header().size(), row.size());
        assertEquals("软件开发工程师（双休）", row.get(0));
        assertEquals("软件开发工程师", row.get(1));
        assertEquals("2-02-10-03", row.get(2));
        assertEquals("计算机软件工程技术人员", row.get(3));
        assertEquals(String.format(Locale.ROOT, "%.3f", c.candidates().get(0).score()), row.get(4));
        assertEquals("HIGH", row.get(11));
        assertEquals("", row.get(13));
        assertEquals("reviewed_code", ReviewSheet.header().get(13));
    }

    @Test
    void cellsThatCouldStartAFormulaOrHoldCommasAreProtectedAndRestored() {
        assertEquals("'=1+1,\"a,b\",\"say \"\"hi\"\"\",plain", ReviewSheet.csvLine(List.of("=1+1", "a,b", "say \"hi\"", "plain")));
        for (String s : List.of("=1+1", "'x", "'=x", "-", "plain", "")) {
            assertEquals(s, ReviewSheet.restore(ReviewSheet.neutralise(s)));
        }
    }

    @Test
    void aReviewedSheetRoundTripsIntoAliasesThatTheNextCoderLearns() throws IOException {
        String odd = "=奇怪岗位名称甲乙丙";
        List<String> lines = new ArrayList<>();
        lines.add(ReviewSheet.csvLine(ReviewSheet.header()));
        for (String t : List.of(odd, "会计")) {
            lines.add(ReviewSheet.csvLine(ReviewSheet.row(TitleCoder.defaults().code(t))));
        }
        // The reviewer fills in the first row and leaves the second.
        lines.set(1, lines.get(1) + "4-04-05-03");
        Path sheet = Files.write(dir.resolve("reviewed.csv"), lines, StandardCharsets.UTF_8);
        List<LabelledTitle> aliases = ReviewedAliases.readCsv(sheet, OccupationCodes.defaults());
        assertEquals(List.of(new LabelledTitle(odd, "4-04-05-03")), aliases);
        assertNotEquals("4-04-05-03", TitleCoder.defaults().code(odd).answerCode());
        TitleCoder taught = TitleCoder.builder().aliases(aliases).build();
        assertEquals("4-04-05-03", taught.code(odd).candidates().get(0).code());
    }

    @Test
    void anUnknownReviewedCodeIsAnErrorAtItsCellNamingTheClosest() throws IOException {
        Path sheet = Files.writeString(dir.resolve("r.csv"), "title,reviewed_code\n会计,2-06-03-00\n客服,4-04-05-99\n");
        NormalizeException e = assertThrows(NormalizeException.class, () -> ReviewedAliases.readCsv(sheet, OccupationCodes.defaults()));
        assertTrue(e.getMessage().startsWith(sheet + ":3:4: 复核代码 4-04-05-99 不在 2022 年职业代码表中，最接近的是 4-04-05-"), e.getMessage());
        assertTrue(e.describe(Locale.ENGLISH).startsWith(sheet + ":3:4: the reviewed code 4-04-05-99 is not in the 2022"), e.describe(Locale.ENGLISH));
    }

    @Test
    void aMalformedCodeAndMissingColumnsAreLocated() throws IOException {
        Path bad = Files.writeString(dir.resolve("b.csv"), "reviewed_code,title\n4040503,客服\n");
        NormalizeException e = assertThrows(NormalizeException.class, () -> ReviewedAliases.readCsv(bad, OccupationCodes.defaults()));
        assertEquals(bad + ":2:1: 复核代码 4040503 格式不对：应形如 4-04-05-03 或 2-02-38", e.getMessage());
        Path none = Files.writeString(dir.resolve("n.csv"), "title,code\n客服,4-04-05-03\n");
        e = assertThrows(NormalizeException.class, () -> ReviewedAliases.readCsv(none, OccupationCodes.defaults()));
        assertEquals(none + ":1:1: 复核表缺少 title 列或 reviewed_code 列", e.getMessage());
        Path empty = Files.writeString(dir.resolve("e.csv"), "");
        e = assertThrows(NormalizeException.class, () -> ReviewedAliases.readCsv(empty, OccupationCodes.defaults()));
        assertEquals(empty + ": 复核表缺少 title 列或 reviewed_code 列", e.getMessage());
    }

    @Test
    void aShortCodeIsKeptInFullForm() {
        ReviewedAliases r = new ReviewedAliases(OccupationCodes.defaults());
        r.header(List.of("Title", "Reviewed_Code"), "x:1");
        r.row(List.of("财务", " 2-06-03 "), i -> "x:2:" + (i + 1));
        r.row(List.of("跳过", ""), i -> "x:3:" + (i + 1));
        assertEquals(List.of(new LabelledTitle("财务", "2-06-03-00")), r.aliases());
    }
}
