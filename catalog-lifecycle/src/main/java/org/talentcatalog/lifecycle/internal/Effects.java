package org.talentcatalog.lifecycle.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.talentcatalog.lifecycle.EffectEvaluation;
import org.talentcatalog.lifecycle.EffectEvaluation.GroupEffect;
import org.talentcatalog.lifecycle.EffectEvaluation.Interval;
import org.talentcatalog.lifecycle.EffectEvaluation.PositionEffect;
import org.talentcatalog.lifecycle.Evaluation;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.PositionRow;
import org.talentcatalog.scoring.SurveyAggregate;
import org.talentcatalog.scoring.SurveyData;
import org.talentcatalog.scoring.SurveyOptions;

/**
 * The difference in differences and its bootstrap (docs/lifecycle.md, "Effect evaluation"). A
 * replicate draws, with one {@link SplittableRandom} seeded by the options, n₁ respondents of the
 * first wave with replacement (n₁ draws of {@code nextInt(n₁)}), then n₂ of the second wave, in that
 * order, aggregates each resampled wave exactly as the waves themselves and computes the difference
 * in differences; the interval is the type-7 quantiles (1 − level)/2 and (1 + level)/2 of the
 * replicates in which the indicator could be computed (none when fewer than two could).
 */
public final class Effects {

    private Effects() {
    }

    /** The evaluation. */
    public static EffectEvaluation evaluate(Catalog catalog, SurveyData before, SurveyData after, Evaluation.Options options) {
        Map<String, ShortageLevel> levels = new LinkedHashMap<>();
        Set<String> listed = new java.util.HashSet<>();
        for (Position p : catalog.positions()) {
            if (p.id() != null) {
                listed.add(p.id());
                if (p.level() != null) {
                    levels.putIfAbsent(p.id(), p.level());
                }
            }
        }
        Map<String, Map<String, Double>> b = rows(before.indicators(options.survey()).rows());
        Map<String, Map<String, Double>> a = rows(after.indicators(options.survey()).rows());
        Set<String> ids = new TreeSet<>(b.keySet());
        ids.addAll(a.keySet());
        ids.addAll(listed);
        List<PositionEffect> positions = new ArrayList<>();
        for (boolean inCatalog : new boolean[] {true, false}) {
            for (String id : ids) {
                if (listed.contains(id) == inCatalog) {
                    Map<String, Double> pb = b.getOrDefault(id, Map.of());
                    Map<String, Double> pa = a.getOrDefault(id, Map.of());
                    positions.add(new PositionEffect(id, inCatalog, levels.get(id), pb, pa, change(pb, pa)));
                }
            }
        }
        GroupEffect inGroup = group(b, a, listed, true);
        GroupEffect outGroup = group(b, a, listed, false);
        Map<String, Double> did = difference(inGroup, outGroup);
        return new EffectEvaluation(positions, inGroup, outGroup, did, intervals(before, after, listed, options));
    }

    /** An indicator table as id → the standard indicators it has. */
    static Map<String, Map<String, Double>> rows(List<PositionRow> rows) {
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (PositionRow r : rows) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (String ind : Evaluation.INDICATORS) {
                Double v = r.values().get(ind);
                if (v != null && Double.isFinite(v)) {
                    values.put(ind, v);
                }
            }
            out.put(r.id(), values);
        }
        return out;
    }

    static Map<String, Double> change(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String ind : Evaluation.INDICATORS) {
            if (before.containsKey(ind) && after.containsKey(ind)) {
                out.put(ind, after.get(ind) - before.get(ind));
            }
        }
        return out;
    }

    /** The group's positions present in both waves and, per indicator, their unweighted mean change. */
    static GroupEffect group(Map<String, Map<String, Double>> before, Map<String, Map<String, Double>> after,
            Set<String> listed, boolean inCatalog) {
        int count = 0;
        double[] sums = new double[Evaluation.INDICATORS.size()];
        int[] counts = new int[sums.length];
        for (Map.Entry<String, Map<String, Double>> e : new java.util.TreeMap<>(before).entrySet()) {
            Map<String, Double> later = after.get(e.getKey());
            if (later == null || listed.contains(e.getKey()) != inCatalog) {
                continue;
            }
            count++;
            for (int k = 0; k < sums.length; k++) {
                String ind = Evaluation.INDICATORS.get(k);
                if (e.getValue().containsKey(ind) && later.containsKey(ind)) {
                    sums[k] += later.get(ind) - e.getValue().get(ind);
                    counts[k]++;
                }
            }
        }
        Map<String, Double> mean = new LinkedHashMap<>();
        for (int k = 0; k < sums.length; k++) {
            if (counts[k] > 0) {
                mean.put(Evaluation.INDICATORS.get(k), sums[k] / counts[k]);
            }
        }
        return new GroupEffect(count, mean);
    }

    static Map<String, Double> difference(GroupEffect listed, GroupEffect unlisted) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String ind : Evaluation.INDICATORS) {
            Double l = listed.meanChange().get(ind);
            Double u = unlisted.meanChange().get(ind);
            if (l != null && u != null) {
                out.put(ind, l - u);
            }
        }
        return out;
    }

    private static Map<String, Interval> intervals(SurveyData before, SurveyData after, Set<String> listed,
            Evaluation.Options options) {
        Map<String, Interval> out = new LinkedHashMap<>();
        if (options.replicates() == 0) {
            return out;
        }
        List<SurveyAggregate> first = before.respondentAggregates();
        List<SurveyAggregate> second = after.respondentAggregates();
        SplittableRandom random = new SplittableRandom(options.seed());
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, Integer> filled = new HashMap<>();
        for (int r = 0; r < options.replicates(); r++) {
            Map<String, Map<String, Double>> b = resample(first, random, options.survey());
            Map<String, Map<String, Double>> a = resample(second, random, options.survey());
            difference(group(b, a, listed, true), group(b, a, listed, false)).forEach((ind, v) -> {
                int n = filled.merge(ind, 1, Integer::sum);
                values.computeIfAbsent(ind, k -> new double[options.replicates()])[n - 1] = v;
            });
        }
        double lowP = (1 - options.level()) / 2;
        double highP = (1 + options.level()) / 2;
        for (String ind : Evaluation.INDICATORS) {
            int n = filled.getOrDefault(ind, 0);
            if (n >= 2) {
                double[] v = java.util.Arrays.copyOf(values.get(ind), n);
                out.put(ind, new Interval(Statistics.quantile(v, lowP), Statistics.quantile(v, highP)));
            }
        }
        return out;
    }

    private static Map<String, Map<String, Double>> resample(List<SurveyAggregate> respondents, SplittableRandom random,
            SurveyOptions options) {
        int n = respondents.size();
        int[] times = new int[n];
        for (int i = 0; i < n; i++) {
            times[random.nextInt(n)]++;
        }
        SurveyAggregate drawn = new SurveyAggregate();
        for (int i = 0; i < n; i++) {
            if (times[i] > 0) {
                drawn.addAll(respondents.get(i), times[i]);
            }
        }
        return rows(drawn.toIndicatorTable(options).rows());
    }
}
