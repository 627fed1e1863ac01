package org.talentcatalog.lifecycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.ShortageLevel;

/**
 * What happened to the listed positions compared with the rest between two survey waves (seed 十一,
 * docs/lifecycle.md, "Effect evaluation"). Indicator maps hold the standard survey indicators that
 * could be computed, in {@link Evaluation#INDICATORS} order.
 *
 * @param positions every position of either wave and every position of the catalog, listed ones first, by id
 * @param listed the catalog's positions present in both waves
 * @param unlisted the other positions present in both waves (the comparison group)
 * @param differenceInDifferences per indicator, the listed group's mean change minus the unlisted group's
 * @param intervals per indicator, the percentile bootstrap interval of the difference in differences
 */
public record EffectEvaluation(List<PositionEffect> positions, GroupEffect listed, GroupEffect unlisted,
        Map<String, Double> differenceInDifferences, Map<String, Interval> intervals) {

    /** Copies the collections. */
    public EffectEvaluation {
        positions = List.copyOf(positions);
        Objects.requireNonNull(listed, "listed");
        Objects.requireNonNull(unlisted, "unlisted");
        differenceInDifferences = copy(differenceInDifferences);
        intervals = copy(intervals);
    }

    static <V> Map<String, V> copy(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * One position in the two waves.
     *
     * @param id the position id
     * @param listed whether the catalog lists it
     * @param level its level in the catalog, {@code null} when unlisted or not levelled
     * @param before its indicators in the first wave (empty when it is not in that wave)
     * @param after its indicators in the second wave (empty when it is not in that wave)
     * @param change after − before, for the indicators present in both
     */
    public record PositionEffect(String id, boolean listed, @Nullable ShortageLevel level, Map<String, Double> before,
            Map<String, Double> after, Map<String, Double> change) {

        /** Copies the maps. */
        public PositionEffect {
            Objects.requireNonNull(id, "id");
            before = copy(before);
            after = copy(after);
            change = copy(change);
        }
    }

    /**
     * A group's change.
     *
     * @param positions how many of the group's positions are present in both waves
     * @param meanChange per indicator, the unweighted mean change over those positions that have it in both waves
     */
    public record GroupEffect(int positions, Map<String, Double> meanChange) {

        /** Copies the map. */
        public GroupEffect {
            meanChange = copy(meanChange);
        }
    }

    /**
     * A bootstrap interval.
     *
     * @param low the lower bound
     * @param high the upper bound
     */
    public record Interval(double low, double high) {
    }

    /** The JSON of docs/lifecycle.md ("Effect evaluation"), pretty-printed. */
    public String toJson() {
        return org.talentcatalog.lifecycle.internal.EvaluationJson.write(this);
    }
}
