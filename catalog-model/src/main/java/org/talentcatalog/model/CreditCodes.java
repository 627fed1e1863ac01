package org.talentcatalog.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and upper-case letters without I, O, S, V, Z), the last one a check character.
 *
 * <p>The check character is computed over the first 17 characters with weights 3<sup>i</sup> mod 31:
 * {@code C18 = 31 − (Σ value(Cᵢ)·Wᵢ mod 31)}, where a result of 31 is written as {@code 0}.
 * Thread-safe and stateless.
 */
public final class CreditCodes {

    /** The GB 32100-2015 alphabet; a character's value is its index. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** Whether {@code code} has 18 characters of the alphabet and a correct check character. */
    public static boolean isValid(@Nullable String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        Optional<Character> expected = checkCharacter(code.substring(0, 17));
        return expected.isPresent() && expected.get() == code.charAt(17) && ALPHABET.indexOf(code.charAt(17)) >= 0;
    }

    /** Whether every character of {@code code} is in the alphabet and it has 18 of them. */
    public static boolean hasValidShape(@Nullable String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The check character for the first 17 characters of a code.
     *
     * @param first17 the 17 leading characters
     * @return the check character, or empty when {@code first17} is not 17 characters of the alphabet
     */
    public static Optional<Character> checkCharacter(@Nullable String first17) {
        if (first17 == null || first17.length() != 17) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return Optional.of(ALPHABET.charAt(check == 31 ? 0 : check));
    }
}
