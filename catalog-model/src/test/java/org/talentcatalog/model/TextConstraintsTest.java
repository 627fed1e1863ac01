package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.model.Samples.REQUIREMENTS;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.MethodType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The custom constraints (NonBlank, MaxCodePoints, TextLength, UniqueItems, CreditCode) on docs/format.md's
 * "Precise points", the messages of the model's bundle, and property path → JSON Pointer mapping.
 */
class TextConstraintsTest {

    private static ConstraintViolation<Object> only(Object bean) {
        Set<ConstraintViolation<Object>> all = ModelValidation.validate(bean);
        assertEquals(1, all.size(), () -> ModelValidation.describe(bean).toString());
        return all.iterator().next();
    }

    @ParameterizedTest(name = "blank: [{0}]")
    @ValueSource(strings = {"", " ", "\u3000", "\u00a0", "\u3000\u3000", " \t\n\r\u000b\f\u00a0\u3000"})
    void asciiWhiteSpaceNoBreakSpaceAndIdeographicSpaceAreBlank(String blank) {
        ConstraintViolation<Object> v = only(new Region("310101", blank));
        assertEquals("name", v.getPropertyPath().toString());
        assertEquals("不能为空白（全角空格、不间断空格也视为空白）", v.getMessage());
        assertEquals("must not be blank (ideographic and no-break spaces count as blank)",
                ModelValidation.message(v, Locale.ENGLISH));
    }

    @ParameterizedTest(name = "non-blank: [{0}]")
    @ValueSource(strings = {"黄浦区", "\u3000黄浦区\u3000", "a", "\u2003", "\u200b", "😀"})
    void anyOtherCharacterMakesATextNonBlankIncludingOtherUnicodeSpaces(String text) {
        assertEquals(List.of(), ModelValidation.describe(new Region("310101", text)));
    }

    @Test
    void aBlankListItemIsReportedAtItsIndex() {
        ConstraintViolation<Object> v = only(REQUIREMENTS.withCompetencies("EDA", "\u3000"));
        assertEquals("competencies[1].<list element>", v.getPropertyPath().toString());
        assertEquals("/competencies/1", ModelValidation.pointer(v.getPropertyPath()));
        assertEquals("{org.talentcatalog.model.constraints.NonBlank.message}", v.getMessageTemplate());
    }

    @Test
    void nullListItemsAreRejectedWhenTheRecordIsBuiltSoTheElementNotNullIsASecondLine() {
        assertThrows(NullPointerException.class, () -> new Requirements(Education.MASTER,
                Arrays.asList("微电子", null), null, null, null, null));
        assertThrows(NullPointerException.class, () -> Scope.ofIndustries("AI", null));
    }

    @Test
    void lengthsCountCodePointsSoAnEmojiCountsOnce() {
        String twoHundredEmoji = "😀".repeat(200);
        assertEquals(400, twoHundredEmoji.length());
        assertEquals(List.of(), ModelValidation.describe(REQUIREMENTS.withCertifications(twoHundredEmoji)));
        ConstraintViolation<Object> v = only(REQUIREMENTS.withCertifications(twoHundredEmoji + "😀"));
        assertEquals("certifications[0].<list element>", v.getPropertyPath().toString());
        assertEquals("长度不能超过 200 个字符", v.getMessage());
        assertEquals("must be at most 200 characters long", ModelValidation.message(v, Locale.ENGLISH));
    }

    @Test
    void plainTextMembersAllow2000CodePoints() {
        assertEquals(List.of(), ModelValidation.describe(new Region("310101", "区".repeat(1999) + "😀")));
        ConstraintViolation<Object> v = only(new Experience(3, "经".repeat(2001)));
        assertEquals("description", v.getPropertyPath().toString());
        assertEquals("长度不能超过 2000 个字符", v.getMessage());
    }

    @Test
    void localizedTextsAllow200CodePointsPerLanguageAndReportTheLongOne() {
        Position p = Samples.position("IC-001");
        assertEquals(List.of(), ModelValidation.describe(p.toBuilder().name("岗".repeat(199) + "😀", "e".repeat(200)).build()));
        ConstraintViolation<Object> zh = only(p.toBuilder().name("岗".repeat(201), null).build());
        assertEquals("name.zh", zh.getPropertyPath().toString());
        assertEquals("长度不能超过 200 个字符", zh.getMessage());
        ConstraintViolation<Object> en = only(p.toBuilder().name("岗", "e".repeat(201)).build());
        assertEquals("name.en", en.getPropertyPath().toString());
        assertEquals("must be at most 200 characters long", ModelValidation.message(en, Locale.ENGLISH));
    }

