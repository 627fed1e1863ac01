package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.FieldChange;
import org.talentcatalog.model.LevelMove;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.PositionChange;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;

class CatalogDiffTest {

    private static Position position(String id, String name, String code, ShortageLevel level) {
        return CatalogGenerators.position(new Random(id.hashCode()), id).toBuilder()
                .name(LocalizedText.of(name)).industry("INTEGRATED_CIRCUIT").occupationCode(code)
                .shortage(level == null ? null : new Shortage(level, null, null, null)).build();
    }

    private static Catalog catalog(Position... positions) {
        return CatalogGenerators.catalog(new Random(1)).toBuilder().extensions(Extensions.none()).positions(List.of(positions)).build();
    }

    @Test
    void similarNameWithTheSameOccupationCodeIsAProbableRenameWithEvidence() {
        Catalog older = catalog(position("IC-004", "光刻工艺工程师", "2-02-38-09", ShortageLevel.SCARCE));
        Catalog newer = catalog(position("IC-013", "先进光刻工艺工程师", "2-02-38-09", ShortageLevel.SCARCE));
        CatalogDiff diff = CatalogDiff.between(older, newer);
        assertEquals(List.of(), diff.added());
        assertEquals(List.of(), diff.removed());
        PositionChange rename = diff.renamed().get(0);
        assertEquals("IC-004", rename.older().id());
        assertTrue(rename.rename().sameOccupationCode());
        assertFalse(rename.rename().sameName());
        assertEquals(12.0 / 14, rename.rename().nameSimilarity(), 1e-12);
        assertEquals("/id", rename.changes().get(0).path());
    }

    @Test
    void renameDetectionOffGivesThePlainPairingById() {
        Catalog older = catalog(position("IC-004", "光刻工艺工程师", "2-02-38-09", ShortageLevel.SCARCE));
        Catalog newer = catalog(position("IC-013", "先进光刻工艺工程师", "2-02-38-09", ShortageLevel.SCARCE));
        CatalogDiff diff = CatalogDiff.options().detectRenames(false).between(older, newer);
        assertEquals("IC-013", diff.added().get(0).id());
        assertEquals("IC-004", diff.removed().get(0).id());
        assertTrue(diff.renamed().isEmpty());
    }

    @Test
    void sameNameInTheSameIndustryIsARenameEvenWithoutOccupationCode() {
        CatalogDiff diff = CatalogDiff.between(catalog(position("A-1", "数据分析师", null, null)),
                catalog(position("B-1", " 数据分析师", null, null)));
        assertTrue(diff.renamed().get(0).rename().sameName());
    }

    @Test
    void differentPostsWithTheSameOccupationCodeAreNotRenames() {
        CatalogDiff diff = CatalogDiff.between(catalog(position("A-1", "数字前端设计工程师", "2-02-38-09", null)),
                catalog(position("B-1", "数字前端验证工程师", "2-02-38-09", null)));
        assertTrue(diff.renamed().isEmpty());
        assertEquals(1, diff.added().size());
        CatalogDiff lenient = CatalogDiff.options().renameSimilarity(0.6).between(diff.older(), diff.newer());
        assertEquals(1, lenient.renamed().size());
    }

    @Test
    void ambiguousRenameCandidatesAreMatchedTheSameWayInBothDirections() {
        Catalog a = catalog(position("R-2", "数据分析师", null, null), position("R-1", "数据分析师", "2-02-38-09", null));
        Catalog b = catalog(position("A-1", "数据分析师", null, null), position("A-2", "数据分析师", "2-02-38-09", null));
        CatalogDiff ab = CatalogDiff.between(a, b);
        assertEquals(2, ab.renamed().size());
        assertEquals("R-1", ab.renamed().get(1).older().id(), "same name and same code first");
        assertEquals(CatalogDiff.between(b, a), ab.inverse());
    }

    @Test
    void levelMovesAreClassifiedRaisedLoweredAssignedAndCleared() {
        Catalog older = catalog(position("P1", "甲", null, ShortageLevel.SCARCE), position("P2", "乙", null, ShortageLevel.SCARCE),
                position("P3", "丙", null, null), position("P4", "丁", null, ShortageLevel.GENERALLY_SCARCE));
        Catalog newer = catalog(position("P1", "甲", null, ShortageLevel.VERY_SCARCE), position("P2", "乙", null, ShortageLevel.GENERALLY_SCARCE),
                position("P3", "丙", null, ShortageLevel.SCARCE), position("P4", "丁", null, null));
        CatalogDiff diff = CatalogDiff.between(older, newer);
        assertEquals("P1", diff.levelMoves(LevelMove.RAISED).get(0).id());
        assertEquals("P2", diff.levelMoves(LevelMove.LOWERED).get(0).id());
        assertEquals("P3", diff.levelMoves(LevelMove.ASSIGNED).get(0).id());
        assertEquals("P4", diff.levelMoves(LevelMove.CLEARED).get(0).id());
        FieldChange level = diff.changed().get(0).changes().get(0);
        assertEquals("/shortage/level", level.path());
        assertEquals("SCARCE", level.oldValue().asText());
        assertEquals("VERY_SCARCE", level.newValue().asText());
    }

    @Test
    void catalogLevelChangesNameEditionStatusTitleAndEscapedExtensionPointers() {
        Catalog older = catalog();
        Catalog newer = older.toBuilder().edition(new Edition("2025", older.edition().publishedOn(), null,
                        older.edition().validUntil(), "2024")).status(Status.SUPERSEDED).title(LocalizedText.of("新目录"))
                .extensions(Extensions.none().with("x-a/b~c", JsonNodeFactory.instance.textNode("v"))).build();
        CatalogDiff diff = CatalogDiff.between(older, newer);
        List<String> paths = diff.catalogChanges().stream().map(FieldChange::path).toList();
        assertTrue(paths.containsAll(List.of("/title/zh", "/edition/version", "/edition/supersedes", "/status", "/x-a~1b~0c")), paths.toString());
        FieldChange ext = diff.catalogChanges().get(diff.catalogChanges().size() - 1);
        assertEquals(FieldChange.Kind.ADDED, ext.kind());
        assertNull(ext.oldValue());
        assertEquals("x-a/b~c", ext.member());
        assertEquals("/x-a~1b~0c", diff.toJsonPatch().get(diff.toJsonPatch().size() - 1).get("path").asText());
    }

    @Test
    void requirementListChangesAreWholeListReplacementsShownAsItemsAddedAndRemoved() {
        Position p = position("P1", "甲", null, ShortageLevel.SCARCE);
        Position q = p.toBuilder().requirements(p.requirements().withMajors("微电子", "物理")).build();
        Position r = q.toBuilder().requirements(q.requirements().withMajors("微电子", "材料")).build();
        CatalogDiff diff = CatalogDiff.between(catalog(q), catalog(r));
        FieldChange c = diff.changed().get(0).changes().get(0);
        assertEquals("/requirements/majors", c.path());
        assertTrue(diff.changed().get(0).requirementsChanged());
    }

    @Test
    void shippedEditionsPatchReproducesThe2025EditionByteForByte() throws Exception {
        Path dir = Path.of("../examples/data/catalogs");
        Catalog older = CatalogJson.read(dir.resolve("sh-ic-2024.json"));
        Catalog newer = CatalogJson.read(dir.resolve("sh-ic-2025.json"));
        JsonNode patched = JsonPatchApplier.apply(CatalogJson.toTree(older), CatalogDiff.between(older, newer).toJsonPatch());
        assertEquals(Files.readString(dir.resolve("sh-ic-2025.json")), CatalogJson.write(CatalogJson.fromTree(patched)));
    }
}
