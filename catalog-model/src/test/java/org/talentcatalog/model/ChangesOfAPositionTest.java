package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What a diff says of one edition against another as a value (equality, text, options), how a
 * paired position's changes divide into requirements, level and the rest, and which levels an
 * occupation code's form admits.
 */
class ChangesOfAPositionTest {

    private static final Position OLDER = Samples.position("IC-001");

    private static List<String> paths(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::path).toList();
    }

    private static PositionChange onlyChange(Position newer) {
        CatalogDiff diff = CatalogDiff.between(Samples.catalog(OLDER), Samples.catalog(newer));
        assertFalse(diff.isEmpty());
        assertEquals(1, diff.changed().size(), diff::toString);
        return diff.changed().get(0);
    }

    @Test
    void requirementsTheLevelAndTheRestAreToldApart() {
        Position newer = OLDER.toBuilder().name("集成电路设计师", "IC designer")
                .requirements(Samples.REQUIREMENTS.withCompetencies("版图设计"))
                .shortage(Shortage.of(ShortageLevel.SCARCE)).build();
        PositionChange change = onlyChange(newer);
        assertEquals(LevelMove.ASSIGNED, change.levelMove());
        assertTrue(change.requirementsChanged());
        assertEquals(List.of("/requirements/competencies"), paths(change.requirementChanges()));
        assertEquals(List.of("/name/zh", "/name/en"), paths(change.otherChanges()), "the new shortage is the level move");
        assertEquals(List.of("/name/zh", "/name/en", "/requirements/competencies", "/shortage"), paths(change.changes()));
    }

    @Test
    void aShortageWhoseLevelStaysIsAnOtherChangeAndItsLevelNever() {
        Position scarce = OLDER.toBuilder().shortage(new Shortage(ShortageLevel.SCARCE, 0.7, null, null)).build();
        CatalogDiff rescored = CatalogDiff.between(Samples.catalog(scarce),
                Samples.catalog(scarce.toBuilder().shortage(new Shortage(ShortageLevel.SCARCE, 0.75, null, null)).build()));
        PositionChange same = rescored.changed().get(0);
        assertEquals(LevelMove.UNCHANGED, same.levelMove());
        assertFalse(same.requirementsChanged());
        assertEquals(List.of(), same.requirementChanges());
        assertEquals(List.of("/shortage/score"), paths(same.otherChanges()));

        CatalogDiff raised = CatalogDiff.between(Samples.catalog(scarce),
                Samples.catalog(scarce.toBuilder().shortage(new Shortage(ShortageLevel.VERY_SCARCE, 0.7, null, null)).build()));
        PositionChange up = raised.changed().get(0);
        assertEquals(LevelMove.RAISED, up.levelMove());
        assertEquals(List.of("/shortage/level"), paths(up.changes()));
        assertEquals(List.of(), up.otherChanges());
    }

    @Test
    void theInverseOfAChangeSwapsTheEditionsAndEachValue() {
        Position newer = OLDER.toBuilder().shortage(Shortage.of(ShortageLevel.SCARCE)).build();
        PositionChange change = onlyChange(newer);
        PositionChange inverse = change.inverse();
        assertEquals(newer, inverse.older());
        assertEquals(OLDER, inverse.newer());
        assertEquals(LevelMove.CLEARED, inverse.levelMove());
        assertEquals(change.changes().get(0).newValue(), inverse.changes().get(0).oldValue());
        assertEquals(change, inverse.inverse());
        assertEquals(CatalogDiff.between(Samples.catalog(newer), Samples.catalog(OLDER)).changed(), List.of(inverse));
    }

    @Test
    void diffsAreEqualWhenTheirEditionsAndOptionsAre() {
        Catalog older = Samples.catalog(OLDER);
        Catalog newer = Samples.catalog(OLDER, Samples.position("IC-002"));
        CatalogDiff diff = CatalogDiff.between(older, newer);
        assertEquals(diff, CatalogDiff.between(older, newer));
        assertEquals(diff.hashCode(), CatalogDiff.between(older, newer).hashCode());
        assertNotEquals(diff, CatalogDiff.between(newer, older));
        assertNotEquals(diff, CatalogDiff.options().detectRenames(false).between(older, newer));
        assertNotEquals(diff, CatalogDiff.between(older, older));
        assertNotEquals(diff, "sh-ic");
        assertEquals(DiffOptions.defaults(), diff.optionsUsed());
        assertEquals(DiffOptions.defaults().renameSimilarity(0.5),
                CatalogDiff.options().renameSimilarity(0.5).between(older, newer).optionsUsed());
    }

    @Test
    void aDiffNamesItsCatalogEditionsAndCountsInOneLine() {
        Catalog older = Samples.catalog(OLDER);
        Catalog newer = Samples.catalog(Samples.position("IC-002")).toBuilder().edition(Edition.of("2025")).build();
        assertEquals("CatalogDiff[sh-ic 2024 → 2025: +1 -1 ~0 Δ0 catalog 1]", CatalogDiff.options().detectRenames(false)
                .between(older, newer).toString());
        Catalog undated = older.toBuilder().edition(null).build();
        assertEquals("CatalogDiff[sh-ic ? → 2024: +0 -0 ~0 Δ0 catalog 1]", CatalogDiff.between(undated, older).toString());
    }

    @Test
    void onlyTheNewerEditionsRepeatedIdIsEnoughToPairByOrder() {
        Catalog single = Samples.catalog(OLDER);
        Catalog repeated = Samples.catalog(OLDER, OLDER);
        assertTrue(CatalogDiff.between(single, repeated).pairedByOrder());
        assertTrue(CatalogDiff.between(repeated, single).pairedByOrder());
        assertFalse(CatalogDiff.between(single, single).pairedByOrder());
    }

    @Test
    void anOccupationCodeAdmitsOnlyTheLevelOfItsForm() {
        Map<String, Set<OccupationLevel>> forms = new java.util.LinkedHashMap<>();
        forms.put("2-00-00-00", EnumSet.of(OccupationLevel.MAJOR_GROUP));
        forms.put("2-02-00-00", EnumSet.of(OccupationLevel.SUB_MAJOR_GROUP));
        // a 小类 row is the occupation itself when the 小类 is not split further
        forms.put("2-02-38-00", EnumSet.of(OccupationLevel.MINOR_GROUP, OccupationLevel.OCCUPATION));
        forms.put("2-02-38-09", EnumSet.of(OccupationLevel.OCCUPATION));
        forms.put("1-01-00-01", EnumSet.of(OccupationLevel.OCCUPATION)); // a 中类 without 小类 split
        forms.put("2-00-38-00", EnumSet.noneOf(OccupationLevel.class));
        forms.put("2-00-00-05", EnumSet.noneOf(OccupationLevel.class));
        forms.put("2-00-38-05", EnumSet.noneOf(OccupationLevel.class));
        forms.forEach((code, levels) -> {
            for (OccupationLevel candidate : OccupationLevel.values()) {
                if (levels.contains(candidate)) {
                    assertEquals(candidate, new Occupation(code, "示例", candidate, null).level(), code);
                } else {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                            () -> new Occupation(code, "示例", candidate, null), code + " " + candidate);
                    assertEquals("occupation code " + code + " cannot be a " + candidate.en() + " (" + candidate.zh() + ")",
                            e.getMessage());
                }
            }
        });
    }

    @Test
    void anOccupationsMarksAndMinorGroupFollowItsCode() {
        Function<OccupationMarks, Occupation> marked = m -> new Occupation("2-02-38-09", "示例", OccupationLevel.OCCUPATION, m);
        assertTrue(marked.apply(OccupationMarks.DIGITAL).digital());
        assertFalse(marked.apply(OccupationMarks.DIGITAL).green());
        assertTrue(marked.apply(OccupationMarks.GREEN).green());
        assertFalse(marked.apply(OccupationMarks.GREEN).digital());
        assertTrue(marked.apply(OccupationMarks.GREEN_AND_DIGITAL).green());
        assertTrue(marked.apply(OccupationMarks.GREEN_AND_DIGITAL).digital());
        assertFalse(marked.apply(null).digital());
        assertEquals("2-02-38", marked.apply(null).minorGroup());
        assertEquals("1-01-00", Occupation.of("1-01-00-01", "示例").minorGroup());
    }
}