    @Test
    void aPositionDescriptionAllows4000CodePointsPerLanguage() {
        Position p = Samples.position("IC-001");
        String longest = "责".repeat(3999) + "😀";
        assertEquals(List.of(), ModelValidation.describe(p.toBuilder().description(new LocalizedText(longest, longest)).build()));
        Position tooLong = p.toBuilder().description(new LocalizedText("责".repeat(4001), "d".repeat(4001))).build();
        assertEquals(List.of("/description/en 长度不能超过 4000 个字符", "/description/zh 长度不能超过 4000 个字符"),
                ModelValidation.describe(tooLong));
        // 4000 is for descriptions only: the same text as a name is too long
        assertEquals(List.of("/name/zh 长度不能超过 200 个字符"),
                ModelValidation.describe(p.toBuilder().name(LocalizedText.of(longest)).build()));
    }

    @Test
    void catalogTitleProgramNameAndIndicatorNameAllow200() {
        Catalog c = Samples.catalog();
        assertEquals(List.of("/title/zh 长度不能超过 200 个字符"),
                ModelValidation.describe(c.toBuilder().title("目".repeat(201), null).build()));
        assertEquals(List.of("/name/en 长度不能超过 200 个字符"),
                ModelValidation.describe(new Program(new LocalizedText("专项", "p".repeat(201)), ProgramType.MAJOR_STRATEGY)));
        assertEquals(List.of("/name/zh 长度不能超过 200 个字符"), ModelValidation.describe(
                new Indicator("ratio", LocalizedText.of("指".repeat(201)), IndicatorDirection.POSITIVE, null)));
    }

    @Test
    void anInvalidCreditCodeIsReportedWithTheCreditCodeMessage() {
        ConstraintViolation<Object> v = only(new Organization("某单位", OrganizationRole.ENTERPRISE, "91350100M000100Y44"));
        assertEquals("creditCode", v.getPropertyPath().toString());
        assertEquals("不是有效的统一社会信用代码（GB 32100-2015：18 位，校验码须正确）", v.getMessage());
        assertEquals("not a valid unified social credit code (GB 32100-2015: 18 characters with a correct check character)",
                ModelValidation.message(v, Locale.ENGLISH));
        ConstraintViolation<Object> c = only(new Contractor("某院", OrganizationRole.RESEARCH_INSTITUTE, "91350100m000100Y43",
                ContractorSelection.DESIGNATED));
        assertEquals("creditCode", c.getPropertyPath().toString());
    }

    @Test
    void messagesAreChineseByDefaultWhateverTheJvmLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ConstraintViolation<Object> v = only(Edition.of(null));
            assertEquals("缺少必填成员", v.getMessage());
            assertEquals("required member is missing", ModelValidation.message(v, Locale.ENGLISH));
            assertEquals("缺少必填成员", ModelValidation.message(v, Locale.SIMPLIFIED_CHINESE));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void constraintsOnRecordComponentsAreDeclaredOnTheFieldOnlyAndNotOnAGetter() {
        var descriptor = ModelValidation.validator().getConstraintsForClass(Organization.class);
        assertEquals(Set.of(), descriptor.getConstrainedMethods(MethodType.GETTER));
        assertEquals(3, descriptor.getConstraintsForProperty("name").getConstraintDescriptors().size());
        // and a null required member yields one violation, not one for the field and one for name()
        assertEquals(List.of("/name 缺少必填成员"),
                ModelValidation.describe(new Organization(null, OrganizationRole.OTHER, null)));
    }

    @Test
    void deepPropertyPathsMapToJsonPointers() {
        Position ok = Samples.position("P0");
        Position bad = ok.toBuilder().id("P3").requirements(REQUIREMENTS.withMajors("微电子", "\u3000")).build();
        Catalog c = Samples.catalog(ok, ok.toBuilder().id("P1").build(), ok.toBuilder().id("P2").build(), bad)
                .toBuilder().methodology(new Methodology(new Survey(null, null, null,
                        Map.of(RespondentType.HR_SERVICE_AGENCY, -1), null), null, List.of())).build();
        Set<ConstraintViolation<Catalog>> violations = ModelValidation.validate(c);
        List<String> paths = violations.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
        assertEquals(List.of("methodology.survey.respondents[HR_SERVICE_AGENCY].<map value>",
                "positions[3].requirements.majors[1].<list element>"), paths);
        assertEquals(List.of("/methodology/survey/respondents/HR_SERVICE_AGENCY", "/positions/3/requirements/majors/1"),
                ModelValidation.pointers(violations));
    }

    @Test
    void aLocalizedTextPointerEndsInItsLanguage() {
        Catalog c = Samples.catalog(Samples.position("P0").toBuilder().name(new LocalizedText("\u3000", null)).build());
        assertEquals(List.of("/positions/0/name/zh 不能为空白（全角空格、不间断空格也视为空白）"), ModelValidation.describe(c));
        assertTrue(ModelValidation.describe(Samples.catalog(Samples.position("P0"))).isEmpty());
    }
}
