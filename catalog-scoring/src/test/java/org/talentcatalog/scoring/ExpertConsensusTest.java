package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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
        ConsensusResult r = ExpertConsensus.analyze(anxiety(), null);
        assertEquals(0.501921470342523, r.w(), 1e-12);
        assertEquals(0.5396568759543698, r.wCorrected(), 1e-12);
        assertEquals(30.760441929399082, r.chiSquare(), 1e-10);
        assertEquals(19, r.df());
        assertEquals(0.04288347312694786, r.pValue(), 1e-10);
        assertEquals(6.0, r.fullMark());
    }

    private static List<ExpertRating> byExpert(double[][] scores) {
        List<ExpertRating> out = new ArrayList<>();
        for (int e = 0; e < scores.length; e++) {
            for (int i = 0; i < scores[e].length; i++) {
                out.add(new ExpertRating("e" + (e + 1), "o" + (i + 1), scores[e][i]));
            }
        }
        return out;
    }

    // Published worked example: NAG Library, routine G08DAF (nagf_nonpar_concordance_kendall), example
    // program results (e.g. Mark 26.2, https://support.nag.com/numeric/fl/nagdoc_fl26.2/examples/baseresults/
    // g08dafe.r.html): 3 comparisons of 10 objects with tied ranks; "Kendall's coefficient = 0.828,
    // Significance = 0.008" (3 decimals). NAG corrects W for ties (subtracting k·Σ(t³ − t)/12), so the
    // printed W is our wCorrected; the printed significance is the χ²(n − 1) tail of k(n − 1)·W corrected,
    // which is the χ² our pValue reports. Our uncorrected W (0.796) is not printed by NAG.
    @Test
    void kendallWReproducesNagG08dafExampleWithTies() {
        ConsensusResult r = ExpertConsensus.analyze(byExpert(new double[][] {
            {1.0, 4.5, 2.0, 4.5, 3.0, 7.5, 6.0, 9.0, 7.5, 10.0},
            {2.5, 1.0, 2.5, 4.5, 4.5, 8.0, 9.0, 6.5, 10.0, 6.5},
            {2.0, 1.0, 4.5, 4.5, 4.5, 4.5, 8.0, 8.0, 8.0, 10.0}}), null);
        assertEquals(0.828, r.wCorrected(), 0.0005);
        assertEquals(0.008, r.pValue(), 0.0005);
        assertEquals(9, r.df());
    }

    // Published worked example: InfluentialPoints, "Kendall coefficient of concordance", worked example I
    // (https://influentialpoints.com/Training/coefficient_of_concordance.htm): 4 raters rank the
    // strawberries of 8 farms; SS = 500, W = 0.744 (3 decimals), k(N − 1)W = 20.83 (2 decimals), P = 0.004
    // (3 decimals). No ties, so W and the corrected W coincide.
    @Test
    void kendallWReproducesStrawberryRatersExample() {
        ConsensusResult r = ExpertConsensus.analyze(byExpert(new double[][] {
            {8, 4, 2, 3, 5, 1, 6, 7}, {7, 3, 1, 4, 5, 2, 6, 8}, {8, 2, 5, 6, 7, 1, 4, 3}, {8, 3, 4, 2, 5, 1, 6, 7}}),
                null);
        assertEquals(0.744, r.w(), 0.0005);
        assertEquals(r.w(), r.wCorrected(), 1e-15);
        assertEquals(20.83, r.chiSquare(), 0.005);
        assertEquals(7, r.df());
        assertEquals(0.004, r.pValue(), 0.0005);
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
        ConsensusResult r = ExpertConsensus.analyze(ratings, 5.0);
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
        assertEquals("r.csv:2:5", e.issue().cell());
        e = assertThrows(ScoringException.class, () -> ExpertConsensus.readCsv(
                new StringReader("expert_id,item_id,score\nA,x,1\nA,x,2\n"), "r.csv"));
        assertEquals("r.csv:3:3", e.issue().cell());
    }
}
