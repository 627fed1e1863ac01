package org.talentcatalog.tabular.internal;

import java.util.List;

/**
 * One column of the positions table.
 *
 * @param pointer where the cell's value goes in a position, relative to it (e.g. {@code /name/zh});
 *     empty for the row number
 * @param kind how the cell is read and written
 * @param zh the Chinese header the writer uses
 * @param en the English header the writer uses
 * @param aliases other headers the reader accepts
 * @param required whether a position cannot do without it (its absence is reported once)
 */
public record Column(String pointer, Kind kind, String zh, String en, List<String> aliases, boolean required) {

    /** How a column's cells are read and written. */
    public enum Kind {
        /** 序号: written 1, 2, …; ignored on reading (the row order is the order). */
        ROW_NUMBER,
        /** Free text, kept as it is. */
        TEXT,
        /** A code-like text (ids, occupation codes): surrounding spaces removed. */
        CODE,
        /** An industry code or its label. */
        INDUSTRY,
        /** A job category code or label. */
        CATEGORY,
        /** An education code, label or bucket. */
        EDUCATION,
        /** A list of texts. */
        LIST,
        /** Years of experience in words. */
        EXPERIENCE,
        /** A shortage level: code, words or stars. */
        LEVEL,
        /** A decimal number. */
        DECIMAL,
        /** A whole number. */
        INTEGER,
        /** A salary range such as {@code 300000-500000元/年}. */
        SALARY,
        /** A list of policy codes or labels. */
        POLICIES,
        /** An extension member's JSON value. */
        EXTENSION,
        /** A free-text requirements cell (任职要求), kept as written and read into the requirements it states. */
        REQUIREMENT_TEXT
    }

    /** The header in the given language. */
    public String header(boolean english) {
        return english ? en : zh;
    }
}
