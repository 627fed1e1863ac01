package org.talentcatalog.tabular.internal;

import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.model.internal.Texts;

/**
 * Cutting a cell's text into items the way published catalogs write them: {@code ；} {@code ;}, line
 * breaks and numbered items ({@code 1.} {@code 1、} {@code （1）} {@code (1)} {@code ①}, numbered
 * 1, 2, 3 … in order, so a {@code 2.5} that is not the second item stays a number), and {@code 、}
 * only between the short items of a list, never inside a sentence ({@code 熟练掌握CANoe、CAD、CATIA}
 * is one item). Linear in the length of the text; stateless.
 */
public final class TextItems {

    /** Words that make a piece a sentence (a requirement), not a list of names. */
    private static final List<String> SENTENCE_WORDS = List.of("熟练", "熟悉", "掌握", "精通", "了解", "具有", "具备",
            "能够", "负责", "从事", "善于", "擅长", "理解", "运用", "使用", "持有", "获得", "参与", "主持", "良好",
            "较强", "优先", "以上", "经验", "要求");
    /** The longest item, in code points, of a list separated by {@code 、}. */
    private static final int LIST_ITEM_MAX = 16;
    private static final String ITEM_END = "；;。，,、.．：: \t\u3000";

    private TextItems() {
    }

    /**
     * The items of a list cell: pieces between {@code ；} {@code ;}, line breaks and item numbers,
     * each split further on {@code 、} when it is a list of short names; trimmed, empty ones dropped.
     */
    public static List<String> listItems(String cell) {
        List<String> out = new ArrayList<>();
        for (String piece : pieces(cell, false)) {
            List<String> names = names(piece);
            out.addAll(names != null ? names : List.of(piece));
        }
        return out;
    }

    /**
     * The clauses of a requirements text: pieces between {@code ；} {@code ;} {@code 。}, line breaks and
     * item numbers, without the numbers, trimmed, without trailing punctuation, empty ones dropped.
     */
    public static List<String> clauses(String text) {
        return pieces(text, true);
    }

    /** The short names of a piece such as {@code 汽车、机械、电气}, or {@code null} when it is not such a list. */
    public static List<String> names(String piece) {
        if (piece.indexOf('、') < 0 || piece.indexOf('，') >= 0 || piece.indexOf(',') >= 0
                || piece.indexOf('：') >= 0 || piece.indexOf(':') >= 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String part : piece.split("、", -1)) {
            String t = Texts.trim(part);
            if (!isName(t)) {
                return null;
            }
            names.add(t);
        }
        return names;
    }

    /** Whether a text is a short name (a major, a tool): not empty, short, no sentence punctuation or verbs. */
    public static boolean isName(String text) {
        if (text.isEmpty() || text.codePointCount(0, text.length()) > LIST_ITEM_MAX) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ("，,：:；;。、".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        for (String w : SENTENCE_WORDS) {
            if (text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> pieces(String text, boolean sentences) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int next = 1;
        int i = 0;
        boolean blank = true; // nothing but spaces since the last cut
        int[] lastTwo = {-2}; // where item number 2 is last written; -2 until looked for
        while (i < text.length()) {
            char c = text.charAt(i);
            int marker = marker(text, i, next, blank || i > 0 && boundary(text.charAt(i - 1)), !sentences, lastTwo);
            if (marker > 0) {
                add(out, sb, sentences);
                next++;
                i += marker;
                blank = true;
            } else if (c == '；' || c == ';' || c == '\n' || c == '\r' || sentences && c == '。') {
                add(out, sb, sentences);
                i++;
                blank = true;
            } else {
                sb.append(c);
                blank &= Character.isWhitespace(c) || Character.isSpaceChar(c);
                i++;
            }
        }
        add(out, sb, sentences);
        return out;
    }

    private static boolean boundary(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || "，,：:。".indexOf(c) >= 0;
    }

    /**
     * The length of the item number {@code n} at {@code i} (with the spaces after it), or 0. A digit
     * number ({@code 1.} {@code 1、}) counts at the start of a piece or after a space or comma; number 1
     * followed by a digit ({@code 1.5}), or starting a list cell, only when number 2 comes later.
     */
    private static int marker(String text, int i, int n, boolean atBoundary, boolean list, int[] lastTwo) {
        char c = text.charAt(i);
        int length = 0;
        if (n <= 20 && c == (char) ('①' + n - 1)) {
            length = 1;
        } else if (c == '（' || c == '(') {
            String digits = Integer.toString(n);
            int close = i + 1 + digits.length();
            if (text.startsWith(digits, i + 1) && close < text.length() && (text.charAt(close) == '）' || text.charAt(close) == ')')) {
                length = close + 1 - i;
            }
        } else if (atBoundary && c >= '0' && c <= '9' && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
            String digits = Integer.toString(n);
            int end = i + digits.length();
            if (text.startsWith(digits, i) && end < text.length() && ".．、)）".indexOf(text.charAt(end)) >= 0) {
                boolean numberFollows = end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
                boolean alone = numberFollows || list; // 1.5, or 1、 starting a list: item 1 only if item 2 follows
                if (alone && n == 1 && lastTwo[0] == -2) {
                    lastTwo[0] = lastMarker(text, 2);
                }
                if (n > 1 || !alone || lastTwo[0] > end) {
                    length = end + 1 - i;
                }
            }
        }
        if (length == 0) {
            return 0;
        }
        while (i + length < text.length() && (text.charAt(i + length) == ' ' || text.charAt(i + length) == '\u3000')) {
            length++;
        }
        return length;
    }

    /** Where item number {@code n} ({@code n.} {@code n、} …) is last written, or -1. */
    private static int lastMarker(String text, int n) {
        String digits = Integer.toString(n);
        for (int k = text.lastIndexOf(digits); k >= 0; k = k == 0 ? -1 : text.lastIndexOf(digits, k - 1)) {
            int end = k + digits.length();
            if (end < text.length() && ".．、)）".indexOf(text.charAt(end)) >= 0 && (k == 0 || !Character.isDigit(text.charAt(k - 1)))) {
                return k;
            }
        }
        return -1;
    }

    private static void add(List<String> out, StringBuilder sb, boolean sentences) {
        String t = Texts.trim(sb.toString());
        sb.setLength(0);
        if (sentences) {
            int end = t.length();
            while (end > 0 && ITEM_END.indexOf(t.charAt(end - 1)) >= 0) {
                end--;
            }
            t = Texts.trim(t.substring(0, end));
        }
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
