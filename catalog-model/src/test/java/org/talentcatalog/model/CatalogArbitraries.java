package org.talentcatalog.model;

import static org.talentcatalog.model.JsonValueArbitraries.extensions;
import static org.talentcatalog.model.JsonValueArbitraries.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of VALID catalogs: every member and code of docs/format.md, optional members present
 * and absent, Chinese text, extension members with any JSON value at the three allowed levels, and
 * every per-field constraint respected (patterns, lengths in code points, non-blank text, unique
 * items, credit-code check characters). Scope matches kind (R1), position ids are unique (R2) and
 * ordered pairs hold (R6, R7), so the catalogs are also good input for the rule layer.
 *
 * <p>Published in the test-jar for the schema module. {@link PositionArbitraries} makes positions.
 */
public final class CatalogArbitraries {

    private CatalogArbitraries() {
    }

    /** A valid catalog. */
    public static Arbitrary<Catalog> catalogs() {
        Arbitrary<CatalogKind> kind = Arbitraries.of(CatalogKind.class);
        return kind.flatMap(k -> Combinators.combine(
                        catalogId(), localized(200), Arbitraries.of(CatalogLevel.class), scope(k), edition(),
                        Arbitraries.of(Status.class), issuance(), methodology().injectNull(0.3))
                .flatAs((id, title, level, scope, edition, status, issuance, methodology) ->
                        Combinators.combine(PositionArbitraries.positions(), extensions()).as((positions, ext) ->
                                new Catalog(Catalog.FORMAT_VERSION, id, title, k, level, scope, edition, status,
                                        issuance, methodology, positions, ext))));
    }

