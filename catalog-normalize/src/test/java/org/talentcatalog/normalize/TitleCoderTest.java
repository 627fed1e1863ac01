package org.talentcatalog.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.OccupationLevel;

class TitleCoderTest {

    private static final TitleCoder CODER = TitleCoder.defaults();

    @Test
    void codesTheIssuesSampleTitles() {
        Coding c = CODER.code("抖音快手客服 不加班");
        assertEquals("抖音快手客服", c.cleaned());
        assertEquals("4-04-05-03", c.candidates().get(0).code());
        assertEquals("呼叫中心服务员", c.candidates().get(0).name());
        assertEquals(OccupationLevel.OCCUPATION, c.candidates().get(0).level());

        Coding cashier = CODER.code("新北区三井恒源小吃店招聘收银");
        assertEquals("4-01-02-04", cashier.answerCode());
        assertEquals(Confidence.HIGH, cashier.confidence());

        Coding ic = CODER.code("射频IC设计（上海张江，年薪40万+）");
        assertEquals("射频ic设计", ic.cleaned());
        assertFalse(ic.candidates().isEmpty());
    }

    @Test
    void scoresAreSharesInDescendingOrder() {
        Coding c = CODER.code("Java开发工程师");
        double sum = 0;
        for (int i = 0; i < c.candidates().size(); i++) {
            double s = c.candidates().get(i).score();
            assertTrue(s > 0 && s <= 1, "score " + s);
            if (i > 0) {
                assertTrue(s <= c.candidates().get(i - 1).score());
            }
            sum += s;
        }
        assertTrue(sum <= 1 + 1e-9);
        assertEquals(5, c.candidates().size());
    }

    @Test
    void reviewedAliasesTeachTheCoder() {
        String title = "量子比特调控员";
        assertFalse(CODER.code(title).candidates().stream().anyMatch(k -> k.code().equals("2-02-38-10")));
        TitleCoder taught = TitleCoder.builder()
                .aliases(List.of(new LabelledTitle("量子比特调控员（浦东）", "2-02-38-10")))
                .build();
        Coding c = taught.code(title);
        assertEquals("2-02-38-10", c.candidates().get(0).code());
    }

    @Test
    void answersTheMinorGroupWhenItsOccupationsShareTheEvidence() {
        TitleCoder coder = TitleCoder.builder().shippedTitles(false).aliases(List.of(
                new LabelledTitle("热处理师傅", "6-18-02-01"), new LabelledTitle("热处理师傅", "6-18-02-02"),
                new LabelledTitle("热处理师傅", "6-18-02-03"))).build();
        Coding c = coder.code("热处理师傅");
        assertTrue(c.broadened(), c.toString());
        assertEquals("6-18-02-00", c.answerCode());
        assertEquals(Confidence.MEDIUM, c.confidence());
        assertTrue(c.candidates().get(0).code().startsWith("6-18-02-"));
    }

    @Test
    void aTitleLabelledOnlyToAGroupIsEvidenceForItsOccupations() {
        TitleCoder coder = TitleCoder.builder().shippedTitles(false).aliases(List.of(
                new LabelledTitle("水电施工员", "6-29-02-00"), new LabelledTitle("管道安装工", "6-29-02-01"))).build();
        Coding c = coder.code("水电施工员");
        assertTrue(c.candidates().get(0).code().startsWith("6-29-02-"), c.toString());
        for (Candidate k : c.candidates()) {
            assertTrue(coder.codes().children(k.code()).isEmpty(), k.toString());
        }
    }

    @Test
    void aLabelledTitleWithAnUnknownCodeIsRefusedByItsNumber() {
        assertThrows(IllegalArgumentException.class, () -> new LabelledTitle("x", "9-01"));
        NormalizeException e = assertThrows(NormalizeException.class, () -> TitleCoder.builder().shippedTitles(false)
                .aliases(List.of(new LabelledTitle("客服", "4-04-05-03"), new LabelledTitle("未来职业", "4-04-05-99"))).build());
        assertEquals("第 2 条标注标题“未来职业”的职业代码 4-04-05-99 不在职业代码表中", e.getMessage());
        assertEquals("labelled title 2 (\"未来职业\"): the occupation code 4-04-05-99 is not in the code list",
                e.describe(Locale.ENGLISH));
        assertThrows(NormalizeException.class, () -> TitleCoder.builder().aliases(List.of(new LabelledTitle(" ", "4-04-05-03"))).build());
    }

    @Test
    void candidateCountIsBounded() {
        NormalizeException e = assertThrows(NormalizeException.class, () -> TitleCoder.builder().candidates(0));
        assertEquals("the number of candidates must be 1 to 10, not 0", e.describe(Locale.ENGLISH));
        assertThrows(NormalizeException.class, () -> TitleCoder.builder().candidates(11));
    }

    @Test
    void badInputGivesASaneCodingAndNoException() {
        for (String t : new String[] {"", " ", "\u0000\u0001\u007f", "\ud800", "abc\udc00客服", "!!!", "（）【】"}) {
            Coding c = CODER.code(t);
            assertEquals(t, c.title());
            assertTrue(c.cleaned().chars().noneMatch(ch -> Character.isISOControl(ch) || Character.isSurrogate((char) ch)), t);
        }
        Coding empty = CODER.code("");
        assertEquals(List.of(), empty.candidates());
        assertEquals(Confidence.LOW, empty.confidence());
        assertEquals("", empty.answerCode());
        assertEquals("", CODER.code(null).cleaned());

        String huge = "客服".repeat(512 * 1024);
        Coding big = CODER.code(huge);
        assertTrue(big.cleaned().length() <= 64, "a 1 MB title is cut, not read whole");
        assertEquals("4-04-05-03", big.candidates().get(0).code());
    }
}
