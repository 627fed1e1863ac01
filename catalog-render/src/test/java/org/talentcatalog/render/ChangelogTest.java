package org.talentcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.diff.CatalogGenerators;

/** The diff's Markdown and text changelogs, found by name in the standard registry. */
class ChangelogTest {

    private static final RenderContext ZH = RenderContext.defaults();
    private static final RenderContext EN = RenderContext.of(Locale.ENGLISH);

    private static String markdown(CatalogDiff diff, RenderContext ctx) {
        return Renderers.standard().get(CatalogDiff.class, "markdown").render(diff, ctx);
    }

    private static String text(CatalogDiff diff, RenderContext ctx) {
        return Renderers.standard().get(CatalogDiff.class, "text").render(diff, ctx);
    }

    private static Position position(String id, String name, String code, ShortageLevel level) {
        return CatalogGenerators.position(new Random(id.hashCode()), id).toBuilder()
                .name(LocalizedText.of(name)).industry("INTEGRATED_CIRCUIT").occupationCode(code)
                .shortage(level == null ? null : new Shortage(level, null, null, null)).build();
    }

    private static Catalog catalog(Position... positions) {
        return CatalogGenerators.catalog(new Random(1)).toBuilder().extensions(Extensions.none()).positions(List.of(positions)).build();
    }

    @Test
    void positionsPairedInDocumentOrderAreExplainedInANoteAndAPositionWithoutIdIsSaidSo() {
        Catalog broken = catalog(position("IC-001", "集成电路设计工程师", null, ShortageLevel.SCARCE),
                position("IC-001", "封装测试工程师", null, ShortageLevel.SCARCE));
        Catalog newer = catalog(position("IC-001", "集成电路设计工程师", null, ShortageLevel.SCARCE),
                position("IC-001", "封装测试工程师", null, ShortageLevel.SCARCE),
                position("X", "芯片验证工程师", null, null).toBuilder().id(null).build());
        CatalogDiff diff = CatalogDiff.between(broken, newer);
        String zh = "注：旧版中岗位编号重复（IC-001）；新版中岗位编号重复（IC-001），1 个岗位没有编号；编号相同或缺失的岗位按在文档中的先后顺序配对";
        String en = "Note: the older edition has repeated position ids (IC-001); the newer edition has repeated position ids (IC-001)"
                + " and 1 position(s) without an id; positions that share an id, or have none, are paired in document order";
        String text = text(diff, ZH);
        assertEquals(zh, text.lines().skip(2).findFirst().orElse(""), text);
        assertTrue(text.contains("新增岗位 (1)\n  （无编号） 芯片验证工程师"), text);
        assertEquals(en, text(diff, EN).lines().skip(2).findFirst().orElse(""), text(diff, EN));
        assertTrue(text(diff, EN).contains("  (no id) 芯片验证工程师"), text(diff, EN));
        String md = markdown(diff, ZH);
        assertTrue(md.startsWith("# 目录变更：测试目录 2024 → 2024\n\n> " + zh + "\n\n| 变更 | 数量 |"), md);
        assertTrue(markdown(diff, EN).contains("\n\n> " + en + "\n\n"), markdown(diff, EN));
        assertTrue(text(CatalogDiff.between(broken, broken), ZH).contains(zh.replace("，1 个岗位没有编号", "")));
    }

    @Test
    void aValidCatalogsChangelogHasNoNote() {
        Catalog valid = catalog(position("IC-001", "集成电路设计工程师", null, ShortageLevel.SCARCE));
        CatalogDiff diff = CatalogDiff.between(valid, valid);
        assertTrue(!text(diff, ZH).contains("注：") && !markdown(diff, EN).contains("> "), text(diff, ZH));
    }

    @Test
    void aProbableRenameIsListedWithItsEvidence() {
        CatalogDiff diff = CatalogDiff.between(catalog(position("IC-004", "光刻工艺工程师", "2-02-38-09", ShortageLevel.SCARCE)),
                catalog(position("IC-013", "先进光刻工艺工程师", "2-02-38-09", ShortageLevel.SCARCE)));
        String item = "IC-004 光刻工艺工程师 → IC-013 先进光刻工艺工程师（职业编码相同，名称相似度 0.86）";
        assertTrue(markdown(diff, ZH).contains("## 更名岗位（1）\n\n- " + item + "\n"), markdown(diff, ZH));
        assertTrue(text(diff, ZH).contains("更名岗位 (1)\n  " + item + "\n"), text(diff, ZH));
    }

