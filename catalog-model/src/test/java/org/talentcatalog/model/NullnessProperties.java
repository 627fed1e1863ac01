package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/**
 * The model's nullness annotations tell the truth: a member a document lacks reads as {@code null}
 * only where the component is {@code @Nullable}, and every {@code @Nullable} component of the
 * catalog's records (and of a diff's changes) really is {@code null} for some document.
 */
class NullnessProperties {

    @Example
    void everyAbsentMemberIsANullableComponentAndEveryNullableComponentCanBeAbsent() {
        Catalog full = full();
        JsonNode tree = CatalogJson.toTree(full);
        NullnessCheck check = new NullnessCheck().walk(CatalogJson.fromTree(tree), "");
        assertEquals(Set.of(), check.seenNull(), "the full catalog gives every member");
        List<String> unbound = new ArrayList<>();
        for (String pointer : memberPointers(tree, "")) {
            ObjectNode lacking = tree.deepCopy();
            JsonPointer at = JsonPointer.compile(pointer);
            ((ObjectNode) lacking.at(at.head())).remove(at.last().getMatchingProperty());
            Catalog read;
            try {
                read = CatalogJson.fromTree(lacking);
            } catch (CatalogJsonException e) {
                unbound.add(pointer);
                continue;
            }
            check.walk(read, pointer);
            CatalogDiff removed = CatalogDiff.between(full, read);
            CatalogDiff added = CatalogDiff.between(read, full);
            for (CatalogDiff diff : List.of(removed, added)) {
                check.walk(diff.catalogChanges(), pointer + " (diff)");
                check.walk(diff.changed(), pointer + " (diff)");
                check.walk(diff.renamed(), pointer + " (diff)");
            }
        }
        assertEquals(List.of(), check.problems());
        Set<String> neverNull = new TreeSet<>(NullnessCheck.nullableComponents(Catalog.class, FieldChange.class,
                PositionChange.class));
        neverNull.removeAll(check.seenNull());
        assertEquals(Set.of(), neverNull, "@Nullable components that no document made null");
        // Only a partial thresholds object cannot be bound (docs/decisions.md).
        assertTrue(unbound.stream().allMatch(p -> p.startsWith("/methodology/scoring/thresholds/")), unbound::toString);
    }

    @Property(tries = 100)
    void builtAndReadCatalogsHoldNoUnexpectedNull(@ForAll("catalogs") Catalog catalog) {
        NullnessCheck check = new NullnessCheck()
                .walk(catalog, "built")
                .walk(CatalogJson.readString(CatalogJson.write(catalog)), "read");
        assertEquals(List.of(), check.problems());
    }

    @Provide
    Arbitrary<Catalog> catalogs() {
        return CatalogArbitraries.catalogs();
    }

    /** The pointer of every object member in the tree, depth first. */
    private static List<String> memberPointers(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String pointer = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                out.add(pointer);
                out.addAll(memberPointers(e.getValue(), pointer));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(memberPointers(node.get(i), at + "/" + i));
            }
        }
        return out;
    }

    /** A catalog that gives every member of the format, optional ones included. */
    static Catalog full() {
        LocalizedText text = new LocalizedText("集成电路", "Integrated circuits");
        String creditCode = "91350100M000100Y43";
        Organization compiler = new Organization("上海市人力资源和社会保障局", OrganizationRole.MUNICIPAL_HRSS, creditCode);
        Organization joint = new Organization("上海市经济和信息化委员会", OrganizationRole.INDUSTRY_AUTHORITY, creditCode);
        Contractor contractor = new Contractor("上海市人才研究院", OrganizationRole.INDUSTRY_AUTHORITY, creditCode,
                ContractorSelection.OPEN_COMPETITION);
        Issuance issuance = new Issuance(List.of(compiler), List.of(joint), "沪人社力〔2023〕438号", contractor);
        Survey survey = new Survey(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 5, 31), 1200,
                Map.of(RespondentType.EMPLOYER, 800), List.of(SurveyMethod.TYPICAL_SURVEY));
        ScoringMethod scoring = new ScoringMethod("熵权法",
                List.of(new Indicator("demand_ratio", LocalizedText.of("求人倍率", "demand ratio"),
                        IndicatorDirection.POSITIVE, 0.4)),
                new Thresholds(0.8, 0.6, 0.4));
        Methodology methodology = new Methodology(survey, scoring,
                List.of(new Consultation(ConsultationType.EXPERT_REVIEW, LocalDate.of(2023, 6, 1), 12, "专家论证通过")));
        Extensions extensions = Extensions.of(Map.of("x-source", TextNode.valueOf("人社局")));
        Requirements requirements = new Requirements(Education.MASTER, List.of("微电子"), List.of("版图设计"),
                new Experience(3, "三年以上芯片设计经验"), List.of("高级工程师"), extensions);
        Position position = new Position("IC-001", new LocalizedText("集成电路设计工程师", "IC design engineer"),
                "INTEGRATED_CIRCUIT", "C3973", "2-02-09-06", JobCategory.APPLIED_TECHNOLOGY,
                new LocalizedText("负责芯片设计", "Designs chips"), requirements,
                new Shortage(ShortageLevel.VERY_SCARCE, 0.9, 0.8, "求人倍率高"),
                new Demand(20, new Salary(new BigDecimal("300000"), new BigDecimal("600000"), "CNY", SalaryPeriod.YEAR)),
                List.of(Policy.TALENT_INTRODUCTION), extensions);
        return new Catalog(Catalog.FORMAT_VERSION, "sh-ic", text, CatalogKind.INDUSTRY, CatalogLevel.MUNICIPAL,
                new Scope(List.of("INTEGRATED_CIRCUIT"), new Region("310115", "浦东新区"),
                        new Program(text, ProgramType.MAJOR_STRATEGY)),
                new Edition("2024.1", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28), "2024"),
                Status.PUBLISHED, issuance, methodology, List.of(position), extensions);
    }
}
