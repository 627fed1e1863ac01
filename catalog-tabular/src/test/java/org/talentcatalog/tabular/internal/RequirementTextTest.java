package org.talentcatalog.tabular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Education;

/** Requirements texts written the way published catalogs write them, read into the requirements they state. */
class RequirementTextTest {

    @Test
    void readsChongqingStyleNumberedItemsSeparatedBySemicolons() {
        RequirementText.Inferred r = RequirementText.read("1.本科及以上学历，汽车、机械、电气、软件等相关专业；2.5年及以上EE架构工作经验；3.熟练掌握CANoe、CAD、CATIA");
        assertEquals(Education.BACHELOR, r.education());
        assertEquals(List.of("汽车", "机械", "电气", "软件"), r.majors());
        assertEquals(5, r.minYears());
        assertEquals("5年及以上EE架构工作经验", r.experience());
        assertEquals(List.of("熟练掌握CANoe、CAD、CATIA"), r.competencies());
        assertEquals(List.of(), r.certifications());
    }

    @Test
    void readsHangzhouStyleParenthesisedItemsOnLinesAfterAHeading() {
        RequirementText.Inferred r = RequirementText.read("任职要求：\n（1）硕士研究生及以上学历，集成电路设计、微电子等相关专业；\n"
                + "（2）3年以上数字IC前端设计经验；\n（3）熟悉Verilog、SystemVerilog，具备良好的沟通能力；\n（4）持有相关职业资格证书者优先。");
        assertEquals(Education.MASTER, r.education());
        assertEquals(List.of("集成电路设计", "微电子"), r.majors());
        assertEquals(3, r.minYears());
        assertEquals(List.of("熟悉Verilog、SystemVerilog，具备良好的沟通能力"), r.competencies());
        assertEquals(List.of("持有相关职业资格证书者优先"), r.certifications());
    }

    @Test
    void readsZhengzhouStyleCircledNumbersAndChineseNumerals() {
        RequirementText.Inferred r = RequirementText.read("①大专及以上学历；②两年以上数控设备操作工作经验；③持有数控车工中级及以上职业资格证书；④能看懂机械图纸。");
        assertEquals(Education.ASSOCIATE, r.education());
        assertEquals(List.of(), r.majors());
        assertEquals(2, r.minYears());
        assertEquals(List.of("持有数控车工中级及以上职业资格证书"), r.certifications());
        assertEquals(List.of("能看懂机械图纸"), r.competencies());
    }

    @Test
    void readsChengduStyleItemsNumberedInOneLine() {
        RequirementText.Inferred r = RequirementText.read("1、全日制本科及以上学历 2、计算机、软件工程相关专业 3、三年以上Java开发经验 4、具备中级工程师职称者优先");
        assertEquals(Education.BACHELOR, r.education());
        assertEquals(List.of("计算机", "软件工程"), r.majors());
        assertEquals(3, r.minYears());
        assertEquals(List.of("具备中级工程师职称者优先"), r.certifications());
        assertEquals(List.of(), r.competencies());
    }

    @Test
    void aDecimalThatIsNoItemNumberStaysANumber() {
        RequirementText.Inferred r = RequirementText.read("2.5年以上工作经验");
        assertNull(r.minYears(), "2.5 years is no whole number of years and no second item");
        assertEquals(List.of("2.5年以上工作经验"), r.competencies());
    }

    @Test
    void theLowestDegreeNamedIsTheMinimum() {
        assertEquals(Education.BACHELOR, RequirementText.read("本科或硕士及以上学历").education());
        assertEquals(Education.DOCTORATE, RequirementText.read("博士研究生学历").education());
        assertEquals(Education.UNSPECIFIED, RequirementText.read("学历不限，专业不限").education());
        assertNull(RequirementText.read("具有博士后研究经历者优先").education(), "博士后 is no degree requirement");
    }

    @Test
    void majorsAndDegreeInOnePhrase() {
        RequirementText.Inferred r = RequirementText.read("计算机相关专业本科及以上学历");
        assertEquals(Education.BACHELOR, r.education());
        assertEquals(List.of("计算机"), r.majors());
        assertTrue(r.competencies().isEmpty(), r::toString);
    }

    @Test
    void aTextThatStatesNothingKnownGivesCompetenciesOnly() {
        RequirementText.Inferred r = RequirementText.read("责任心强，善于沟通");
        assertNull(r.education());
        assertNull(r.minYears());
        assertEquals(List.of("责任心强，善于沟通"), r.competencies());
        assertTrue(RequirementText.read("  ；\n").isEmpty());
    }

    @Test
    void findsTheTextAfterAHeadingInAnotherCell() {
        assertEquals("本科", RequirementText.afterHeading("负责芯片验证。任职要求：本科"));
        assertNull(RequirementText.afterHeading("负责芯片验证"));
    }
}
