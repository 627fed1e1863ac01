package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.Policy;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.tabular.internal.Columns;
import org.talentcatalog.tabular.internal.JsonTexts;
import org.talentcatalog.tabular.internal.ListCells;
import org.talentcatalog.tabular.internal.Salaries;
import org.talentcatalog.tabular.internal.Vocabulary;

/** Every vocabulary docs/format.md's "Tables" section lists reads as the format's code. */
class VocabularyTest {

    @ParameterizedTest
    @CsvSource({"VERY_SCARCE,VERY_SCARCE", "非常紧缺,VERY_SCARCE", "紧缺,SCARCE", "一般紧缺,GENERALLY_SCARCE",
        "重度紧缺,VERY_SCARCE", "中度紧缺,SCARCE", "轻度紧缺,GENERALLY_SCARCE", "very scarce,VERY_SCARCE",
        "' 紧 缺 ',SCARCE", "generally_scarce,GENERALLY_SCARCE"})
    void readsEveryThreeLevelWording(String cell, ShortageLevel expected) {
        assertEquals(expected, Vocabulary.level(cell));
    }

    @ParameterizedTest
    @CsvSource({"★★★,3,0", "★★,2,0", "★,1,0", "★★☆,2,3", "★★★★★,5,0", "★★☆☆☆,2,5", "' ★ ★ ',2,0"})
    void countsStarsAndTheScaleHollowStarsShow(String cell, int filled, int scale) {
        assertEquals(List.of(filled, scale), List.of(Vocabulary.stars(cell)[0], Vocabulary.stars(cell)[1]));
    }

    @Test
    void refusesWordsThatAreNoLevel() {
        assertNull(Vocabulary.level("很紧缺"));
        assertNull(Vocabulary.stars("☆★"));
    }

    @ParameterizedTest
    @CsvSource({"DOCTORATE,DOCTORATE", "博士研究生,DOCTORATE", "博士,DOCTORATE", "硕士及以上,MASTER", "研究生及以上,MASTER",
        "硕士研究生及以上学历,MASTER", "本科及以上,BACHELOR", "大学本科,BACHELOR", "本科或硕士,BACHELOR", "大专及以上,ASSOCIATE",
        "大学专科,ASSOCIATE", "中职及技工,VOCATIONAL", "中专,VOCATIONAL", "高中及以上,HIGH_SCHOOL", "大专以下,UNSPECIFIED",
        "不限,UNSPECIFIED", "bachelor's degree,BACHELOR", "全日制本科及以上,BACHELOR"})
    void readsEducationCodesLabelsAndBucketsAsTheMinimum(String cell, Education expected) {
        assertEquals(expected, Vocabulary.education(cell));
    }

    @Test
    void refusesEducationWordingItCannotPlace() {
        assertNull(Vocabulary.education("名校优先"));
        assertNull(Vocabulary.education("本科，985 优先"));
    }

    @ParameterizedTest
    @CsvSource({"3年以上,3", "3年及以上,3", "1-3年,1", "1～3年,1", "10年及以上,10", "不限,0", "5,5", "三年以上,3",
        "十年以上,10", "3年以下,0", "应届毕业生,0", "5 years,5", "3 years or more,3", "２年,2"})
    void readsExperienceWordingAsMinimumYears(String cell, int years) {
        assertEquals(years, Vocabulary.minYears(cell));
    }

    @Test
    void refusesExperienceWordingItCannotPlace() {
        assertNull(Vocabulary.minYears("若干年"));
        assertNull(Vocabulary.minYears("5-3年"));
    }

    @Test
    void readsCategoryAndPolicyCodesAndLabels() {
        assertEquals(JobCategory.APPLIED_TECHNOLOGY, Vocabulary.labelled(JobCategory.class, "应用技术类"));
        assertEquals(JobCategory.BASIC_RESEARCH, Vocabulary.labelled(JobCategory.class, "BASIC_RESEARCH"));
        assertEquals(Policy.TALENT_INTRODUCTION, Vocabulary.labelled(Policy.class, "引进"));
        assertEquals(Policy.TALENT_INTRODUCTION, Vocabulary.labelled(Policy.class, "人才引进"));
        assertEquals(Policy.HOUSING, Vocabulary.labelled(Policy.class, "安居"));
    }

    @Test
    void readsIndustryCodesAndNamesOfTheCodeLists() {
        assertEquals("INTEGRATED_CIRCUIT", Vocabulary.industry("集成电路", CodeLists.defaults()));
        assertEquals("INTEGRATED_CIRCUIT", Vocabulary.industry(" INTEGRATED_CIRCUIT ", CodeLists.defaults()));
        assertNull(Vocabulary.industry("芯片", CodeLists.defaults()));
    }

    @Test
    void splitsListsOnAllThreeSeparatorsAndTrimsItems() {
        assertEquals(List.of("微电子", "物理", "材料", "化学"), Vocabulary.split("微电子；物理; 材料、化学；"));
    }

    @Test
    void writesListsThatWouldSplitWronglyAsJsonArrays() {
        JsonTexts json = new JsonTexts();
        var array = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add("a;b").add(" c");
        String cell = ListCells.format(array);
        assertEquals("[\"a;b\",\" c\"]", cell);
        assertEquals(List.of("a;b", " c"), ListCells.parse(cell, json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "300000-500000元/年|{\"min\":300000,\"max\":500000,\"period\":\"YEAR\"}",
        "30-50万/年|{\"min\":300000,\"max\":500000,\"period\":\"YEAR\"}",
        "年薪30-50万|{\"min\":300000,\"max\":500000,\"period\":\"YEAR\"}",
        "8000-12000 USD/月|{\"min\":8000,\"max\":12000,\"currency\":\"USD\",\"period\":\"MONTH\"}",
        "1.50-2.5 CNY/month|{\"min\":1.50,\"max\":2.5,\"currency\":\"CNY\",\"period\":\"MONTH\"}"})
    void readsSalaryWording(String cell, String json) {
        assertEquals(json, Salaries.parse(cell, new JsonTexts()).toString());
    }

    @Test
    void refusesSalaryWithoutPeriod() {
        assertNull(Salaries.parse("30-50万", new JsonTexts()));
    }

    @Test
    void matchesHeadersWhateverTheirSpacesWidthAndCase() {
        assertEquals("/name/zh", Columns.match(" 岗位 名称 ").pointer());
        assertEquals("/description/en", Columns.match("岗位职责（英文）").pointer());
        assertEquals("/requirements/certifications", Columns.match("职称／职业资格").pointer());
        assertEquals("/id", Columns.match("ＩＤ").pointer());
        assertEquals("/shortage/level", Columns.match("Shortage Level").pointer());
        assertEquals("/requirements/x-tag", Columns.match("requirements.x-tag").pointer());
        assertNull(Columns.match("备注"));
    }

    @Test
    void parsesFiveStarMappingsOfTheCommandLine() {
        FiveStarMapping m = FiveStarMapping.parse("1-2:GENERALLY_SCARCE,3-4:紧缺,5:VERY_SCARCE");
        assertEquals(List.of(ShortageLevel.GENERALLY_SCARCE, ShortageLevel.GENERALLY_SCARCE, ShortageLevel.SCARCE,
                ShortageLevel.SCARCE, ShortageLevel.VERY_SCARCE), m.levels());
    }
}
