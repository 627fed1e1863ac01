package org.talentcatalog.schema;

import java.util.List;
import org.talentcatalog.schema.internal.rules.R10KnownCodes;
import org.talentcatalog.schema.internal.rules.R11ValidUntilWhenPublished;
import org.talentcatalog.schema.internal.rules.R12DistinctNamesPerIndustry;
import org.talentcatalog.schema.internal.rules.R13ScoreMatchesLevel;
import org.talentcatalog.schema.internal.rules.R14ExpertReviewHeld;
import org.talentcatalog.schema.internal.rules.R15SeedSourcesSurveyed;
import org.talentcatalog.schema.internal.rules.R16DocumentNumberShape;
import org.talentcatalog.schema.internal.rules.R17KnownOccupationCode;
import org.talentcatalog.schema.internal.rules.R18KnownIndustryClass;
import org.talentcatalog.schema.internal.rules.R1ScopeMatchesKind;
import org.talentcatalog.schema.internal.rules.R2UniquePositionIds;
import org.talentcatalog.schema.internal.rules.R3PositionsPresent;
import org.talentcatalog.schema.internal.rules.R4HrssJointIssuer;
import org.talentcatalog.schema.internal.rules.R5PublicationRecorded;
import org.talentcatalog.schema.internal.rules.R6OrderedPairs;
import org.talentcatalog.schema.internal.rules.R7SupersedesEarlier;
import org.talentcatalog.schema.internal.rules.R8CreditCodeCheck;
import org.talentcatalog.schema.internal.rules.R9IndustryInScope;

/**
 * The numbered rules of docs/format.md: R1–R8 are errors, R9 onwards warnings. Adding a standard rule
 * means adding its class and one line here.
 */
public final class StandardRules {

    private static final List<Rule> ALL = List.of(
            new R1ScopeMatchesKind(), new R2UniquePositionIds(), new R3PositionsPresent(), new R4HrssJointIssuer(),
            new R5PublicationRecorded(), new R6OrderedPairs(), new R7SupersedesEarlier(), new R8CreditCodeCheck(),
            new R9IndustryInScope(), new R10KnownCodes(), new R11ValidUntilWhenPublished(),
            new R12DistinctNamesPerIndustry(), new R13ScoreMatchesLevel(), new R14ExpertReviewHeld(),
            new R15SeedSourcesSurveyed(), new R16DocumentNumberShape(),
            new R17KnownOccupationCode(),
            new R18KnownIndustryClass());

    private StandardRules() {
    }

    /** The standard rules in id order; immutable, stateless and shareable. */
    public static List<Rule> all() {
        return ALL;
    }
}
