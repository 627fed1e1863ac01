package org.talentcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;

/**
 * The changelogs of a diff with every kind of change, whole, in both languages: src/test/resources/changelog
 * holds two editions of a small catalog, with a raise, a lowering, a level assigned and one cleared, a
 * rename, an addition and a removal (of an industry outside the code lists), changed and reordered
 * requirement lists, other changes of text, numbers, codes and extension members, and catalog changes.
 */
class ChangelogTextTest {

    private static final Path DIR = Path.of("src/test/resources/changelog");

    private static CatalogDiff diff() {
        return CatalogDiff.between(CatalogJson.read(DIR.resolve("older.json")), CatalogJson.read(DIR.resolve("newer.json")));
    }

    private static String render(String format, CatalogDiff diff, Locale locale) {
        return Renderers.standard().get(CatalogDiff.class, format).render(diff, RenderContext.of(locale));
    }

    @Test
    void theTextChangelogInChinese() {
        assertEquals("""
                目录变更：测试目录 2024 → 2025
                新增岗位 1，删除岗位 1，更名岗位 1，紧缺程度上调 1，紧缺程度下调 1，新定级 1，取消定级 1，要求变化 2，其他变化 4，目录信息变化 2

                目录信息变化 (2)
                  版本：2024 → 2025
                  x-a/b~c：1 → {"k":[1,2]}

                新增岗位 (1)
                  P8 新_ 岗位（集成电路，未定级）

                删除岗位 (1)
                  P5 戊（UNLISTED_X，紧缺 ★★）

                更名岗位 (1)
                  P6 光刻工艺工程师 → P7 先进光刻工艺工程师（职业编码相同，名称相似度 0.86）

                紧缺程度上调 (1)
                  P1 甲：紧缺 ★★ → 非常紧缺 ★★★

                紧缺程度下调 (1)
                  P2 乙：非常紧缺 ★★★ → 一般紧缺 ★

                新定级 (1)
                  P3 丙：未定级 → 紧缺 ★★

                取消定级 (1)
                  P4 丁：一般紧缺 ★ → 未定级

                要求变化 (2)
                  P1 甲：要求 · 学历：大学本科 → 硕士研究生；要求 · 专业背景：+材料；−物理
                  P4 丁：要求 · 专业背景：顺序调整

                其他变化 (4)
                  P2 乙：岗位职责：（无） → 新职责 / new duties；需求 · 需求数量：10 → 20；支持政策：+人才引进；−安居
                  P3 丙：x-tags：（无） → 甲、乙
                  P4 丁：x-note：（无） → 仅中文；x-nums：[1,2] → [1,3]；x-obj · zh：1 → 2
                  P7 先进光刻工艺工程师：编号：P6 → P7；岗位名称：光刻工艺工程师 → 先进光刻工艺工程师

                按产业统计
                  产业       2024 2025 新增 删除 更名 上调 下调 要求变化
                  人工智能      1    1    0    0    0    0    0        1
                  生物医药      1    1    0    0    0    0    1        0
                  集成电路      3    4    1    0    1    1    0        1
                  UNLISTED_X    1    0    0    1    0    0    0        0

                按紧缺程度统计
                  紧缺程度     2024 2025 新增 删除 调入 调出
                  非常紧缺 ★★★    1    1    0    0    1    1
                  紧缺 ★★         3    2    0    1    1    1
                  一般紧缺 ★      1    1    0    0    1    1
                  未定级          1    2    1    0    1    1
                """, render("text", diff(), Locale.CHINESE));
    }

