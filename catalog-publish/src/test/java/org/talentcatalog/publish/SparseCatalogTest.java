package org.talentcatalog.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.publish.internal.Chart;
import org.talentcatalog.publish.internal.Views;
import org.talentcatalog.publish.internal.Words;
import org.talentcatalog.render.RenderContext;

/**
 * The handbook of a catalog that leaves most optional members out or blank
 * (src/test/resources/handbook/sparse.json): only what is given is said, ranges open at one end read
 * as such, and experience and salary are worded from whichever parts there are.
 */
class SparseCatalogTest {

    static Catalog sparse() {
        return CatalogJson.read(Path.of("src/test/resources/handbook/sparse.json"));
    }

    private static String section(String md, String heading) {
        int start = md.indexOf(heading);
        assertTrue(start >= 0, heading + " in\n" + md);
        int end = md.indexOf("\n### ", start + heading.length());
        return md.substring(start, end < 0 ? md.length() : end);
    }

    @Test
    void theAboutSectionSaysOnlyWhatTheCatalogGives() {
        String md = Handbooks.markdown(Release.of(sparse()), RenderContext.defaults());
        assertTrue(md.contains("## 稀疏目录\n\n2025 版\n\n> **本目录尚未正式发布（状态：编制中），内容可能调整，以正式发布的版本为准。**\n\n"), md);
        assertEquals("""
                ### 编制说明

                - **目录类型**: 产业人才目录
                - **状态**: 编制中
                - **编制单位**: 编制甲、编制乙
                - **承接机构**: 承接丙
                - **版本**: 2025
                - **有效期**: 至 2026-12-31
                - **产业范围**: 集成电路、UNKNOWN\\_IND
                - **区域**: MH
                - **调研时间**: 2024-01-01 起
                - **岗位数**: 5
                """, section(md, "### 编制说明"));
        assertEquals("""
                ### 论证与征求意见

                - 专家论证会
                - 公开征求意见 · 2025-03-01 · 0 人参加
                """, section(md, "### 论证与征求意见"));
    }

    @Test
    void openPeriodsAreWordedInEnglishToo() {
        String md = Handbooks.markdown(Release.of(sparse()), RenderContext.of(Locale.ENGLISH));
        assertTrue(md.contains("- **Valid**: until 2026-12-31\n"), md);
        assertTrue(md.contains(": from 2024-01-01\n"), md);
    }

    @Test
    void aBlankDocumentNumberLeavesTheSubtitleToTheEdition() {
        String json = sparseJson().replace("\"compilers\":", "\"documentNumber\": \"  \", \"compilers\":");
        Catalog c = CatalogJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(" ", c.issuance().documentNumber().substring(0, 1), "the blank number is read as given");
        String md = Handbooks.markdown(Release.of(c), RenderContext.defaults());
        assertTrue(md.contains("## 稀疏目录\n\n2025 版\n\n"), md);
        assertTrue(!md.contains("文号"), "a blank number is no fact: " + md);
    }

    private static String sparseJson() {
        try {
            return java.nio.file.Files.readString(Path.of("src/test/resources/handbook/sparse.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void experienceAndSalaryAreWordedFromTheirParts() {
        String md = Handbooks.markdown(Release.of(sparse()), RenderContext.defaults());
        List<String> rows = md.lines().filter(l -> l.startsWith("| ") && l.contains(" | S")).toList();
        assertEquals(List.of(
                "| 一号 | S1 | 未定级 | 应用技术类 | 硕士研究生 |  | 不限 | 15,000–30,000 元/月 |",
                "| 二号 | S2 | 未定级 | 应用技术类 | 硕士研究生 |  | 有流片经验 | ≥ 200,000.5 USD |",
                "| 三号 | S3 | 未定级 | 应用技术类 | 硕士研究生 |  | 5 年以上，带队 | ≤ 500,000 元/年 |",
                "| 四号 | S4 | 未定级 | 应用技术类 | 硕士研究生 |  | 1 年以上 |  |",
                "| 五号 | S5 | 未定级 | 应用技术类 | 硕士研究生 |  | 10 年以上 |  |"), rows);
    }

    @Test
    void theChartsCountEachBandAndDrawOnlyTheSalariesWithBothEnds() {
        var view = Views.of(Release.of(sparse()), new Words(Locale.CHINESE)).catalogs().get(0);
        assertEquals(List.of("chart-levels", "chart-education", "chart-experience", "chart-salary"),
                view.charts().stream().map(Chart::id).toList(), "no scores, no score chart");
        assertEquals(List.of(List.of("集成电路", "0", "0", "0", "5", "5")), view.charts().get(0).rows());
        assertEquals(List.of(List.of("1 年以下", "1"), List.of("1–2 年", "1"), List.of("3–4 年", "0"), List.of("5–9 年", "1"),
                List.of("10 年及以上", "1"), List.of("不限", "1")), view.charts().get(2).rows());
        Chart salary = view.charts().get(3);
        assertEquals(List.of(List.of("一号", "180", "360")), salary.rows(), "a month's pay times twelve, in thousands");
        assertTrue(salary.description().startsWith("1 个岗位的年薪区间，按区间中点从高到低排序；"), salary.description());
    }
}
