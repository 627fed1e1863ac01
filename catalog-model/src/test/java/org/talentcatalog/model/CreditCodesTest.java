package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015 and its check character
 * (rule R8 and the {@code @CreditCode} constraint).
 */
class CreditCodesTest {

    /**
     * Published valid codes:
     * <ul>
     * <li>{@code 91350100M000100Y43}: the example of issue 2 (a Fuzhou enterprise code quoted in GB
     *     32100-2015 explanations);
     * <li>{@code 914403001922038216}: 华为技术有限公司, as shown in the infobox of Chinese Wikipedia's
     *     article 華為 (https://zh.wikipedia.org/zh-hk/%E8%8F%AF%E7%88%B2, "機構代碼");
     * <li>{@code 91110000600037341L}: the valid test vector of python-stdnum's {@code cn.uscc} module
     *     (also used by php-stdnum's tests).
     * </ul>
     */
    static final List<String> PUBLISHED = List.of("91350100M000100Y43", "914403001922038216", "91110000600037341L");

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "914403001922038216", "91110000600037341L"})
    void publishedCodesAreValid(String code) {
        assertTrue(CreditCodes.isValid(code));
        assertTrue(CreditCodes.hasValidShape(code));
        assertEquals(Optional.of(code.charAt(17)), CreditCodes.checkCharacter(code.substring(0, 17)));
        assertEquals(List.of(), ModelValidation.describe(new Organization("某单位", OrganizationRole.ENTERPRISE, code)));
    }

    @Test
    void everySingleCharacterSubstitutionOfAPublishedCodeIsInvalid() {
        // A change at position i shifts the weighted sum by d·3^i (mod 31) with 0 < |d| < 31; 31 is
        // prime, so the check character always changes: no substitution can go unnoticed.
        int mutants = 0;
        for (String code : PUBLISHED) {
            for (int i = 0; i < 18; i++) {
                for (char c : CreditCodes.ALPHABET.toCharArray()) {
                    if (c == code.charAt(i)) {
                        continue;
                    }
                    String mutant = code.substring(0, i) + c + code.substring(i + 1);
                    assertTrue(CreditCodes.hasValidShape(mutant), mutant);
                    assertFalse(CreditCodes.isValid(mutant), mutant);
                    mutants++;
                }
            }
        }
        assertEquals(3 * 18 * 30, mutants);
    }

    @Test
    void everySubstitutionIsAlsoReportedByTheConstraint() {
        String code = PUBLISHED.get(0);
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            for (char c : CreditCodes.ALPHABET.replace(String.valueOf(code.charAt(i)), "").toCharArray()) {
                String mutant = code.substring(0, i) + c + code.substring(i + 1);
                if (ModelValidation.validate(new Organization("某单位", OrganizationRole.OTHER, mutant)).isEmpty()) {
                    accepted.add(mutant);
                }
            }
        }
        assertEquals(List.of(), accepted);
    }

    @Test
    void theAlphabetIsDigitsAndUpperCaseLettersWithoutIOSVZ() {
        assertEquals(31, CreditCodes.ALPHABET.length());
        for (char c = '0'; c <= 'Z'; c++) {
            boolean expected = Character.isDigit(c) || (Character.isUpperCase(c) && "IOSVZ".indexOf(c) < 0);
            assertEquals(expected, CreditCodes.ALPHABET.indexOf(c) >= 0, String.valueOf(c));
        }
    }

    @ParameterizedTest(name = "{0} is not in the alphabet")
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', 'a', 'y', '-', ' ', '９', 'Ｙ'})
    void aCharacterOutsideTheAlphabetMakesTheShapeInvalid(char c) {
        for (int i = 0; i < 18; i++) {
            String code = PUBLISHED.get(0);
            String mutant = code.substring(0, i) + c + code.substring(i + 1);
            assertFalse(CreditCodes.hasValidShape(mutant), mutant);
            assertFalse(CreditCodes.isValid(mutant), mutant);
        }
    }

    @ParameterizedTest(name = "[{0}] has the wrong length")
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y431", " 91350100M000100Y43"})
    void onlyEighteenCharactersMakeACode(String code) {
        assertFalse(CreditCodes.hasValidShape(code));
        assertFalse(CreditCodes.isValid(code));
    }

    @Test
    void nullIsNotACodeButIsAcceptedByTheConstraintWhichLeavesPresenceToNotNull() {
        assertFalse(CreditCodes.isValid(null));
        assertFalse(CreditCodes.hasValidShape(null));
        assertEquals(Optional.empty(), CreditCodes.checkCharacter(null));
        assertEquals(List.of(), ModelValidation.describe(new Organization("某单位", OrganizationRole.OTHER, null)));
    }

    @Test
    void aWeightedSumDivisibleBy31GivesTheCheckCharacterZero() {
        assertEquals(Optional.of('0'), CreditCodes.checkCharacter("0".repeat(17)));
        assertTrue(CreditCodes.isValid("0".repeat(18)));
    }

    @Test
    void theCheckCharacterNeedsSeventeenAlphabetCharacters() {
        assertEquals(Optional.empty(), CreditCodes.checkCharacter("9135010"));
        assertEquals(Optional.empty(), CreditCodes.checkCharacter("91350100I000100Y4"));
    }

    @Provide
    Arbitrary<String> first17() {
        return Arbitraries.strings().withChars(CreditCodes.ALPHABET.toCharArray()).ofLength(17);
    }

    /** GB 32100-2015, 5.3: C18 = 31 − mod(Σ Ci·Wi, 31), Wi = 3^(i−1) mod 31, and 31 is written 0. */
    @Property(tries = 200)
    void theCheckCharacterFollowsTheStandardsFormula(@ForAll("first17") String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CreditCodes.ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = (31 - sum % 31) % 31;
        assertEquals(Optional.of(CreditCodes.ALPHABET.charAt(check)), CreditCodes.checkCharacter(first17));
        assertTrue(CreditCodes.isValid(first17 + CreditCodes.ALPHABET.charAt(check)));
    }
}
