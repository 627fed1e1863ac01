package org.talentcatalog.model;

import static org.talentcatalog.model.CatalogArbitraries.amount;
import static org.talentcatalog.model.CatalogArbitraries.industryCode;
import static org.talentcatalog.model.CatalogArbitraries.localized;
import static org.talentcatalog.model.JsonValueArbitraries.extensions;
import static org.talentcatalog.model.JsonValueArbitraries.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid positions and their parts; see {@link CatalogArbitraries}. */
public final class PositionArbitraries {

    private PositionArbitraries() {
    }

    /** Zero to four positions with unique ids (R2). */
    public static Arbitrary<List<Position>> positions() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<Position>of())),
                net.jqwik.api.Tuple.of(6, position().list().ofMinSize(1).ofMaxSize(4).uniqueElements(Position::id)));
    }

    /** A position id, {@code ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$}. */
    public static Arbitrary<String> positionId() {
        return Combinators.combine(
                Arbitraries.strings().alpha().numeric().ofLength(1),
                Arbitraries.strings().alpha().numeric().withChars('.', '_', '-').ofMaxLength(63)).as(String::concat);
    }

    /** A valid position. */
    public static Arbitrary<Position> position() {
        Arbitrary<String> industryClass = Combinators.combine(
                        Arbitraries.chars().range('A', 'T'), Arbitraries.of(0, 2, 3, 4),
                        Arbitraries.strings().numeric().ofLength(4))
                .as((section, digits, n) -> section + n.substring(0, digits));
        Arbitrary<String> occupation = Combinators.combine(Arbitraries.integers().between(1, 8),
                        Arbitraries.strings().numeric().ofLength(6), Arbitraries.integers().between(0, 2))
                .as((major, d, groups) -> major + "-" + d.substring(0, 2) + (groups >= 1 ? "-" + d.substring(2, 4) : "")
                        + (groups == 2 ? "-" + d.substring(4, 6) : ""));
        return Combinators.combine(positionId(), localized(200), industryCode(), industryClass.injectNull(0.5),
                        occupation.injectNull(0.5), Arbitraries.of(JobCategory.class),
                        localized(Position.DESCRIPTION_MAX).injectNull(0.5), requirements())
                .flatAs((id, name, industry, cls, occ, category, description, requirements) ->
                        Combinators.combine(shortage().injectNull(0.3), demand().injectNull(0.5),
                                        Arbitraries.subsetOf(Policy.values()).map(s -> List.copyOf(new LinkedHashSet<>(s))),
                                        extensions())
                                .as((shortage, demand, policies, ext) -> new Position(id, name, industry, cls, occ,
                                        category, description, requirements, shortage, demand, policies, ext)));
    }

    /** Unique, non-blank items of at most 200 code points. */
    static Arbitrary<List<String>> items() {
        return text(200).list().ofMaxSize(4).uniqueElements();
    }

    /** Valid requirements, extension members included. */
    public static Arbitrary<Requirements> requirements() {
        Arbitrary<Experience> experience = Combinators.combine(Arbitraries.integers().between(0, 50),
                text(2000).injectNull(0.5)).as(Experience::new);
        return Combinators.combine(Arbitraries.of(Education.class), items(), items(), experience.injectNull(0.4),
                items(), extensions()).as(Requirements::new);
    }

    static Arbitrary<Shortage> shortage() {
        Arbitrary<Double> unit = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 1.0, 0.5, 1e-9));
        return Combinators.combine(Arbitraries.of(ShortageLevel.class), unit.injectNull(0.3), unit.injectNull(0.3),
                text(2000).injectNull(0.5)).as(Shortage::new);
    }

    static Arbitrary<Demand> demand() {
        Arbitrary<Salary> salary = Combinators.combine(amount(), amount(),
                        Arbitraries.of("CNY", "USD", "EUR", "HKD").injectNull(0.5), Arbitraries.of(SalaryPeriod.class))
                .as((a, b, currency, period) -> {
                    List<BigDecimal> ab = new ArrayList<>(List.of(a, b));
                    ab.sort(null);
                    return new Salary(ab.get(0), ab.get(1), currency, period);
                });
        return Combinators.combine(Arbitraries.integers().between(0, 100_000).injectNull(0.3), salary.injectNull(0.3))
                .as(Demand::new);
    }
}
