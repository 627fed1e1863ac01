package org.talentcatalog.tabular.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The formulas of one sheet's {@code <f>} elements, for messages: a shared formula is written once, in
 * its first cell, and its other cells name it by index; their formula is the first one with its
 * relative references moved by the distance between the cells. Not thread-safe: one per sheet.
 */
final class SharedFormulas {

    /** An A1 reference not inside a name or a function call: {@code B2}, {@code $B$2}, {@code 学历!A1}. */
    private static final Pattern REFERENCE = Pattern.compile("(?<![A-Za-z0-9_.])(\\$?)([A-Z]{1,3})(\\$?)([0-9]{1,7})(?![A-Za-z0-9_(])");

    /** {formula, row, column} of each shared formula's first cell, by index. */
    private final Map<String, Object[]> firsts = new HashMap<>();

    /** Reads the {@code <f>} element the reader is at, in the cell at {@code row} and 0-based {@code column}. */
    String read(XMLStreamReader r, int row, int column) throws XMLStreamException {
        String index = "shared".equals(r.getAttributeValue(null, "t")) ? r.getAttributeValue(null, "si") : null;
        String text = r.getElementText();
        if (index == null) {
            return text;
        }
        if (!text.isEmpty()) {
            firsts.putIfAbsent(index, new Object[] {text, row, column});
            return text;
        }
        Object[] first = firsts.get(index);
        return first == null ? "" : moved((String) first[0], row - (int) first[1], column - (int) first[2]);
    }

    /** The formula with its relative references moved; text in quotes is left as it is. */
    static String moved(String formula, int rows, int columns) {
        String[] parts = formula.split("\"", -1); // parts at odd positions are inside quotes
        StringBuilder out = new StringBuilder(formula.length() + 8);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('"');
            }
            if (i % 2 == 1) {
                out.append(parts[i]);
                continue;
            }
            Matcher m = REFERENCE.matcher(parts[i]);
            while (m.find()) {
                boolean fixedColumn = !m.group(1).isEmpty();
                boolean fixedRow = !m.group(3).isEmpty();
                int c = CellNames.columnIndex(m.group(2)) + (fixedColumn ? 0 : columns);
                long r = Long.parseLong(m.group(4)) + (fixedRow ? 0 : rows);
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + CellNames.column(Math.max(c, 0)) + m.group(3) + Math.max(r, 1)));
            }
            m.appendTail(out);
        }
        return out.toString();
    }
}
