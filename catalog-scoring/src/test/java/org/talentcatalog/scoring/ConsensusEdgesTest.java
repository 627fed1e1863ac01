package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Kendall's W and the item statistics where the ratings leave nothing, or too little, to measure. */
class ConsensusEdgesTest {

    private static List<ExpertRating> grid(double[][] scores) {
        List<ExpertRating> out = new ArrayList<>();
        for (int e = 0; e < scores.length; e++) {
            for (int i = 0; i < scores[e].length; i++) {
                out.add(new ExpertRating("E" + e, "item" + i, scores[e][i]));
            }
        }
        return out;
    }

    /**
     * Issue example: 6 experts each giving 5 items the same score reported W = 0, corrected W 1.0,
     * χ² = 24 and p = 8e-5, a "significant agreement" on nothing.
     */
    @Test
    void wIsUndefinedWhenEveryExpertTiesEveryItem() throws Exception {
        double[][] scores = new double[6][5];
        for (int e = 0; e < 6; e++) {
            java.util.Arrays.fill(scores[e], e % 3 + 3);
        }
        ConsensusResult r = ExpertConsensus.analyze(grid(scores), null);
        assertNull(r.w());
        assertNull(r.wCorrected());
        assertNull(r.chiSquare());
        assertNull(r.pValue());
        assertEquals(4, r.df());
        assertEquals(6, r.experts());
        assertEquals(List.of("KENDALL_UNDEFINED"), r.warnings().stream().map(ScoringWarning::code).toList());
        assertEquals("each of the 6 experts gave all 5 items the same score, so there is no ranking to agree on: "
                + "Kendall's W, chi-square and the p-value are undefined and left out", r.warnings().get(0).en());
        assertTrue(r.warnings().get(0).zh().contains("无定义"));
        JsonNode json = new ObjectMapper().readTree(r.toJson(Locale.ENGLISH));
        for (String absent : List.of("w", "wCorrected", "chiSquare", "pValue")) {
            assertFalse(json.has(absent), absent);
        }
        assertEquals(r.warnings().get(0).en(), json.at("/warnings/0").asText());
        assertEquals(r.warnings().get(0).zh(), new ObjectMapper().readTree(r.toJson(null)).at("/warnings/0").asText());
    }

    @Test
    void wIsDefinedWhenOnlySomeExpertsTieEverything() throws Exception {
        ConsensusResult r = ExpertConsensus.analyze(grid(new double[][] {{3, 3, 3}, {1, 2, 3}, {1, 2, 3}}), null);
        assertNotNull(r.w());
        // rank sums 4, 6, 8 around m(n+1)/2 = 6, so S = 8 and W = 12·8/(3²·(3³ − 3)); the expert who tied
        // all three items adds 3³ − 3 = 24 to Σ(t³ − t), times m = 3 in the correction
        assertEquals(12 * 8 / (9.0 * 24), r.w(), 1e-15);
        assertEquals(12 * 8 / (9.0 * 24 - 3 * 24), r.wCorrected(), 1e-15);
        assertTrue(r.warnings().isEmpty());
        JsonNode json = new ObjectMapper().readTree(r.toJson(Locale.ENGLISH));
        assertTrue(json.has("w") && json.has("pValue") && json.get("warnings").isEmpty());
    }

    @Test
    void aScoreAboveTheGivenFullMarkIsAnErrorAtItsRating() {
        List<ExpertRating> ratings = grid(new double[][] {{3, 4, 5}, {1, 2, 6}});
        ScoringException e = assertThrows(ScoringException.class, () -> ExpertConsensus.analyze(ratings, 5.0));
        assertEquals("E1/item2", e.issue().cell());
        assertEquals("the score 6.0 is above the full mark 5.0; the full mark must be at least every score", e.issue().text().en());
        assertEquals(6.0, ExpertConsensus.analyze(ratings, 6.0).fullMark(), "a score at the full mark is accepted");
    }

    @Test
    void aSingleExpertOrASingleItemIsAnError() {
        assertThrows(ScoringException.class, () -> ExpertConsensus.analyze(grid(new double[][] {{1, 2, 3}}), null));
        assertThrows(ScoringException.class, () -> ExpertConsensus.analyze(grid(new double[][] {{1}, {2}}), null));
    }

