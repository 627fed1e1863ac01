package org.talentcatalog.schema.internal.rules;

import java.util.List;
import org.talentcatalog.schema.spi.Rule;

/**
 * The numbered rules of docs/format.md, in id order: R1–R8 are errors, R9 onwards warnings. Adding a
 * standard rule is one class and one line here.
 */
public final class BuiltInRules {

    private static final List<Rule> ALL = List.of(
            new R1ScopeMatchesKind(), new R2UniquePositionIds(), new R3PositionsPresent(), new R4HrssJointIssuer(),
            new R5PublicationRecorded(), new R6OrderedPairs(), new R7SupersedesEarlier(), new R8CreditCodeCheck(),
            new R9IndustryInScope(), new R10KnownCodes(), new R11ValidUntilWhenPublished(),
            new R12DistinctNamesPerIndustry(), new R13ScoreMatchesLevel(), new R14ExpertReviewHeld(),
            new R15SeedSourcesSurveyed(), new R16DocumentNumberShape(),
            new R17KnownOccupationCode(),
            new R18KnownIndustryClass());

    private BuiltInRules() {
    }

    /** The standard rules: immutable, stateless and shareable. */
    public static List<Rule> all() {
        return ALL;
    }
}
