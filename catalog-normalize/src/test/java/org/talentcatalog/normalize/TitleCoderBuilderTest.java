package org.talentcatalog.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Occupation;
import org.talentcatalog.model.OccupationCodes;

/** Coders built without the shipped titles: how many candidates they list, the 中类 fallback, and refusals. */
class TitleCoderBuilderTest {

    private static final OccupationCodes CODES = OccupationCodes.defaults();

    /** One occupation from each of the first three 小类 of 中类 6-18, all labelled with the same made-up title. */
    private static List<LabelledTitle> splitOverMinorGroups(String title) {
        List<LabelledTitle> out = new ArrayList<>();
        List<Occupation> minors = CODES.children("6-18-00-00");
        for (int i = 0; i < 3; i++) {
            out.add(new LabelledTitle(title, CODES.children(minors.get(i).code()).get(0).code()));
        }
        return out;
    }

    @Test
    void evidenceSplitOverMinorGroupsOfOneMiddleGroupAnswersTheMiddleGroup() {
        List<LabelledTitle> labelled = splitOverMinorGroups("甲乙丙师傅");
        TitleCoder coder = TitleCoder.builder().shippedTitles(false).aliases(labelled).candidates(10).build();
        Coding c = coder.code("甲乙丙师傅");
        assertEquals("6-18-00-00", c.answerCode(), c.toString());
        assertEquals(Confidence.MEDIUM, c.confidence());
        assertTrue(c.broadened());
        assertEquals(10, c.candidates().size());
        assertTrue(labelled.stream().anyMatch(t -> t.code().equals(c.candidates().get(0).code())), c.toString());
    }

    @Test
    void theCandidateCountIsOneToTen() {
        TitleCoder one = TitleCoder.builder().shippedTitles(false).candidates(1).build();
        assertEquals(1, one.code("软件工程师").candidates().size());
        TitleCoder ten = TitleCoder.builder().shippedTitles(false).candidates(TitleCoder.MAX_CANDIDATES).build();
        assertEquals(TitleCoder.MAX_CANDIDATES, ten.code("工程师").candidates().size());
        assertEquals("the number of candidates must be 1 to 10, not 11",
                assertThrows(NormalizeException.class, () -> TitleCoder.builder().candidates(11)).describe(Locale.ENGLISH));
        assertEquals("the number of candidates must be 1 to 10, not -1",
                assertThrows(NormalizeException.class, () -> TitleCoder.builder().candidates(-1)).describe(Locale.ENGLISH));
    }

    @Test
    void aBlankLabelledTitleIsRefusedByItsNumber() {
        NormalizeException e = assertThrows(NormalizeException.class, () -> TitleCoder.builder().shippedTitles(false)
                .aliases(List.of(new LabelledTitle("客服", "4-04-05-03"), new LabelledTitle("客服", "4-04-05-03"),
                        new LabelledTitle(" \t", "4-04-05-03"))).build());
        assertEquals("labelled title 3 is blank (code 4-04-05-03)", e.describe(Locale.ENGLISH));
    }

    @Test
    void theCoderRanksTheCodesItWasGiven() {
        TitleCoder coder = TitleCoder.builder().codes(CODES).shippedTitles(false).build();
        assertSame(CODES, coder.codes());
        assertEquals("", TitleCoder.clean(null));
        Coding c = coder.code(null);
        assertEquals("", c.title());
        assertEquals(List.of(), c.candidates());
    }
}
