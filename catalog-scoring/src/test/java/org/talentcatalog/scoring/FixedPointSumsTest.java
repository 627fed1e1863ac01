package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.scoring.internal.FixedPoint;

/** The fixed-point sums and their exact fallback: awkward weights, huge counts, text parsing. */
class FixedPointSumsTest {

    private static SurveySample row(String r, String p, double v, double a, double salary, double w) {
        return new SurveySample(r, RespondentType.EMPLOYER, p, "", "", "", v, a, Math.min(v, a),
                Math.min(v, 1e14) + 0.5, salary, 3.25, w);
    }

    @Provide
    Arbitrary<List<SurveySample>> awkward() {
        // weights with many decimals (1/3, 0.1 + 0.2, …) and counts up to 10^15 force the BigDecimal
        // fallback and the long overflow paths, mixed with ordinary rows
        Arbitrary<Double> weight = Arbitraries.of(1.0, 0.1 + 0.2, 1.0 / 3, 2.5, 1e-7, 123456.789012, 7e12);
        Arbitrary<Double> count = Arbitraries.of(0.0, 3.0, 12.5, 0.0001, 4e12, 1e15, 1.0 / 7);
        Arbitrary<SurveySample> s = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 2), count, count, Arbitraries.of(1e5, 2e5, 3.3e5), weight)
                .as((r, p, v, a, sal, w) -> row("R" + r, "P" + p, v, a, sal, w));
        return s.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 200)
    void mergingPartialAggregatesEqualsOnePassOnAwkwardNumbers(@ForAll("awkward") List<SurveySample> rows,
            @ForAll @IntRange(min = 0, max = 40) int cut, @ForAll @IntRange(min = 1, max = 3) int times) {
        int a = Math.min(cut, rows.size());
        SurveyAggregate one = new SurveyAggregate();
        for (int t = 0; t < times; t++) {
            rows.forEach(one::add);
        }
        SurveyAggregate x = new SurveyAggregate();
        SurveyAggregate y = new SurveyAggregate();
        rows.subList(0, a).forEach(x::add);
        rows.subList(a, rows.size()).forEach(y::add);
        SurveyAggregate merged = new SurveyAggregate();
        merged.addAll(y, times);
        merged.addAll(x, times);
        assertEquals(one.toIndicatorTable(SurveyOptions.DEFAULT), merged.toIndicatorTable(SurveyOptions.DEFAULT));
    }

    private static double value(SurveyAggregate agg, String indicator) {
        return agg.toIndicatorTable(SurveyOptions.DEFAULT).rows().get(0).values().get(indicator);
    }

    @Test
    void indicatorsAreExactQuotientsOfTheSumsRoundedOnce() {
        // the weights are the decimals 0.1 and 0.2 (as doubles they sum to 0.30000000000000004):
        // Σw·vacancies = 0.1·1 + 0.2·4 = 0.9 exactly, rescaled by N/Σw = 2/0.3 to exactly 6
        SurveyAggregate agg = new SurveyAggregate();
        agg.add(row("R1", "P", 1, 1, 1e5, 0.1));
        agg.add(row("R2", "P", 4, 3, 1e5, 0.2));
        assertEquals(6.0, value(agg, "vacancies"));
        // 0.9 / (0.1·1 + 0.2·3) = 0.9 / 0.7, one rounding of the exact quotient
        assertEquals(new BigDecimal("0.9").divide(new BigDecimal("0.7"), MathContext.DECIMAL128).doubleValue(),
                value(agg, "demand_supply_ratio"));
        // days to fill: (0.1·1.5 + 0.2·4.5) / 0.3 = 3.5 exactly
        assertEquals(3.5, value(agg, "days_to_fill"));
        // a weight with no six-place form (1/3) cancels out of a single row's figures
        SurveyAggregate third = new SurveyAggregate().add(row("R1", "P", 3, 1, 1e5, 1.0 / 3));
        assertEquals(3.0, value(third, "vacancies"));
        // sums past Long.MAX_VALUE units stay exact: 5 rows of 4·10¹² vacancies weighing 7·10⁵ each
        SurveyAggregate big = new SurveyAggregate();
        for (int i = 0; i < 5; i++) {
            big.add(row("R" + i, "P", 4e12, 1, 1e5, 7e5));
        }
        assertEquals(2e13, value(big, "vacancies"));
    }

    @Test
    void textParsingAgreesWithParsingTheDouble() {
        List<String> texts = new ArrayList<>(List.of("0", "7", "007", "12.5", "0.123", "3.000", "999999999",
                "999999999.999", "1000000000", "0.1234567", "1e3", "-1", ".5", "5.", "1.2.3", "123456789012345"));
        for (String t : texts) {
            char[] c = t.toCharArray();
            for (int scale : new int[] {FixedPoint.VALUE_SCALE, FixedPoint.WEIGHT_SCALE}) {
                long parsed = FixedPoint.parse(c, 0, c.length, scale);
                if (parsed != FixedPoint.NONE) {
                    long viaDouble = scale == FixedPoint.WEIGHT_SCALE ? FixedPoint.micros(Double.parseDouble(t))
                            : FixedPoint.millis(Double.parseDouble(t));
                    assertEquals(viaDouble, parsed, t);
                }
            }
        }
        assertEquals(12_500, FixedPoint.parse("12.5".toCharArray(), 0, 4, FixedPoint.VALUE_SCALE));
        assertEquals(FixedPoint.NONE, FixedPoint.parse("1e3".toCharArray(), 0, 3, FixedPoint.VALUE_SCALE));
    }
}
