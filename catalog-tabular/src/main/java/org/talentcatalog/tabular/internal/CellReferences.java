package org.talentcatalog.tabular.internal;

import java.nio.charset.StandardCharsets;
import org.talentcatalog.tabular.TabularException;

/**
 * Checks the {@code r} attribute of every {@code <row>} and {@code <c>} element of a worksheet part
 * while {@link XlsxGuard} inflates it, a byte at a time, so that a reference beyond a worksheet
 * ({@code XFDZZZZZZ1}, row 99999999999, {@code 2C}) is refused with one sentence naming it, before the
 * spreadsheet library sizes a row by it (a column index that overflows, or a row of millions of
 * cells). Rows run from 1 to {@value #MAX_ROW} and columns from A to XFD (Excel's own bounds). An
 * empty {@code r} is left to the library, which places the cell by its order. One per part; not
 * thread-safe.
 */
final class CellReferences {

    /** The last row of a worksheet. */
    static final int MAX_ROW = 1_048_576;
    /** The last column of a worksheet, XFD, as a 1-based number. */
    static final int MAX_COLUMN = 16_384;
    private static final int LONGEST = 32;
    private static final java.util.regex.Pattern MERGE = java.util.regex.Pattern.compile("([A-Z]+\\d+):([A-Z]+\\d+)");

    private enum State { TEXT, TAG_NAME, IN_TAG, ATTRIBUTE_NAME, AFTER_EQUALS, VALUE, SKIP_TAG }

    private final String part;
    private State state = State.TEXT;
    private final StringBuilder name = new StringBuilder();
    private final StringBuilder value = new StringBuilder();
    private boolean row;
    private boolean reference;
    private byte quote;

    /** @param part the zip entry, for the message */
    CellReferences(String part) {
        this.part = part;
    }

    /** Whether a zip entry is a worksheet, whose references are checked. */
    static boolean checks(String entry) {
        return entry.startsWith("xl/worksheets/") && entry.endsWith(".xml");
    }

    /** Takes the next byte of the part. */
    void accept(byte b) {
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    state = State.TAG_NAME;
                    name.setLength(0);
                }
            }
            case TAG_NAME -> {
                if (space(b)) {
                    String local = name.substring(name.indexOf(":") + 1);
                    row = local.equals("row");
                    state = row || local.equals("c") ? State.IN_TAG : State.SKIP_TAG;
                } else if (b == '>' || b == '/' || name.length() > LONGEST) {
                    state = b == '>' ? State.TEXT : State.SKIP_TAG;
                } else {
                    name.append((char) (b & 0xFF));
                }
            }
            case SKIP_TAG -> state = b == '>' ? State.TEXT : State.SKIP_TAG;
            case IN_TAG -> {
                if (b == '>') {
                    state = State.TEXT;
                } else if (!space(b) && b != '/') {
                    name.setLength(0);
                    name.append((char) (b & 0xFF));
                    state = State.ATTRIBUTE_NAME;
                }
            }
            case ATTRIBUTE_NAME -> {
                if (b == '=') {
                    reference = name.toString().strip().equals("r");
                    state = State.AFTER_EQUALS;
                } else if (b == '>') {
                    state = State.TEXT;
                } else if (name.length() <= LONGEST) {
                    name.append((char) (b & 0xFF));
                }
            }
            case AFTER_EQUALS -> {
                if (b == '"' || b == '\'') {
                    quote = b;
                    value.setLength(0);
                    state = State.VALUE;
                } else if (!space(b)) {
                    state = State.SKIP_TAG; // not well-formed XML: the XML reader will say so
                }
            }
            case VALUE -> {
                if (b == quote) {
                    if (reference) {
                        check(value.toString());
                    }
                    state = State.IN_TAG;
                } else if (reference) {
                    value.append((char) (b & 0xFF));
                    if (value.length() > LONGEST) {
                        check(value.toString());
                    }
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    /**
     * Checks a merged range such as {@code B3:B7} of the part; a range of another shape is left to
     * the reader, which skips it.
     */
    static void checkMerge(String part, String range) {
        java.util.regex.Matcher m = MERGE.matcher(range);
        if (m.matches()) {
            CellReferences cells = new CellReferences(part);
            cells.check(m.group(1));
            cells.check(m.group(2));
        }
    }

    private void check(String r) {
        if (r.isEmpty()) {
            return;
        }
        int letters = 0;
        while (letters < r.length() && Character.isLetter(r.charAt(letters)) && r.charAt(letters) < 128) {
            letters++;
        }
        String digits = r.substring(letters);
        boolean fits = (row ? letters == 0 : letters >= 1 && letters <= 3 && column(r.substring(0, letters)) <= MAX_COLUMN)
                && rowNumber(digits) <= MAX_ROW;
        if (!fits) {
            String bytes = r.length() > LONGEST ? r.substring(0, LONGEST) : r; // one char a byte, as read
            String shown = new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                    + (r.length() > LONGEST ? "…" : "");
            throw refused(row ? Messages.XLSX_ROW_OUT_OF_SHEET : Messages.XLSX_CELL_OUT_OF_SHEET, shown);
        }
    }

    private TabularException refused(Messages message, String shown) {
        return ReadIssues.refused("read:cellReference", part, message.text(shown));
    }

    /** The 1-based column of letters (either case), at most three of them. */
    private static int column(String letters) {
        int n = 0;
        for (int i = 0; i < letters.length(); i++) {
            n = n * 26 + (Character.toUpperCase(letters.charAt(i)) - 'A' + 1);
        }
        return n;
    }

    /** The row number of up to seven digits, or a number past the last row when it is none. */
    private static int rowNumber(String digits) {
        if (digits.isEmpty() || digits.length() > 7 || digits.charAt(0) == '0') {
            return Integer.MAX_VALUE;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return Integer.MAX_VALUE;
            }
        }
        return Integer.parseInt(digits);
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
