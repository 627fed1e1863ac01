package org.talentcatalog.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.render.RenderContext;

/** The English handbook of the example release: each catalog's 编制说明 worded in English from its own members. */
class EnglishHandbookTest {

    private static final String MD = Handbooks.markdown(Examples.release(), RenderContext.of(Locale.ENGLISH));

    private static String about(String catalogHeading) {
        int start = MD.indexOf(catalogHeading);
        assertTrue(start >= 0, catalogHeading);
        int from = MD.indexOf("### About this catalog", start);
        return MD.substring(from, MD.indexOf("\n### ", from + 1) + 1);
    }

    @Test
    void aPublishedCatalogSaysEverythingItsMembersGive() {
        assertTrue(MD.contains("## Shanghai integrated circuit talent shortage catalog, 2025 edition (example)\n\n"
                + "沪人社力〔2025〕21号 · edition 2025\n\n### About"), MD.substring(0, 400));
        assertEquals("""
                ### About this catalog

                - **Kind**: industry catalog · municipal
                - **Status**: published
                - **Compiled by**: 上海市经济和信息化委员会
                - **Jointly issued by**: 上海市人力资源和社会保障局, 上海市经济和信息化委员会
                - **Document number**: 沪人社力〔2025〕21号
                - **Contractor**: 上海集成电路行业协会 (open competition)
                - **Edition**: 2025
                - **Published on**: 2025-03-20
                - **Valid**: 2025-04-01 – 2027-03-31
                - **Supersedes**: 2024
                - **Industries**: Integrated circuits
                - **Survey period**: 2024-09-01 – 2024-11-30
                - **Sample size**: 3140
                - **Respondents**: employer 236, industry association 6, human resources service agency 16, third-party data 3
                - **Survey methods**: typical survey, field research, third-party data, questionnaire
                - **Scoring method**: 熵权法与专家赋权组合，加权求和
                - **Positions**: 13

                """, about("## Shanghai integrated circuit"));
        assertTrue(MD.contains("""
                - department seminar · 2024-12-10 · 21 participants: 市经信委、市人社局与重点企业座谈，确认岗位清单。
                - expert review · 2025-01-14 · 11 participants: 专家论证会对紧缺程度分级进行论证。
                - public consultation · 2025-02-05 · 162 participants
                """), MD);
    }

    @Test
    void aRegionalAndASpecialCatalogNameTheirRegionAndProgramme() {
        assertEquals("""
                ### About this catalog

                - **Kind**: regional catalog · municipal
                - **Status**: approved
                - **Compiled by**: 中国（上海）自由贸易试验区临港新片区管理委员会
                - **Jointly issued by**: 上海市人力资源和社会保障局
                - **Edition**: 2024.1
                - **Valid**: 2024-07-01 – 2025-06-30
                - **Industries**: Integrated circuits, Artificial intelligence, Shipping, High-end equipment, Automotive, Trade
                - **Region**: 临港新片区
                - **Survey period**: 2024-02-01 – 2024-04-30
                - **Sample size**: 640
                - **Respondents**: employer 88, industry association 4, human resources service agency 7
                - **Survey methods**: field research, questionnaire
                - **Positions**: 6

                """, about("## Lingang Special Area"));
        assertEquals("""
                ### About this catalog

                - **Kind**: special catalog · municipal
                - **Status**: public consultation
                - **Compiled by**: 上海市科学技术委员会, 上海科技大学
                - **Edition**: 2025
                - **Programme**: Hard X-ray free-electron laser facility
                - **Survey period**: 2024-10-01 – 2024-12-15
                - **Survey methods**: typical survey, interview
                - **Positions**: 3

                """, about("## Hard X-ray FEL facility"));
        assertTrue(MD.contains("| Free-electron laser physicist | FEL-001 | not rated | basic research | doctorate |"), MD);
    }

    @Test
    void theChangesSayWhatMovedAndWhatEachPositionWasCalled() {
        assertTrue(MD.endsWith("""
                ## Changes since the previous edition (Shanghai integrated circuit talent shortage catalog (example), edition 2024)

                ### Positions added (2)

                - Chiplet integration design engineer (IC-014)
                - Power semiconductor device engineer (IC-015)

                ### Positions removed (1)

                - IC industry strategy manager (IC-009)

                ### Shortage level raised (3)

                - Advanced lithography process engineer (IC-013): scarce → very scarce
                - Packaging and test engineer (IC-005): scarce → very scarce
                - Semiconductor quality engineer (IC-010): generally scarce → scarce

                ### Shortage level lowered (1)

                - Semiconductor equipment engineer (IC-006): scarce → generally scarce

                ### Positions renamed (1)

                - Advanced lithography process engineer (IC-013), formerly Lithography process engineer (IC-004)

                """), MD.substring(MD.length() - 1200));
    }
}
