package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.RespondentType;

class ScoringProperties {

    private static final ScoringConfig TWO = ScoringConfig.builder()
            .indicator("x", IndicatorDirection.POSITIVE).indicator("y", IndicatorDirection.NEGATIVE).build();

    @Provide
    Arbitrary<List<double[]>> tables() {
        Arbitrary<double[]> row = Combinators.combine(Arbitraries.doubles().between(0, 100).ofScale(2),
                Arbitraries.doubles().between(0, 100).ofScale(2)).as((a, b) -> new double[] {a, b});
        return row.list().ofMinSize(3).ofMaxSize(15)
                .filter(rows -> rows.stream().mapToDouble(r -> r[0]).distinct().count() > 1
                        && rows.stream().mapToDouble(r -> r[1]).distinct().count() > 1);
    }

    private static IndicatorTable table(List<double[]> rows) {
        List<PositionRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new PositionRow("P" + i, "", "", java.util.Map.of("x", rows.get(i)[0], "y", rows.get(i)[1]), 0));
        }
        return new IndicatorTable(List.of("x", "y"), out, "t");
    }

    @Property(tries = 100)
    void scoresAreInvariantUnderRowPermutation(@ForAll("tables") List<double[]> rows, @ForAll long seed) {
        ScoringResult a = ShortageScorer.of(TWO).score(table(rows));
        IndicatorTable t = table(rows);
        List<PositionRow> shuffled = new ArrayList<>(t.rows());
        Collections.shuffle(shuffled, new Random(seed));
        ScoringResult b = ShortageScorer.of(TWO).score(new IndicatorTable(t.indicators(), shuffled, "t"));
        // positions are scored in id order, so not even the last bit depends on the input order
        assertEquals(a, b);
    }

    @Property(tries = 100)
    void raisingAPositiveIndicatorNeverLowersTheScore(@ForAll("tables") List<double[]> rows,
            @ForAll @IntRange(min = 0, max = 2) int who, @ForAll @IntRange(min = 1, max = 50) int raise) {
        double before = ShortageScorer.of(TWO).score(table(rows)).position("P" + who).orElseThrow().score();
        List<double[]> raised = new ArrayList<>(rows);
        raised.set(who, new double[] {rows.get(who)[0] + raise, rows.get(who)[1]});
        double after = ShortageScorer.of(TWO).score(table(raised)).position("P" + who).orElseThrow().score();
        assertTrue(after >= before - 1e-12, before + " -> " + after);
    }

    @Property(tries = 100)
    void minMaxWeightedSumScoresLieInTheUnitIntervalAndWeightsSumToOne(@ForAll("tables") List<double[]> rows) {
        ScoringConfig entropy = ScoringConfig.builder().indicator("x", IndicatorDirection.POSITIVE)
                .indicator("y", IndicatorDirection.NEGATIVE).weighting(Weighting.entropy(true)).build();
        for (ScoringConfig c : List.of(TWO, entropy)) {
            ScoringResult r = ShortageScorer.of(c).score(table(rows));
            r.positions().forEach(p -> assertTrue(p.score() >= -1e-12 && p.score() <= 1 + 1e-12));
            assertEquals(1.0, r.weights().values().stream().mapToDouble(d -> d).sum(), 1e-12);
        }
    }

    @Provide
    Arbitrary<List<SurveySample>> samples() {
        Arbitrary<SurveySample> s = Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.of(RespondentType.class), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 20),
                Arbitraries.doubles().between(1e5, 5e5).ofScale(0), Arbitraries.doubles().between(0.1, 3).ofScale(3))
                .as((r, t, p, v, a, sal, w) -> new SurveySample("R" + r, t, "P" + p, "", "", "", v, a, Math.min(v, a),
                        (double) (v + a), sal, 1.0 + p % 5, w));
        return s.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 100)
    void mergingPartialAggregatesEqualsOnePass(@ForAll("samples") List<SurveySample> rows,
            @ForAll @IntRange(min = 0, max = 60) int cut, @ForAll @IntRange(min = 0, max = 60) int cut2) {
        int a = Math.min(cut, rows.size());
        int b = Math.min(Math.max(a, cut2), rows.size());
        SurveyAggregate one = new SurveyAggregate();
        rows.forEach(one::add);
        SurveyAggregate x = new SurveyAggregate();
        SurveyAggregate y = new SurveyAggregate();
        SurveyAggregate z = new SurveyAggregate();
        rows.subList(0, a).forEach(x::add);
        rows.subList(a, b).forEach(y::add);
        rows.subList(b, rows.size()).forEach(z::add);
        SurveyAggregate left = SurveyAggregate.merge(SurveyAggregate.merge(x, y), z);
        SurveyAggregate right = SurveyAggregate.merge(z, SurveyAggregate.merge(y, x));
        assertEquals(one.toIndicatorTable(SurveyOptions.DEFAULT), left.toIndicatorTable(SurveyOptions.DEFAULT));
        assertEquals(one.toIndicatorTable(SurveyOptions.DEFAULT), right.toIndicatorTable(SurveyOptions.DEFAULT));
        assertEquals(one.coverage(2), right.coverage(2));
    }

    @Property(tries = 10)
    void bootstrapWithTheSameSeedIsIdentical(@ForAll @IntRange(min = 0, max = 1000) int seed) {
        ScoringConfig c = ScoringConfig.builder().indicator("demand_supply_ratio", IndicatorDirection.POSITIVE)
                .indicator("unfilled_rate", IndicatorDirection.POSITIVE).uncertainty(50, seed).build();
        SurveyData data = ShortageScorerTest.survey();
        assertEquals(ShortageScorer.of(c).score(data), ShortageScorer.of(c).score(data));
    }
}
