package org.talentcatalog.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who answered the demand survey: distinct respondents per respondent type, industry and region,
 * the positions with fewer respondents than {@code minRespondents}, and which of the seed's three
 * sources (用人单位、行业协会、人力资源服务机构) contributed nothing.
 *
 * @param respondentsByType respondent type code → distinct respondents (every type listed, 0 if none)
 * @param respondentsByIndustry industry → distinct respondents ("" for rows without industry)
 * @param respondentsByRegion region → distinct respondents ("" for rows without region)
 * @param positionsUnderMinimum ids of positions with fewer than {@code minRespondents} respondents
 * @param missingSeedSources codes of EMPLOYER, INDUSTRY_ASSOCIATION, HR_SERVICE_AGENCY without any row
 */
public record Coverage(Map<String, Integer> respondentsByType, Map<String, Integer> respondentsByIndustry,
        Map<String, Integer> respondentsByRegion, List<String> positionsUnderMinimum,
        List<String> missingSeedSources) {

    /** Copies every collection (keeping order). */
    public Coverage {
        respondentsByType = Collections.unmodifiableMap(new LinkedHashMap<>(respondentsByType));
        respondentsByIndustry = Collections.unmodifiableMap(new LinkedHashMap<>(respondentsByIndustry));
        respondentsByRegion = Collections.unmodifiableMap(new LinkedHashMap<>(respondentsByRegion));
        positionsUnderMinimum = List.copyOf(positionsUnderMinimum);
        missingSeedSources = List.copyOf(missingSeedSources);
    }
}