    @Test
    void theMarkdownChangelogInEnglish() {
        assertEquals("""
                # Changes: Test catalog 2024 → 2025

                | Change | Count |
                |---|---:|
                | Added positions | 1 |
                | Removed positions | 1 |
                | Renamed positions | 1 |
                | Shortage level raised | 1 |
                | Shortage level lowered | 1 |
                | Level assigned | 1 |
                | Level cleared | 1 |
                | Requirement changes | 2 |
                | Other changes | 4 |
                | Catalog changes | 2 |

                ## Catalog changes (2)

                - version: 2024 → 2025
                - x-a/b~c: 1 → {"k":\\[1,2]}

                ## Added positions (1)

                - P8 新\\_ 岗位 (Integrated circuits, no level)

                ## Removed positions (1)

                - P5 戊 (UNLISTED_X, scarce ★★)

                ## Renamed positions (1)

                - P6 光刻工艺工程师 → P7 先进光刻工艺工程师 (same occupation code, name similarity 0.86)

                ## Shortage level raised (1)

                - P1 甲: scarce ★★ → very scarce ★★★

                ## Shortage level lowered (1)

                - P2 乙: very scarce ★★★ → generally scarce ★

                ## Level assigned (1)

                - P3 丙: no level → scarce ★★

                ## Level cleared (1)

                - P4 丁: generally scarce ★ → no level

                ## Requirement changes (2)

                - P1 甲: requirements · education: bachelor's degree → master's degree; requirements · majors: +材料; −物理
                - P4 丁: requirements · majors: reordered

                ## Other changes (4)

                - P2 乙: duties: (none) → 新职责 / new duties; demand · headcount: 10 → 20; policies: +talent introduction; −housing
                - P3 丙: x-tags: (none) → 甲, 乙
                - P4 丁: x-note: (none) → 仅中文; x-nums: \\[1,2] → \\[1,3]; x-obj · zh: 1 → 2
                - P7 先进光刻工艺工程师: id: P6 → P7; name (zh): 光刻工艺工程师 → 先进光刻工艺工程师

                ## By industry

                | Industry | 2024 | 2025 | added | removed | renamed | raised | lowered | requirements |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|
                | Artificial intelligence | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
                | Biomedicine | 1 | 1 | 0 | 0 | 0 | 0 | 1 | 0 |
                | Integrated circuits | 3 | 4 | 1 | 0 | 1 | 1 | 0 | 1 |
                | UNLISTED_X | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 |

                ## By shortage level

                | Level | 2024 | 2025 | added | removed | moved in | moved out |
                |---|---:|---:|---:|---:|---:|---:|
                | very scarce ★★★ | 1 | 1 | 0 | 0 | 1 | 1 |
                | scarce ★★ | 3 | 2 | 0 | 1 | 1 | 1 |
                | generally scarce ★ | 1 | 1 | 0 | 0 | 1 | 1 |
                | no level | 1 | 2 | 1 | 0 | 1 | 1 |
                """, render("markdown", diff(), Locale.ENGLISH));
    }

    private static Catalog bare(String version, boolean titled, String positions) {
        String edition = version == null ? "" : "\"edition\": {\"version\": \"" + version + "\"}, ";
        String title = titled ? "\"title\": {\"zh\": \"小目录\"}, " : "";
        return CatalogJson.readString("{\"formatVersion\": \"1.0\", \"id\": \"t-cat\", " + title + edition
                + "\"positions\": [" + positions + "]}");
    }

    @Test
    void aCatalogWithoutTitleOrEditionAndAPositionWithoutIndustryOrName() {
        String p1 = "{\"id\": \"P1\", \"name\": {\"zh\": \"甲\"}, \"industry\": \"INTEGRATED_CIRCUIT\"}";
        String p2 = "{\"id\": \"P2\"}";
        CatalogDiff diff = CatalogDiff.between(bare("_a", true, p1), bare("b_", false, p1 + ", " + p2));
        assertEquals("""
                目录变更：t-cat _a → b_
                新增岗位 1，删除岗位 0，更名岗位 0，紧缺程度上调 0，紧缺程度下调 0，要求变化 0，其他变化 0，目录信息变化 2

                目录信息变化 (2)
                  目录名称：小目录 → （无）
                  版本：_a → b_

                新增岗位 (1)
                  P2 （（无），未定级）

                按产业统计
                  产业     _a b_ 新增 删除 更名 上调 下调 要求变化
                  （无）    0  1    1    0    0    0    0        0
                  集成电路  1  1    0    0    0    0    0        0

                按紧缺程度统计
                  紧缺程度 _a b_ 新增 删除 调入 调出
                  未定级    1  2    1    0    0    0
                """, render("text", diff, Locale.CHINESE));
        String md = render("markdown", diff, Locale.CHINESE);
        assertTrue(md.contains("\n| 产业 | \\_a | b\\_ | 新增 |"), md);
        assertTrue(md.contains("\n## 紧缺程度上调（0）\n\n无。\n"), md);
        assertEquals("目录变更：t-cat ? → ?", render("text", CatalogDiff.between(bare(null, false, p1), bare(null, false, p1)),
                Locale.CHINESE).lines().findFirst().orElseThrow());
    }
}
