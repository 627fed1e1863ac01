package org.talentcatalog.tabular.internal;

/**
 * Cell text transformations that must be undone exactly on reading, so that round trips are equal.
 *
 * <p><b>Formula neutralisation</b> (OWASP "CSV injection"): a text that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return is written with a leading apostrophe, so
 * a spreadsheet shows it as text and never evaluates it. A text that already begins with an
 * apostrophe gets one more, so the transformation can be undone without ambiguity: on reading, one
 * leading apostrophe is removed exactly when the next character is one of those six or another
 * apostrophe. A vendor's {@code '=A1} therefore reads as {@code =A1}, and {@code 'abc} stays as it is.
 *
 * <p><b>XML-illegal characters</b> (XLSX only): XML 1.0 cannot hold most C0 controls, lone
 * surrogates, U+FFFE and U+FFFF; they are written as Excel does, {@code _xHHHH_}, and a literal
 * {@code _xHHHH_} in the text is protected as {@code _x005F_xHHHH_}.
 */
public final class CellText {

    private CellText() {
    }

    private static boolean trigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
    }

    /** The text as written to a cell: prefixed with an apostrophe when it could start a formula. */
    public static String neutralise(String text) {
        return !text.isEmpty() && trigger(text.charAt(0)) ? "'" + text : text;
    }

    /** Undoes {@link #neutralise}: removes one apostrophe before a formula character or apostrophe. */
    public static String restore(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && trigger(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    private static boolean xmlLegal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Escapes characters XML cannot hold as {@code _xHHHH_}; protects literal escapes. */
    public static String escapeXml(String text) {
        StringBuilder sb = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = null;
            if (escapedItself(text, i)) {
                replacement = String.format("_x%04X_", (int) text.charAt(i));
            } else if (cp == '_' && (isEscape(text, i) || isEscapeStart(text, i) && escapedItself(text, i + 6))) {
                // a literal _xHHHH_, or _xHHHH before a character whose own escape supplies the closing _
                replacement = "_x005F_";
            }
            if (replacement != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    /** Undoes {@link #escapeXml}: every {@code _xHHHH_} becomes its character. */
    public static String unescapeXml(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '_' && isEscape(text, i)) {
                sb.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                sb.append(text.charAt(i++));
            }
        }
        return sb.toString();
    }

    /** Whether the character at {@code i} is one XML cannot hold (or a carriage return): written as its escape. */
    private static boolean escapedItself(String s, int i) {
        int cp = s.codePointAt(i);
        boolean lone = Character.isSurrogate(s.charAt(i)) && Character.charCount(cp) == 1;
        return lone || !xmlLegal(cp) || cp == '\r';
    }

    /** Whether {@code _xHHHH} starts at {@code i} and a character follows it. */
    private static boolean isEscapeStart(String s, int i) {
        if (i + 7 > s.length() || s.charAt(i + 1) != 'x') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code _xHHHH_} starts at {@code i}. */
    private static boolean isEscape(String s, int i) {
        return isEscapeStart(s, i) && s.charAt(i + 6) == '_';
    }
}
