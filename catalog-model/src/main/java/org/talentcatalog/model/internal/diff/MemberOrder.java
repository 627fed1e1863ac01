package org.talentcatalog.model.internal.diff;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which field changes are listed: docs/format.md's member order (one global ranking that
 * agrees with every object's order), unknown members after by name, extension members last by name,
 * and plain name order inside extension values. It depends only on the names, not on either edition,
 * so a diff and its inverse list the same changes in the same order.
 */
final class MemberOrder {

    private static final List<String> CANONICAL = List.of(
            "formatVersion", "id", "code", "title", "name", "zh", "en", "role", "creditCode", "selection",
            "industry", "industryClass", "occupationCode", "category", "kind", "level", "score", "confidence",
            "rationale", "scope", "industries", "region", "program", "type", "date", "participants", "summary",
            "edition", "version", "publishedOn", "validFrom", "validUntil", "supersedes", "status", "issuance",
            "compilers", "jointIssuers", "documentNumber", "contractor", "methodology", "survey", "from", "to",
            "sampleSize", "respondents", "EMPLOYER", "INDUSTRY_ASSOCIATION", "HR_SERVICE_AGENCY",
            "RESEARCH_INSTITUTE", "THIRD_PARTY_DATA", "methods", "scoring", "method", "indicators", "direction",
            "weight", "thresholds", "VERY_SCARCE", "SCARCE", "GENERALLY_SCARCE", "consultations", "positions",
            "minYears", "description", "requirements", "education", "majors", "competencies", "experience",
            "certifications", "shortage", "demand", "headcount", "salary", "min", "max", "currency", "period",
            "policies");

    private static final Map<String, Integer> RANK = new HashMap<>();

    static {
        for (int i = 0; i < CANONICAL.size(); i++) {
            RANK.put(CANONICAL.get(i), i);
        }
    }

    /** Orders the members of a format object (extension members last). */
    static final Comparator<String> FORMAT = Comparator.comparingInt(MemberOrder::group)
            .thenComparingInt(name -> RANK.getOrDefault(name, 0))
            .thenComparing(Comparator.naturalOrder());

    /** Orders the members inside an extension value. */
    static final Comparator<String> FREE = Comparator.naturalOrder();

    private MemberOrder() {
    }

    private static int group(String name) {
        return name.startsWith("x-") ? 2 : RANK.containsKey(name) ? 0 : 1;
    }
}