    @Test
    void itemStatisticsAtTheEdges() {
        ConsensusResult r = ExpertConsensus.analyze(grid(new double[][] {{0, 2}, {0, 4}}), null);
        assertEquals(0.0, r.itemStatistics().get(0).mean());
        assertEquals(0.0, r.itemStatistics().get(0).cv());
        // a mean so near 0 that sd/mean overflows (here 5e-324) is as undefined as a mean of 0
        ScoringException e = assertThrows(ScoringException.class,
                () -> ExpertConsensus.analyze(grid(new double[][] {{-1, 2}, {1, 4}, {1.5e-323, 3}}), null));
        assertTrue(e.issue().text().enOrZh().startsWith("item item0 has mean"), e::getMessage);
        ScoringException zero = assertThrows(ScoringException.class,
                () -> ExpertConsensus.analyze(grid(new double[][] {{-1, 2}, {1, 4}}), null));
        assertEquals("item item0 has mean 0.0 while its ratings differ: the coefficient of variation is undefined",
                zero.issue().text().enOrZh());
    }

    /** −0 and 0 are the same score: tied, not ranked apart. */
    @Test
    void negativeZeroTiesWithZero() {
        ConsensusResult a = ExpertConsensus.analyze(grid(new double[][] {{-0.0, 0.0, 1}, {0, 0, 1}}), null);
        ConsensusResult b = ExpertConsensus.analyze(grid(new double[][] {{0, 0, 1}, {0, 0, 1}}), null);
        assertEquals(b.w(), a.w());
        assertEquals(b.wCorrected(), a.wCorrected());
    }

    @Test
    void ratingsGivenInCodeAreBoundedLikeThoseRead() {
        List<ExpertRating> ratings = List.of(new ExpertRating("A", "x", 1), new ExpertRating("A", "y", Double.NaN),
                new ExpertRating("B", "x", 1), new ExpertRating("B", "y", 2));
        ScoringException e = assertThrows(ScoringException.class, () -> ExpertConsensus.analyze(ratings, null));
        assertEquals("A/y", e.issue().cell());
        assertEquals("评分 NaN 超出范围 ±10^15", e.issue().text().zh());
        assertEquals("score NaN is outside the accepted range ±10^15", e.issue().text().enOrZh());
        List<ExpertRating> fine = List.of(new ExpertRating("A", "x", 1), new ExpertRating("A", "y", 3),
                new ExpertRating("B", "x", 1), new ExpertRating("B", "y", 2));
        e = assertThrows(ScoringException.class, () -> ExpertConsensus.analyze(fine, Double.POSITIVE_INFINITY));
        assertEquals("fullMark", e.issue().cell());
        assertEquals("full mark Infinity is outside the accepted range ±10^15", e.issue().text().enOrZh());
    }

    @Provide
    Arbitrary<double[][]> ratings() {
        Arbitrary<Double> score = Arbitraries.oneOf(Arbitraries.of(0.0, -0.0, 1.0, 5.0, 1e15, -1e15, 1e-300, Double.MIN_VALUE),
                Arbitraries.integers().between(1, 5).map(Integer::doubleValue));
        return Arbitraries.integers().between(2, 6).flatMap(items -> score.array(double[].class).ofSize(items)
                .array(double[][].class).ofMinSize(2).ofMaxSize(8));
    }

    /** Every figure is finite, or absent with a warning, or the ratings are refused. */
    @Property(tries = 300)
    void everyConsensusFigureIsFiniteOrAbsent(@ForAll("ratings") double[][] scores) {
        try {
            ConsensusResult r = ExpertConsensus.analyze(grid(scores), null);
            List<Double> all = new ArrayList<>();
            for (Double d : new Double[] {r.w(), r.wCorrected(), r.chiSquare(), r.pValue()}) {
                if (d != null) {
                    all.add(d);
                }
            }
            all.add(r.fullMark());
            r.itemStatistics().forEach(s -> all.addAll(List.of(s.mean(), s.sd(), s.cv(), s.fullMarkRatio(), s.meanRank())));
            all.forEach(d -> assertTrue(Double.isFinite(d), () -> d + " in " + r.toJson(Locale.ENGLISH)));
            assertEquals(r.w() == null, !r.warnings().isEmpty());
        } catch (ScoringException e) {
            assertTrue(e.issue().rule().startsWith("scoring:"));
        }
    }
}
