package org.talentcatalog.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.render.RenderContext;

/** What a release holds, its title, and which of its catalogs a previous edition is compared with. */
class ReleaseTest {

    private static final Catalog IC_2024 = Examples.read("sh-ic-2024");
    private static final Catalog IC_2025 = Examples.read("sh-ic-2025");
    private static final Catalog LINGANG = Examples.read("lingang-2024");

    @Test
    void aReleaseHasAtLeastOneCatalogAndCountsTheirPositions() {
        assertThrows(IllegalArgumentException.class, () -> Release.of(List.of()));
        Release r = Release.of(IC_2025, LINGANG);
        assertEquals(List.of(IC_2025, LINGANG), r.catalogs());
        assertEquals(IC_2025.positions().size() + LINGANG.positions().size(), r.positionCount());
        assertEquals(Optional.empty(), r.previous());
        assertEquals(Optional.empty(), r.successor(), "nothing to compare without a previous edition");
    }

    @Test
    void aBlankTitleIsNoneAndATitleIsStripped() {
        Release r = Release.of(IC_2025, LINGANG);
        assertEquals(Optional.empty(), r.withTitle("  ").title());
        assertEquals(Optional.empty(), r.withTitle(null).title());
        assertEquals(Optional.of("2025 年第一批"), r.withTitle(" 2025 年第一批 ").title());
        assertEquals(Optional.of(IC_2024), r.withPrevious(IC_2024).withTitle("x").previous(), "the title keeps the previous edition");
        assertEquals(Optional.of("x"), r.withTitle("x").withPrevious(IC_2024).title(), "and the previous edition the title");
        String md = Handbooks.markdown(r.withTitle("2025 年第一批"), RenderContext.defaults());
        assertTrue(md.startsWith("# 2025 年第一批\n\n本批发布 2 个目录"), md.substring(0, 40));
        assertTrue(Handbooks.markdown(r, RenderContext.defaults()).startsWith("# 急需紧缺人才目录\n"),
                "several catalogs without a title of their own get the generic one");
    }

    @Test
    void thePreviousEditionIsComparedWithTheCatalogOfItsSeriesOrTheOnlyOne() {
        assertEquals(Optional.of(IC_2025), Release.of(LINGANG, IC_2025).withPrevious(IC_2024).successor());
        assertEquals(Optional.of(IC_2025), Release.of(IC_2024, IC_2025).withPrevious(IC_2024).successor(), "the last of the series");
        assertEquals(Optional.of(LINGANG), Release.of(LINGANG).withPrevious(IC_2024).successor(), "the only catalog");
        assertEquals(Optional.empty(), Release.of(LINGANG, Examples.read("special-fel-2025")).withPrevious(IC_2024).successor());
        String md = Handbooks.markdown(Release.of(LINGANG, Examples.read("special-fel-2025")).withPrevious(IC_2024), RenderContext.defaults());
        assertTrue(md.contains("### 本批目录中没有与上一版编号相同的目录，无法比较。\n\n无。\n"), md.substring(md.length() - 300));
    }
}
