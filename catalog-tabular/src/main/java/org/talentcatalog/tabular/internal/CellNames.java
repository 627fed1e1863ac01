package org.talentcatalog.tabular.internal;

/** Spreadsheet cell names: column letters and {@code 岗位!E12}-style references. */
public final class CellNames {

    private CellNames() {
    }

    /** The letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String column(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }

    /** The 0-based column index of letters such as {@code AA}. */
    public static int columnIndex(String letters) {
        int n = 0;
        for (int i = 0; i < letters.length(); i++) {
            n = n * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return n - 1;
    }

    /** A cell reference: {@code sheet!E12}, or {@code E12} when the sheet is {@code null}. */
    public static String cell(String sheet, int column, int row) {
        return prefix(sheet) + column(column) + row;
    }

    /** A whole-row reference: {@code sheet!12:12}. */
    public static String row(String sheet, int row) {
        return prefix(sheet) + row + ":" + row;
    }

    private static String prefix(String sheet) {
        return sheet == null ? "" : sheet + "!";
    }
}
