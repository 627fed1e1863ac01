package org.talentcatalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The generators really exercise what the round-trip properties claim: these coverage checks fail
 * the build when a generator stops producing extension members, nulls, big numbers, Chinese text,
 * absent optional members or the longest allowed texts often enough.
 */
class CatalogArbitrariesProperties {

    @Provide
    Arbitrary<Catalog> catalogs() {
        return CatalogArbitraries.catalogs();
    }

    // Bounds sit about five standard deviations below the observed rates (n = 300), so a run fails
    // only when a generator really stops producing a feature, not by chance.
    @Property(tries = 300)
    void generatedCatalogsCoverExtensionsNumbersTextsAndOptionalMembers(@ForAll("catalogs") Catalog c) {
        boolean catalogExt = !c.extensions().isEmpty();
        boolean positionExt = c.positions().stream().anyMatch(p -> !p.extensions().isEmpty());
        boolean requirementsExt = c.positions().stream().anyMatch(p -> !p.requirements().extensions().isEmpty());
        boolean nullValue = anyExtensionValue(c, JsonNode::isNull);
        boolean bigNumber = anyExtensionValue(c, n -> n.isBigInteger() || n.isBigDecimal());
        boolean nested = anyExtensionValue(c, JsonNode::isContainerNode);
        String json = CatalogJson.write(c);
        boolean chinese = json.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FA5);
        boolean outsideBmp = json.codePoints().anyMatch(Character::isSupplementaryCodePoint);
        boolean noMethodology = c.methodology() == null;
        boolean absentEnglish = c.title().en() == null;
        boolean longDescription = c.positions().stream().anyMatch(p -> p.description() != null
                && p.description().zh().codePointCount(0, p.description().zh().length()) == Position.DESCRIPTION_MAX);

        Statistics.label("catalog x-").collect(catalogExt).coverage(k -> k.check(true).percentage(p -> p > 20));
        Statistics.label("position x-").collect(positionExt).coverage(k -> k.check(true).percentage(p -> p > 12));
        Statistics.label("requirements x-").collect(requirementsExt).coverage(k -> k.check(true).percentage(p -> p > 12));
        Statistics.label("null value").collect(nullValue).coverage(k -> k.check(true).percentage(p -> p > 12));
        Statistics.label("big number").collect(bigNumber).coverage(k -> k.check(true).percentage(p -> p > 20));
        Statistics.label("nested value").collect(nested).coverage(k -> k.check(true).percentage(p -> p > 15));
        Statistics.label("chinese").collect(chinese).coverage(k -> k.check(true).percentage(p -> p > 95));
        Statistics.label("outside BMP").collect(outsideBmp).coverage(k -> k.check(true).percentage(p -> p > 30));
        Statistics.label("methodology absent").collect(noMethodology).coverage(k -> {
            k.check(true).percentage(p -> p > 10);
            k.check(false).percentage(p -> p > 20);
        });
        Statistics.label("title.en absent").collect(absentEnglish).coverage(k -> {
            k.check(true).percentage(p -> p > 20);
            k.check(false).percentage(p -> p > 20);
        });
        Statistics.label("4000-code-point description").collect(longDescription).coverage(k -> k.check(true).count(n -> n > 0));
        Statistics.label("kind").collect(c.kind()).coverage(k -> {
            for (CatalogKind kind : CatalogKind.values()) {
                k.check(kind).count(n -> n > 0);
            }
        });
    }

    private static boolean anyExtensionValue(Catalog c, Predicate<JsonNode> test) {
        AtomicBoolean found = new AtomicBoolean();
        c.extensions().forEach((k, v) -> found.compareAndSet(false, anyNode(v, test)));
        c.positions().forEach(p -> {
            p.extensions().forEach((k, v) -> found.compareAndSet(false, anyNode(v, test)));
            p.requirements().extensions().forEach((k, v) -> found.compareAndSet(false, anyNode(v, test)));
        });
        return found.get();
    }

    private static boolean anyNode(JsonNode node, Predicate<JsonNode> test) {
        if (test.test(node)) {
            return true;
        }
        for (JsonNode child : node) {
            if (anyNode(child, test)) {
                return true;
            }
        }
        return false;
    }
}
