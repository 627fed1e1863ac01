package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.talentcatalog.scoring.internal.Gamma;

class ExpertConsensusTest {

    // Data: the "anxiety" data set (20 subjects rated by 3 raters) shipped with the R packages irr
    // (kendall(anxiety, TRUE)) and DescTools (KendallW example). The expected values were computed
    // independently with python3 + scipy 1.17 (scipy.stats.rankdata, scipy.stats.chi2.sf), not copied
    // from the packages' printed output.
    private static final int[][] ANXIETY = {
        {3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3},
        {3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4},
        {2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2}};

    private static List<ExpertRating> anxiety() {
        List<ExpertRating> out = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            for (int i = 0; i < 20; i++) {
                out.add(new ExpertRating("rater" + (e + 1), "s" + (i + 1), ANXIETY[e][i]));
            }
        }
        return out;
    }

    @Test
    void kendallWOfTheAnxietyDataMatchesTheScipyOracle() {
        ConsensusResult r = ExpertConsensus.analyze(anxiety(), OptionalDouble.empty());
        assertEquals(0.501921470342523, r.w(), 1e-12);
        assertEquals(0.5396568759543698, r.wCorrected(), 1e-12);
        assertEquals(30.760441929399082, r.chiSquare(), 1e-10);
        assertEquals(19, r.df());
        assertEquals(0.04288347312694786, r.pValue(), 1e-10);
        assertEquals(6.0, r.fullMark());
    }

    // Oracle: scipy.stats.chi2.sf; 3.841458820694124 is the textbook 95 % quantile of χ²(1).
    @Test
    void chiSquareUpperTailMatchesScipy() {
        assertEquals(0.05, Gamma.chiSquareUpperTail(3.841458820694124, 1), 1e-12);
        assertEquals(0.05179845889302389, Gamma.chiSquareUpperTail(30, 19), 1e-12);
        assertEquals(0.9994464813904249, Gamma.chiSquareUpperTail(0.5, 7), 1e-12);
    }

    @Test
    void expertsWithBlanksAreExcludedFromWAndListed() {
        List<ExpertRating> ratings = ExpertConsensus.readCsv(new StringReader(
                "expert_id,item_id,score\nA,x,5\nA,y,3\nA,z,1\nB,x,4\nB,y,3\nB,z,2\nC,x,5\nC,y,\nC,z,2\n"), "r.csv");
        ConsensusResult r = ExpertConsensus.analyze(ratings, OptionalDouble.of(5));
        assertEquals(List.of("C"), r.excludedExperts());
        assertEquals(2, r.experts());
        assertEquals(1.0, r.w(), 1e-12);
        ItemStatistics x = r.itemStatistics().get(0);
        assertEquals(3, x.ratings());
        assertEquals(14 / 3.0, x.mean(), 1e-12);
        assertEquals(2 / 3.0, x.fullMarkRatio(), 1e-12);
        assertEquals(Math.sqrt(1 / 3.0) / (14 / 3.0), x.cv(), 1e-12);
    }

    @Test
    void nonNumericScoresAndRepeatedPairsAreLocatedErrors() {
        ScoringException e = assertThrows(ScoringException.class, () -> ExpertConsensus.readCsv(
                new StringReader("expert_id,item_id,score\nA,x,high\n"), "r.csv"));
        assertEquals("r.csv:2:5", e.location());
        e = assertThrows(ScoringException.class, () -> ExpertConsensus.readCsv(
                new StringReader("expert_id,item_id,score\nA,x,1\nA,x,2\n"), "r.csv"));
        assertEquals("r.csv:3:3", e.location());
    }
}