    /** A catalog series id, {@code ^[a-z0-9][a-z0-9._-]{1,63}$}. */
    public static Arbitrary<String> catalogId() {
        return Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').numeric().ofLength(1),
                Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('.', '_', '-').ofMinLength(1).ofMaxLength(63))
                .as(String::concat);
    }

    /** A localized text: Chinese always, English sometimes, each within {@code max} code points. */
    public static Arbitrary<LocalizedText> localized(int max) {
        return Combinators.combine(text(max), text(max).injectNull(0.4)).as(LocalizedText::new);
    }

    /** An upper-case code, {@code ^[A-Z][A-Z0-9_]{1,63}$}, mostly from the default industries. */
    public static Arbitrary<String> industryCode() {
        Arbitrary<String> made = Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
                Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars('_').ofMinLength(1).ofMaxLength(63))
                .as(String::concat);
        Arbitrary<String> known = Arbitraries.of(CodeLists.defaults().industries().stream().map(CodeEntry::code).toList());
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, known), net.jqwik.api.Tuple.of(1, made));
    }

    static Arbitrary<Scope> scope(CatalogKind kind) {
        Arbitrary<List<String>> industries = industryCode().list().uniqueElements().ofMaxSize(4);
        Arbitrary<Region> region = Combinators.combine(regionCode(), text(2000)).as(Region::new);
        Arbitrary<Program> program = Combinators.combine(localized(200), Arbitraries.of(ProgramType.class)).as(Program::new);
        return Combinators.combine(
                        kind == CatalogKind.INDUSTRY ? industries.filter(l -> !l.isEmpty()) : industries,
                        kind == CatalogKind.REGIONAL ? region : region.injectNull(0.7),
                        kind == CatalogKind.SPECIAL ? program : program.injectNull(0.7))
                .as(Scope::new);
    }

    /** A region code: a GB/T 2260 district code, a key-area code, or another well-formed code. */
    public static Arbitrary<String> regionCode() {
        return Arbitraries.oneOf(
                Arbitraries.of(CodeLists.defaults().regions().stream().map(CodeEntry::code).toList()),
                Arbitraries.strings().numeric().ofLength(6),
                industryCode());
    }

    static Arbitrary<String> version() {
        return Combinators.combine(Arbitraries.integers().between(1990, 2099),
                        Arbitraries.integers().between(0, 999).injectNull(0.4), Arbitraries.integers().between(1, 3))
                .as((year, minor, width) -> minor == null ? String.valueOf(year)
                        : year + "." + String.format("%0" + Math.max(width, String.valueOf(minor).length()) + "d", minor));
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** An edition with ordered validity and a supersedes version earlier than its own (R6, R7). */
    static Arbitrary<Edition> edition() {
        return Combinators.combine(version(), date().injectNull(0.3), date().injectNull(0.3), date().injectNull(0.3),
                        version().injectNull(0.5))
                .as((v, published, from, until, previous) -> {
                    boolean swap = from != null && until != null && from.isAfter(until);
                    String supersedes = previous != null
                            && CatalogVersion.parse(previous).compareTo(CatalogVersion.parse(v)) < 0 ? previous : null;
                    return new Edition(v, published, swap ? until : from, swap ? from : until, supersedes);
                });
    }

    /** A unified social credit code with a correct check character. */
    public static Arbitrary<String> creditCode() {
        return Arbitraries.strings().withChars(CreditCodes.ALPHABET.toCharArray()).ofLength(17)
                .map(first -> first + CreditCodes.checkCharacter(first).orElseThrow());
    }

    static Arbitrary<Organization> organization() {
        return Combinators.combine(text(2000), Arbitraries.of(OrganizationRole.class), creditCode().injectNull(0.5))
                .as(Organization::new);
    }

    static Arbitrary<Issuance> issuance() {
        Arbitrary<Contractor> contractor = Combinators.combine(text(2000), Arbitraries.of(OrganizationRole.class),
                creditCode().injectNull(0.5), Arbitraries.of(ContractorSelection.class)).as(Contractor::new);
        Arbitrary<String> documentNumber = Arbitraries.oneOf(
                Arbitraries.of("沪人社力〔2023〕438号", "浦人社〔2024〕12号"), text(100));
        return Combinators.combine(organization().list().ofMinSize(1).ofMaxSize(3), organization().list().ofMaxSize(3),
                documentNumber.injectNull(0.3), contractor.injectNull(0.5)).as(Issuance::new);
    }

    static Arbitrary<Methodology> methodology() {
        return Combinators.combine(survey().injectNull(0.3), scoring().injectNull(0.3),
                consultation().list().ofMaxSize(3)).as(Methodology::new);
    }

    static Arbitrary<Survey> survey() {
        Arbitrary<Map<RespondentType, Integer>> respondents = Arbitraries.subsetOf(RespondentType.values())
                .flatMap(types -> Arbitraries.integers().between(0, 100_000).list().ofSize(types.size()).map(counts -> {
                    Map<RespondentType, Integer> m = new EnumMap<>(RespondentType.class);
                    int i = 0;
                    for (RespondentType t : types) {
                        m.put(t, counts.get(i++));
                    }
                    return m;
                }));
        return Combinators.combine(date().injectNull(0.3), date().injectNull(0.3),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE).injectNull(0.3), respondents,
                        Arbitraries.subsetOf(SurveyMethod.values()).map(s -> List.copyOf(new LinkedHashSet<>(s))))
                .as((from, to, sample, resp, methods) -> {
                    boolean swap = from != null && to != null && from.isAfter(to);
                    return new Survey(swap ? to : from, swap ? from : to, sample, resp, methods);
                });
    }

    static Arbitrary<ScoringMethod> scoring() {
        Arbitrary<Indicator> indicator = Combinators.combine(
                Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                        Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('_').ofMaxLength(63)).as(String::concat),
                localized(200).injectNull(0.3), Arbitraries.of(IndicatorDirection.class),
                Arbitraries.doubles().between(-1e6, 1e6).injectNull(0.3)).as(Indicator::new);
        Arbitrary<Thresholds> thresholds = Arbitraries.doubles().between(0, 1).list().ofSize(3).map(l -> {
            List<Double> d = new ArrayList<>(l);
            d.sort(null);
            return new Thresholds(d.get(2), d.get(1), d.get(0));
        });
        return Combinators.combine(text(2000).injectNull(0.3), indicator.list().ofMaxSize(4), thresholds.injectNull(0.3))
                .as(ScoringMethod::new);
    }

    static Arbitrary<Consultation> consultation() {
        return Combinators.combine(Arbitraries.of(ConsultationType.class), date(),
                Arbitraries.integers().between(0, 5000).injectNull(0.3), text(2000).injectNull(0.4)).as(Consultation::new);
    }

    /** A non-negative amount with 0 to 2 decimals, up to 15 digits. */
    static Arbitrary<BigDecimal> amount() {
        return Combinators.combine(Arbitraries.longs().between(0, 999_999_999_999_999L), Arbitraries.integers().between(0, 2))
                .as(BigDecimal::valueOf);
    }
}
