package org.talentcatalog.scoring;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.scoring.internal.ConsensusJson;

/**
 * Expert consensus (专家意见协调程度): Kendall's W over the experts who rated every item, and
 * per-item statistics over all ratings.
 *
 * <p>When every expert gave every item the same score there is no ranking to agree on: W, the
 * corrected W, χ² and the p-value are then undefined, {@code null}, and a warning says so
 * ({@code KENDALL_UNDEFINED}).
 *
 * @param experts number of experts used for W (m)
 * @param items number of items (n)
 * @param w Kendall's W = 12S/(m²(n³ − n)); {@code null} when undefined
 * @param wCorrected tie-corrected W = 12S/(m²(n³ − n) − m·Σ(t³ − t)); {@code null} when undefined
 * @param chiSquare χ² = m(n − 1)·wCorrected (the χ² uses the tie-corrected W); {@code null} when undefined
 * @param df degrees of freedom n − 1
 * @param pValue P(χ²_df ≥ chiSquare); {@code null} when undefined
 * @param fullMark the full mark used for the full-mark ratio
 * @param fullMarkSource {@code "configured"} or {@code "observed maximum"}
 * @param excludedExperts experts who left at least one item blank: excluded from W, their ratings
 *     still count in the item statistics
 * @param itemStatistics per item, in first-seen order
 * @param warnings warnings, such as W being undefined
 */
public record ConsensusResult(int experts, int items, @Nullable Double w, @Nullable Double wCorrected,
        @Nullable Double chiSquare, int df, @Nullable Double pValue, double fullMark, String fullMarkSource,
        List<String> excludedExperts, List<ItemStatistics> itemStatistics, List<ScoringWarning> warnings) {

    /** How blanks are handled, stated in every output. */
    public static final String BLANK_HANDLING_EN = "experts who did not rate every item are excluded from W and"
            + " listed in excludedExperts; their ratings still count in the item statistics";

    /** The same statement in Chinese. */
    public static final String BLANK_HANDLING_ZH = "未对全部条目评分的专家不参与 W 的计算并列于 excludedExperts；"
            + "其评分仍计入各条目统计";

    /** Copies the lists. */
    public ConsensusResult {
        excludedExperts = List.copyOf(excludedExperts);
        itemStatistics = List.copyOf(itemStatistics);
        warnings = List.copyOf(warnings);
    }

    /**
     * The result as JSON.
     *
     * @param locale the language of the blank-handling statement
     * @return pretty-printed JSON
     */
    public String toJson(@Nullable Locale locale) {
        return ConsensusJson.write(this, locale);
    }
}
