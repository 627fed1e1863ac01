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

    private static final int TEXT = 0;
    private static final int TAG_NAME = 1;
    private static final int IN_TAG = 2;
    private static final int ATTRIBUTE_NAME = 3;
    private static final int AFTER_EQUALS = 4;
    private static final int VALUE = 5;
    private static final int SKIP_TAG = 6;

    private final String part;
    private int state = TEXT;
    /** The local tag name so far (after any prefix), and its length; longer names are no {@code c} or {@code row}. */
    private final byte[] name = new byte[4];
    private int nameLength;
    private boolean row;
    /** Whether the attribute being read is {@code r}: its name so far is just "r". */
    private boolean reference;
    private final byte[] value = new byte[LONGEST + 1];
    private int valueLength;
    private byte quote;

    /** @param part the zip entry, for the message */
    CellReferences(String part) {
        this.part = part;
    }

    /** Whether a zip entry is a worksheet, whose references are checked. */
    static boolean checks(String entry) {
        return entry.startsWith("xl/worksheets/") && entry.endsWith(".xml");
    }

    /**
     * Takes the next {@code n} bytes of the part; allocates nothing unless a reference is refused.
     * Text and the tags other than {@code c} and {@code row} are skipped a run at a time.
     */
    void accept(byte[] buffer, int n) {
        int i = 0;
        while (i < n) {
            if (state == TEXT || state == SKIP_TAG) {
                byte until = state == TEXT ? (byte) '<' : (byte) '>';
                while (i < n && buffer[i] != until) {
                    i++;
                }
                if (i == n) {
                    return;
                }
                i++;
                if (state == TEXT) {
                    state = TAG_NAME;
                    nameLength = 0;
                } else {
                    state = TEXT;
                }
            } else {
                accept(buffer[i++]);
            }
        }
    }

    /** Takes one byte inside a tag. */
    private void accept(byte b) {
        switch (state) {
            case TAG_NAME:
                if (space(b)) {
                    row = is("row");
                    state = row || is("c") ? IN_TAG : SKIP_TAG;
                } else if (b == '>') {
                    state = TEXT;
                } else if (b == ':') {
                    nameLength = 0; // a prefix: the local name follows
                } else if (b == '/') {
                    state = SKIP_TAG;
                } else if (nameLength < name.length) {
                    name[nameLength++] = b;
                } else {
                    nameLength = name.length + 1; // too long for c or row, unless a prefix ends
                }
                return;
            case IN_TAG:
                if (b == '>') {
                    state = TEXT;
                } else if (!space(b) && b != '/') {
                    reference = b == 'r';
                    state = ATTRIBUTE_NAME;
                }
                return;
            case ATTRIBUTE_NAME:
                if (b == '=') {
                    state = AFTER_EQUALS;
                } else if (b == '>') {
                    state = TEXT;
                } else if (!space(b)) {
                    reference = false; // a longer name than "r"
                }
                return;
            case AFTER_EQUALS:
                if (b == '"' || b == '\'') {
                    quote = b;
                    valueLength = 0;
                    state = VALUE;
                } else if (!space(b)) {
                    state = SKIP_TAG; // not well-formed XML: the XML reader will say so
                }
                return;
            case VALUE:
                if (b == quote) {
                    if (reference) {
                        check(value, valueLength);
                    }
                    state = IN_TAG;
                } else if (reference) {
                    if (valueLength == value.length) {
                        check(value, valueLength);
                    } else {
                        value[valueLength++] = b;
                    }
                }
                return;
            default:
                throw new IllegalStateException(String.valueOf(state));
        }
    }

    private boolean is(String local) {
        if (nameLength != local.length()) {
            return false;
        }
        for (int i = 0; i < nameLength; i++) {
            if (name[i] != local.charAt(i)) {
                return false;
            }
        }
        return true;
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
        byte[] bytes = r.getBytes(StandardCharsets.UTF_8);
        check(bytes, bytes.length);
    }

    /** Checks the reference in {@code bytes[0, n)}; refuses it when it is beyond a worksheet. */
    private void check(byte[] bytes, int n) {
        if (n == 0) {
            return;
        }
        int letters = 0;
        int column = 0;
        while (letters < n && letters <= 3 && isLetter(bytes[letters])) {
            column = column * 26 + ((bytes[letters] | 0x20) - 'a' + 1);
            letters++;
        }
        long number = 0;
        int digits = 0;
        boolean onlyDigits = true;
        for (int i = letters; i < n; i++) {
            byte b = bytes[i];
            if (b < '0' || b > '9' || digits == 8) {
                onlyDigits = false;
                break;
            }
            number = number * 10 + (b - '0');
            digits++;
        }
        boolean fits = (row ? letters == 0 : letters >= 1 && letters <= 3 && column <= MAX_COLUMN)
                && onlyDigits && digits >= 1 && bytes[letters] != '0' && number <= MAX_ROW;
        if (!fits) {
            int shownLength = Math.min(n, LONGEST);
            String shown = new String(bytes, 0, shownLength, StandardCharsets.UTF_8) + (n > LONGEST ? "…" : "");
            throw refused(row ? Messages.XLSX_ROW_OUT_OF_SHEET : Messages.XLSX_CELL_OUT_OF_SHEET, shown);
        }
    }

    private static boolean isLetter(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
    }

    private TabularException refused(Messages message, String shown) {
        return ReadIssues.refused("read:cellReference", part, message.text(shown));
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
