package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.AmbiguousIds;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;

/**
 * Documents whose position ids repeat or are missing: positions of such an id are paired in document
 * order, so a document compared with itself has no change, and the diff says why.
 */
class AmbiguousIdsDiffTest {

    private static Position position(String id, String name) {
        return CatalogGenerators.position(new Random(name.hashCode()), "X").toBuilder().id(id)
                .name(LocalizedText.of(name)).industry("INTEGRATED_CIRCUIT").build();
    }

    private static Catalog catalog(Position... positions) {
        return CatalogGenerators.catalog(new Random(1)).toBuilder().extensions(Extensions.none()).positions(List.of(positions)).build();
    }

    private static final Catalog BROKEN = catalog(position("IC-001", "集成电路设计工程师"), position("IC-002", "工艺整合工程师"),
            position("IC-001", "封装测试工程师"), position(null, "芯片验证工程师"), position(null, "数据分析师"));

    @Test
    void aDocumentWithRepeatedAndMissingIdsHasNoChangeAgainstItselfAndSaysWhy() {
        CatalogDiff diff = CatalogDiff.between(BROKEN, BROKEN);
        assertTrue(diff.isEmpty(), diff::toString);
        assertEquals(new AmbiguousIds(List.of("IC-001"), 2), diff.olderAmbiguousIds());
        assertTrue(diff.pairedByOrder());
        assertEquals("注：旧版中岗位编号重复（IC-001），2 个岗位没有编号；新版中岗位编号重复（IC-001），2 个岗位没有编号；"
                + "编号相同或缺失的岗位按在文档中的先后顺序配对", diff.pairingNote(Locale.CHINESE));
        assertEquals("Note: the older edition has repeated position ids (IC-001) and 2 position(s) without an id;"
                + " the newer edition has repeated position ids (IC-001) and 2 position(s) without an id;"
                + " positions that share an id, or have none, are paired in document order", diff.pairingNote(Locale.ENGLISH));
        JsonNode order = diff.toJson().get("pairedByOrder");
        assertEquals("[\"IC-001\"]", order.path("older").path("duplicateIds").toString());
        assertEquals(2, order.path("newer").path("withoutId").asInt());
    }

    @Test
    void theSecondPositionOfARepeatedIdPairsWithTheSecondNotAsARename() {
        Catalog newer = catalog(position("IC-001", "集成电路设计工程师"), position("IC-002", "工艺整合工程师"),
                position("IC-001", "先进封装测试工程师"), position(null, "芯片验证工程师"));
        CatalogDiff diff = CatalogDiff.between(BROKEN, newer);
        assertEquals(List.of(), diff.renamed());
        assertEquals(List.of(), diff.added());
        assertEquals(List.of("数据分析师"), diff.removed().stream().map(p -> p.name().zh()).toList());
        assertEquals(1, diff.changed().size());
        assertEquals("封装测试工程师", diff.changed().get(0).older().name().zh());
        assertEquals("先进封装测试工程师", diff.changed().get(0).newer().name().zh());
        assertEquals("注：旧版中岗位编号重复（IC-001），2 个岗位没有编号；新版中岗位编号重复（IC-001），1 个岗位没有编号；"
                + "编号相同或缺失的岗位按在文档中的先后顺序配对", diff.pairingNote(null));
        assertEquals(diff.inverse(), CatalogDiff.between(newer, BROKEN));
    }

    @Test
    void aValidCatalogHasNoNoteAndNoField() {
        Catalog valid = catalog(position("IC-001", "集成电路设计工程师"), position("IC-002", "工艺整合工程师"));
        CatalogDiff diff = CatalogDiff.between(valid, valid);
        assertFalse(diff.pairedByOrder());
        assertNull(diff.pairingNote(Locale.ENGLISH));
        assertFalse(diff.toJson().has("pairedByOrder"));
        assertTrue(diff.olderAmbiguousIds().isEmpty());
    }

    @Test
    void aLongListOfRepeatedIdsIsCut() {
        AmbiguousIds many = new AmbiguousIds(List.of("A", "B", "C", "D", "E", "F", "G"), 0);
        assertEquals("岗位编号重复（A、B、C、D、E 等 7 个）", many.describe(Locale.CHINESE));
        assertEquals("repeated position ids (A, B, C, D, E, 7 in all)", many.describe(Locale.ENGLISH));
        assertEquals("", new AmbiguousIds(List.of(), 0).describe(Locale.ENGLISH));
    }
}
