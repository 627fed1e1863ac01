package org.talentcatalog.tabular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Education;

/**
 * Requirements texts at the edges of what is read: phrases about majors that name none or are no such
 * phrase, education without 学历, the lowest degree over several phrases, experience wording at the
 * bounds of years and of length, and items at the longest kept.
 */
class RequirementTextEdgesTest {

    @Test
    void majorPhrasesThatNameNoMajorAreNeitherMajorsNorCompetencies() {
        for (String text : List.of("本科学历，专业不限", "本科学历，相关专业", "本科学历，不限专业")) {
            RequirementText.Inferred r = RequirementText.read(text);
            assertEquals(List.of(), r.majors(), text);
            assertEquals(List.of(), r.competencies(), text);
            assertEquals(Education.BACHELOR, r.education(), text);
        }
    }

    @Test
    void majorsMayBeLabelledOrNamedOnceOrJoinedByOr() {
        assertEquals(List.of("计算机", "软件工程"), RequirementText.read("专业要求：计算机、软件工程").majors());
        assertEquals(List.of("微电子"), RequirementText.read("微电子专业优先").majors());
        assertEquals(List.of("机械", "电气"), RequirementText.read("机械或电气相关专业").majors());
    }

    @Test
    void aPhraseWithTheWordForMajorThatIsNoListOfMajorsIsACompetency() {
        RequirementText.Inferred r = RequirementText.read("具备专业素养；熟悉机械设计等相关专业");
        assertEquals(List.of(), r.majors());
        assertEquals(List.of("具备专业素养", "熟悉机械设计等相关专业"), r.competencies());
    }

    @Test
    void emptyPhrasesBetweenCommasAreLeftOut() {
        assertEquals(List.of("责任心强，善于沟通"), RequirementText.read("责任心强，，善于沟通").competencies());
    }

    @Test
    void educationIsFoundWithoutTheWordForItAndTheLowestOverAllPhrasesCounts() {
        assertEquals(Education.ASSOCIATE, RequirementText.read("大专以上，三年以上工作经验").education());
        assertEquals(Education.BACHELOR, RequirementText.read("本科学历").education());
        assertEquals(Education.MASTER, RequirementText.read("以硕士以上为宜").education());
        assertEquals(Education.BACHELOR, RequirementText.read("硕士研究生学历，本科及以上学历亦可").education());
        assertEquals(Education.BACHELOR, RequirementText.read("本科及以上学历，硕士研究生学历优先").education());
    }

    @Test
    void experienceWordingAtItsBounds() {
        assertEquals(0, RequirementText.read("经验不限").minYears());
        assertEquals(5, RequirementText.read("年限：5年以上").minYears(), "the word for years first");
        RequirementText.Inferred noExperience = RequirementText.read("5年内无违纪记录");
        assertNull(noExperience.minYears(), "years without a word for experience");
        assertEquals(List.of("5年内无违纪记录"), noExperience.competencies());
        assertEquals(50, RequirementText.read("50年以上工作经验").minYears());
        assertNull(RequirementText.read("51年以上工作经验").minYears(), "more than 50 years is no requirement");
    }

    @Test
    void anExperiencePhraseOfUpTo200CharactersIsKeptAsWritten() {
        String at = "5年以上工作经验" + "甲".repeat(200 - 8);
        assertEquals(200, at.length());
        assertEquals(at, RequirementText.read(at).experience());
        RequirementText.Inferred longer = RequirementText.read(at + "乙");
        assertEquals(5, longer.minYears());
        assertNull(longer.experience(), "a phrase longer than an item is not kept");
    }

    @Test
    void aCertificationOfUpTo200CharactersIsKeptALongerOneIsNot() {
        String at = "持有" + "甲".repeat(198);
        assertEquals(List.of(at), RequirementText.read(at).certifications());
        assertEquals(List.of(), RequirementText.read(at + "乙").certifications());
        String astral = "持有" + "𠀀".repeat(198);
        assertEquals(List.of(astral), RequirementText.read(astral).certifications(), "counted in characters");
    }
}