    @Test
    void levelMovesHaveASectionEachAndAssignmentsAndClearancesOnlyWhenThereAreSome() {
        Catalog older = catalog(position("P1", "甲", null, ShortageLevel.SCARCE), position("P2", "乙", null, ShortageLevel.SCARCE),
                position("P3", "丙", null, null), position("P4", "丁", null, ShortageLevel.GENERALLY_SCARCE));
        Catalog newer = catalog(position("P1", "甲", null, ShortageLevel.VERY_SCARCE), position("P2", "乙", null, ShortageLevel.GENERALLY_SCARCE),
                position("P3", "丙", null, ShortageLevel.SCARCE), position("P4", "丁", null, null));
        String md = markdown(CatalogDiff.between(older, newer), ZH);
        assertTrue(md.contains("## 紧缺程度上调（1）\n\n- P1 甲：紧缺 ★★ → 非常紧缺 ★★★"), md);
        assertTrue(md.contains("## 新定级（1）") && md.contains("## 取消定级（1）"), md);
        String none = markdown(CatalogDiff.between(older, older), ZH);
        assertTrue(none.contains("## 紧缺程度上调（0）\n\n无。\n"), none);
        assertTrue(!none.contains("新定级") && !none.contains("取消定级"), none);
    }

    @Test
    void requirementListChangesShowItemsAddedAndRemovedInEitherLanguage() {
        Position p = position("P1", "甲", null, ShortageLevel.SCARCE);
        Position q = p.toBuilder().requirements(p.requirements().withMajors("微电子", "物理")).build();
        Position r = q.toBuilder().requirements(q.requirements().withMajors("微电子", "材料")).build();
        CatalogDiff diff = CatalogDiff.between(catalog(q), catalog(r));
        assertTrue(markdown(diff, ZH).contains("要求 · 专业背景：+材料；−物理"));
        assertTrue(markdown(diff, EN).contains("requirements · majors: +材料; −物理"));
        assertTrue(text(diff, EN).contains("  P1 甲: requirements · majors: +材料; −物理\n"), text(diff, EN));
    }

    @Test
    void markdownEscapesMarkupInNamesButKeepsIntrawordUnderscores() {
        Catalog older = catalog(position("P1", "甲", null, null));
        Catalog newer = catalog(position("P1", "甲", null, null), position("P2", "*C++* <工程师> snake_case _x", null, null));
        String md = markdown(CatalogDiff.between(older, newer), ZH);
        assertTrue(md.contains("- P2 \\*C++\\* \\<工程师\\> snake_case \\_x（"), md);
    }

    @Test
    void textCountTablesLineUpByDisplayWidth() {
        CatalogDiff diff = shipped();
        String text = text(diff, ZH);
        String table = text.substring(text.indexOf("\n按紧缺程度统计\n") + 1);
        List<String> rows = table.lines().skip(1).toList();
        assertTrue(rows.size() >= 3, table);
        int width = Columns.width(rows.get(0));
        rows.forEach(row -> assertEquals(width, Columns.width(row), "row " + row + " in\n" + table));
        assertTrue(rows.get(0).endsWith("调出"), rows.get(0));
    }

    @Test
    void bothChangelogsEndWithALineBreakAndWriteGivesTheSameTextAsUtf8() throws Exception {
        CatalogDiff diff = shipped();
        for (String name : List.of("text", "markdown")) {
            String s = Renderers.standard().get(CatalogDiff.class, name).render(diff, EN);
            assertTrue(s.endsWith("\n") && !s.endsWith("\n\n"), name);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream console = new PrintStream(bytes, false, StandardCharsets.UTF_8);
            Renderers.standard().get(CatalogDiff.class, name).write(diff, ZH, console);
            assertEquals(Renderers.standard().get(CatalogDiff.class, name).render(diff, ZH), bytes.toString(StandardCharsets.UTF_8));
            console.print("end");
            console.flush();
            assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\nend"), "the stream is left open");
        }
        assertTrue(markdown(diff, ZH).startsWith("# 目录变更："));
        assertTrue(markdown(diff, EN).startsWith("# Changes: "));
    }

    static CatalogDiff shipped() {
        Path dir = Path.of("../examples/data/catalogs");
        return CatalogDiff.between(CatalogJson.read(dir.resolve("sh-ic-2024.json")), CatalogJson.read(dir.resolve("sh-ic-2025.json")));
    }
}
