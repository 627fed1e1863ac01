package org.talentcatalog.model;

/**
 * One code of GB/T 4754-2017 国民经济行业分类: a 门类, 大类, 中类 or 小类. Immutable; part of
 * {@link IndustryClasses}.
 *
 * <p>The standard writes a 门类 as a letter and the other levels as digits ({@code 3973}); a catalog's
 * {@code industryClass} prefixes the digits with their 门类 ({@code C3973}), which
 * {@link #catalogCode()} gives.
 *
 * @param code the code as the standard writes it: the letter of a 门类 ({@code C}), or 2, 3 or 4
 *     digits ({@code 39}, {@code 397}, {@code 3973})
 * @param section the 门类 letter the code belongs to ({@code C} for {@code 3973}); for a 门类 its code
 * @param name the Chinese name, e.g. {@code 集成电路制造}
 * @param level the level, which must fit the code's form
 */
public record IndustryClass(String code, String section, String name, IndustryLevel level) {

    /** The form of a code: a 门类 letter or 2 to 4 digits. */
    private static final String FORM = "[A-Z]|[0-9]{2,4}";

    /** Checks that the code, section, name and level are present and fit together. */
    public IndustryClass {
        if (code == null || !code.matches(FORM)) {
            throw new IllegalArgumentException("an industry class code is a letter or 2 to 4 digits, not " + code);
        }
        if (section == null || !section.matches("[A-Z]")) {
            throw new IllegalArgumentException("industry class " + code + " needs its 门类 letter, not " + section);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("industry class " + code + " needs a name");
        }
        name = name.strip();
        if (level == null || level != levelOf(code)) {
            throw new IllegalArgumentException("industry class " + code + " is a " + levelOf(code).en()
                    + " (" + levelOf(code).zh() + "), not " + level);
        }
        if (level == IndustryLevel.SECTION && !section.equals(code)) {
            throw new IllegalArgumentException("门类 " + code + " is its own section, not " + section);
        }
    }

    /** A class whose level follows from the code's form. */
    public static IndustryClass of(String code, String section, String name) {
        // a malformed code has no level: the constructor then names the code, not a level
        return new IndustryClass(code, section, name, code == null || !code.matches(FORM) ? null : levelOf(code));
    }

    /** The form a catalog's {@code industryClass} uses: {@code C3973}, {@code C39}, or {@code C} for a 门类. */
    public String catalogCode() {
        return level == IndustryLevel.SECTION ? code : section + code;
    }

    /** The level a code's form implies: a letter is a 门类, n digits are level n. */
    static IndustryLevel levelOf(String code) {
        return code.length() == 1 ? IndustryLevel.SECTION : IndustryLevel.of(code.length());
    }
}
