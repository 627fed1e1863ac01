package org.talentcatalog.tabular.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.internal.Texts;

/**
 * Streams the rows of one worksheet part (one StAX pass) as {@link RawCell}s: numbers as their decimal
 * text, booleans as {@code TRUE}/{@code FALSE}, shared and inline strings with their phonetic runs left
 * out and {@code _xHHHH_} escapes undone, formulas as their cached value (with a warning), and as
 * unreadable cells: formulas without a cached value, error values, a shared string the table does not
 * have (or a package without the table), a second cell with the same reference in a row, and text
 * that holds a lone UTF-16 surrogate. One per sheet.
 */
final class XlsxSheetReader {

    /** Excel's last column, XFD. */
    private static final int MAX_COLUMNS = 16_384;

    private final XlsxParts parts;
    private final String sheet;
    private final int maxChars;
    private final List<Issue> problems;
    private final SharedFormulas sharedFormulas = new SharedFormulas();

    XlsxSheetReader(XlsxParts parts, String sheet, int maxChars, List<Issue> problems) {
        this.parts = parts;
        this.sheet = sheet;
        this.maxChars = maxChars;
        this.problems = problems;
    }

    /** Gives every row of the part with its 1-based number. */
    void rows(XMLStreamReader r, BiConsumer<List<RawCell>, Integer> sink) throws XMLStreamException, IOException {
        int rowNumber = 0;
        while (XlsxParts.next(r, "row")) {
            String at = r.getAttributeValue(null, "r");
            rowNumber = at == null ? rowNumber + 1 : Integer.parseInt(at.strip());
            List<RawCell> cells = new ArrayList<>();
            int column = -1;
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (!r.getLocalName().equals("c")) {
                    XlsxParts.skip(r);
                    continue;
                }
                String ref = r.getAttributeValue(null, "r");
                column = ref == null ? column + 1 : column(ref, rowNumber);
                RawCell cell = cell(r, rowNumber, column);
                while (cells.size() <= column) {
                    cells.add(null);
                }
                if (cells.get(column) != null) {
                    cell = new RawCell("", false, Messages.XLSX_DUPLICATE_CELL.text(CellNames.column(column) + rowNumber));
                }
                cells.set(column, cell);
            }
            cells.replaceAll(c -> c == null ? RawCell.EMPTY : c);
            sink.accept(cells, rowNumber);
        }
    }

    /** The 0-based column of a reference such as {@code B12}. */
    private int column(String ref, int row) {
        int end = 0;
        while (end < ref.length() && ref.charAt(end) >= 'A' && ref.charAt(end) <= 'Z') {
            end++;
        }
        int index = end == 0 || end > 3 ? MAX_COLUMNS : CellNames.columnIndex(ref.substring(0, end));
        if (index >= MAX_COLUMNS) {
            throw ReadIssues.refused("read:notXlsx", sheet + "!" + ref, Messages.XLSX_BAD_REFERENCE.text(ref));
        }
        return index;
    }

    /** Reads one {@code <c>} element (the reader at its start) into a cell; afterwards at its end. */
    private RawCell cell(XMLStreamReader r, int row, int column) throws XMLStreamException, IOException {
        String type = r.getAttributeValue(null, "t");
        String value = null;
        String formula = null;
        String inline = null;
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
                case "v" -> value = r.getElementText();
                case "is" -> inline = XlsxParts.text(r, maxChars);
                case "f" -> formula = sharedFormulas.read(r, row, column);
                default -> XlsxParts.skip(r);
            }
        }
        if (formula != null) {
            if (value == null) {
                // Programs that write workbooks seldom calculate them: there is nothing to read.
                return new RawCell("", false, Messages.XLSX_FORMULA_WITHOUT_RESULT.text(formula));
            }
            problems.add(ReadIssues.warning("read:formula", null, CellNames.cell(sheet, column, row), Messages.XLSX_FORMULA.text(formula)));
            // The cached result is read as a cell of its type: a number, a boolean, an error, or text (t="str").
        }
        String t = type == null ? "n" : type;
        switch (t) {
            case "s":
                return shared(value);
            case "inlineStr": // its text in <is>; a writer that puts it in <v> (a formula's result) is read too
                return inline != null ? text(inline) : value == null ? RawCell.EMPTY : text(value);
            case "b":
                return value == null ? RawCell.EMPTY : RawCell.of("1".equals(value.strip()) ? "TRUE" : "0".equals(value.strip()) ? "FALSE" : value);
            case "e":
                return new RawCell("", false, Messages.XLSX_ERROR_VALUE.text(value));
            case "n":
                return value == null || value.isEmpty() ? RawCell.EMPTY : new RawCell(number(value), true, null);
            default:
                return value == null ? RawCell.EMPTY : text(value);
        }
    }

    /** A shared string by its index, or why it cannot be read. */
    private RawCell shared(String index) throws XMLStreamException, IOException {
        if (index == null || index.isBlank()) {
            return RawCell.EMPTY;
        }
        if (!parts.hasSharedStrings()) {
            return new RawCell("", false, Messages.XLSX_NO_SHARED_STRINGS.text(index.strip()));
        }
        List<String> table = parts.sharedStrings(maxChars);
        int i;
        try {
            i = Integer.parseInt(index.strip());
        } catch (NumberFormatException e) {
            i = -1;
        }
        if (i < 0 || i >= table.size()) {
            return new RawCell("", false, Messages.XLSX_NO_SUCH_SHARED_STRING.text(index.strip(), table.size()));
        }
        return text(table.get(i));
    }

    /** A text cell: escapes undone, neutralisation removed; unreadable when it holds a lone surrogate. */
    private static RawCell text(String raw) {
        String text = CellText.restore(CellText.unescapeXml(raw));
        int lone = Texts.loneSurrogate(text);
        if (lone >= 0) {
            return new RawCell("", false, org.talentcatalog.model.internal.Messages.READ_LONE_SURROGATE.text(Texts.hex(text, lone)));
        }
        return RawCell.of(text);
    }

    private static String number(String raw) {
        try {
            java.math.BigDecimal n = new java.math.BigDecimal(raw.trim());
            return n.scale() > 0 && n.stripTrailingZeros().scale() <= 0 ? n.stripTrailingZeros().toPlainString() : raw.trim();
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
