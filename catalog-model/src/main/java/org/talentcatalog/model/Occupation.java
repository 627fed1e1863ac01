package org.talentcatalog.model;

import org.jspecify.annotations.Nullable;

/**
 * One code of 《中华人民共和国职业分类大典（2022年版）》: a 大类, 中类, 小类 or 细类 (职业), with its marks.
 * Immutable; part of {@link OccupationCodes}.
 *
 * @param code the code in its full form {@code X-YY-ZZ-WW}; a short form ({@code 2-01-06}) given to
 *     the constructor is padded with {@code -00} ({@code 2-01-06-00})
 * @param name the Chinese name, e.g. {@code 集成电路工程技术人员}
 * @param level the level; it must fit the code (a 大类 is {@code X-00-00-00}, a 中类 {@code X-YY-00-00},
 *     a 小类 {@code X-YY-ZZ-00}, a 细类 either {@code X-YY-ZZ-WW} with {@code WW ≠ 00} or a
 *     {@code X-YY-ZZ-00} that is itself an occupation, such as {@code 6-31-05-00 包装工})
 * @param marks the digital/green marks; {@code null} means {@link OccupationMarks#NONE}
 */
public record Occupation(String code, String name, OccupationLevel level, OccupationMarks marks) {

    /**
     * Pads and checks the code, checks that name and level are present and fit.
     *
     * @param marks the marks; {@code null} gives {@link OccupationMarks#NONE}
     */
    public Occupation(String code, String name, OccupationLevel level, @Nullable OccupationMarks marks) {
        String full = OccupationCodes.normalize(code);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("occupation " + full + " needs a name");
        }
        if (level == null) {
            throw new IllegalArgumentException("occupation " + full + " needs a level");
        }
        if (!fits(full, level)) {
            throw new IllegalArgumentException("occupation code " + full + " cannot be a " + level.en()
                    + " (" + level.zh() + ")");
        }
        this.code = full;
        this.name = name.strip();
        this.level = level;
        this.marks = marks == null ? OccupationMarks.NONE : marks;
    }

    /** An occupation (细类) without marks. */
    public static Occupation of(String code, String name) {
        return new Occupation(code, name, OccupationLevel.OCCUPATION, OccupationMarks.NONE);
    }

    /** The 小类 this code belongs to, {@code X-YY-ZZ} (e.g. {@code 2-02-38} for {@code 2-02-38-09}). */
    public String minorGroup() {
        return code.substring(0, 7);
    }

    /** Whether the occupation is a 数字职业 (marked {@code S} or {@code L/S}). */
    public boolean digital() {
        return marks.digital();
    }

    /** Whether the occupation is a 绿色职业 (marked {@code L} or {@code L/S}). */
    public boolean green() {
        return marks.green();
    }

    private static boolean fits(String code, OccupationLevel level) {
        boolean yy = !code.startsWith("00", 2);
        boolean zz = !code.startsWith("00", 5);
        boolean ww = !code.startsWith("00", 8);
        return switch (level) {
            case MAJOR_GROUP -> !yy && !zz && !ww;
            case SUB_MAJOR_GROUP -> yy && !zz && !ww;
            case MINOR_GROUP -> yy && zz && !ww;
            case OCCUPATION -> yy && (zz || ww);
        };
    }
}
