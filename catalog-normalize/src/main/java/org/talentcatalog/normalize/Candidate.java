package org.talentcatalog.normalize;

import org.talentcatalog.model.OccupationLevel;

/**
 * One ranked occupation code for a title.
 *
 * @param code the full 2022 code, e.g. {@code 4-04-05-03}
 * @param name its name in the 大典, e.g. {@code 呼叫中心服务员}
 * @param level its level (a labelled set may code a title only to a 小类 or 中类, and so may the coder)
 * @param score the share of the evidence behind this code, in [0, 1]; the scores of a ranking sum to at
 *     most 1
 */
public record Candidate(String code, String name, OccupationLevel level, double score) {
}
