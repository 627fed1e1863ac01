package org.talentcatalog.postings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Education and experience requirements, as postings word them, read into their categories. */
class WordingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "博士|doctorate", "PhD|doctorate", "Doctoral degree|doctorate", "本科/硕士/博士|doctorate",
        "硕士及以上|master", "研究生|master", "Master's degree|master", "本科或硕士|master",
        "本科及以上|bachelor", "学士学位|bachelor", "Bachelor|bachelor", "大专/本科|bachelor",
        "大专|associate", "专科以上|associate", "Associate|associate", "college degree|associate",
        "高中|secondary", "中专/中技|secondary", "中技|secondary", "技校|secondary", "初中以上|secondary",
        "secondary school|secondary", "High School|secondary",
        "不限|any", "学历不限|any", "ANY|any", "none|any", " any |any",
        "''|unstated", "其他|unstated", "anything goes|unstated", "nonempty|unstated"})
    void educationWordingsHaveTheirCategory(String wording, String category) {
        assertEquals(category, Wording.EDUCATION.get(Wording.education(wording)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "经验不限|any", "无经验可|any", "应届毕业生|any", "在校生|any", "Any|any", "no experience needed|any",
        "半年以上|under_1", "0.5年|under_1", "0年|under_1", "1年以下|under_1", "1年以内|under_1",
        "1 year or below|under_1", "under 1 year|under_1", "less than 1 year|under_1",
        "1年|1_3", "1年以上|1_3", "1-3年|1_3", "一年以上|1_3", "2年|1_3", "2.9年|1_3",
        "3年|3_5", "3-5年|3_5", "三年以上|3_5", "4.5年|3_5",
        "5年|5_10", "五年以上|5_10", "5-10年|5_10", "9.9年|5_10",
        "10年以上|over_10", "十年以上|over_10", "15 years|over_10",
        "''|unstated", "若干|unstated", "有相关经验|unstated", "3.5.1年|unstated"})
    void experienceWordingsHaveTheirCategory(String wording, String category) {
        assertEquals(category, Wording.EXPERIENCE.get(Wording.experience(wording)));
    }
}
