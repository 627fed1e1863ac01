package org.talentcatalog.tabular.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.talentcatalog.model.Issue;

/**
 * Streams the rows of an XLSX workbook (fastexcel-reader, one StAX pass per sheet) as
 * {@link RawCell}s: numbers as their decimal text, formulas as their cached value (with a warning),
 * formulas without one and error values as unreadable cells, and the top-left value of a vertically merged range filled into
 * the empty cells below it (with a warning per range). Call after {@link XlsxGuard#scan}.
 */
public final class XlsxTable implements AutoCloseable {

    /** The positions sheet's name. */
    public static final String POSITIONS = "岗位";
    /** The catalog information sheet's name. */
    public static final String INFO = "目录信息";

    private final ReadableWorkbook workbook;
    private final XlsxGuard.Scan scan;

    /** Opens a workbook that {@link XlsxGuard#scan} passed. */
    public XlsxTable(Path file, XlsxGuard.Scan scan) throws IOException {
        this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
        this.scan = scan;
    }

    /** The positions sheet: 岗位 or Positions by name, else the first sheet. */
    public Sheet positions() {
        return named(POSITIONS, "positions").orElseGet(workbook::getFirstSheet);
    }

    /** The catalog sheet: 目录信息 or Catalog by name, else the second sheet, if any. */
    public Optional<Sheet> info() {
        Optional<Sheet> byName = named(INFO, "catalog");
        if (byName.isPresent()) {
            return byName;
        }
        Sheet first = positions();
        return workbook.getSheets().filter(s -> s.getIndex() != first.getIndex()).findFirst();
    }

    private Optional<Sheet> named(String zh, String en) {
        return workbook.getSheets().filter(s -> Normal.key(s.getName()).equals(Normal.key(zh))
                || Normal.key(s.getName()).equals(en)).findFirst();
    }

    /** Gives every row of a sheet with its 1-based number; problems (formulas, merges) go to {@code problems}. */
    public void rows(Sheet sheet, List<Issue> problems, BiConsumer<List<RawCell>, Integer> sink) throws IOException {
        String name = sheet.getName();
        List<int[]> merges = merges(sheet);
        Map<Integer, String> topLeft = new HashMap<>();
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                int r = row.getRowNum();
                List<RawCell> cells = new ArrayList<>(row.getCellCount());
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(cell(row.getCell(c), name, r, c, problems));
                }
                for (int k = 0; k < merges.size(); k++) {
                    int[] m = merges.get(k); // {c1, r1, c2, r2}
                    if (m[1] == r) {
                        topLeft.put(k, m[0] < cells.size() ? cells.get(m[0]).text() : "");
                    } else if (m[1] < r && r <= m[3] && m[3] > m[1]) {
                        while (cells.size() <= m[0]) {
                            cells.add(RawCell.EMPTY);
                        }
                        if (cells.get(m[0]).blank() && topLeft.containsKey(k)) {
                            cells.set(m[0], RawCell.of(topLeft.get(k)));
                            if (r == m[1] + 1) {
                                problems.add(ReadIssues.warning("read:mergedCells", null,
                                        name + "!" + CellNames.column(m[0]) + m[1] + ":" + CellNames.column(m[2]) + m[3], Messages.XLSX_MERGED_CELLS.text()));
                            }
                        }
                    }
                }
                sink.accept(cells, r);
            }
        }
    }

    private List<int[]> merges(Sheet sheet) {
        String target = scan.relationships().get(sheet.getId());
        List<int[]> out = new ArrayList<>();
        for (String ref : target == null ? List.<String>of() : scan.merges().getOrDefault(target, List.of())) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Z]+)(\\d+):([A-Z]+)(\\d+)").matcher(ref);
            if (m.matches()) {
                out.add(new int[] {CellNames.columnIndex(m.group(1)), Integer.parseInt(m.group(2)),
                    CellNames.columnIndex(m.group(3)), Integer.parseInt(m.group(4))});
            }
        }
        return out;
    }

    private static RawCell cell(Cell cell, String sheet, int row, int column, List<Issue> problems) {
        if (cell == null) {
            return RawCell.EMPTY;
        }
        switch (cell.getType()) {
            case NUMBER:
                return new RawCell(number(cell.getRawValue()), true, null);
            case STRING:
                return RawCell.of(text(cell.getValue() == null ? "" : cell.getValue().toString()));
            case BOOLEAN:
                return RawCell.of(String.valueOf(cell.asBoolean()).toUpperCase(Locale.ROOT));
            case FORMULA: {
                String raw = cell.getRawValue();
                if (raw == null) {
                    // Programs that write workbooks seldom calculate them: there is nothing to read.
                    return new RawCell("", false, Messages.XLSX_FORMULA_WITHOUT_RESULT.text(cell.getFormula()));
                }
                problems.add(ReadIssues.warning("read:formula", null, CellNames.cell(sheet, column, row), Messages.XLSX_FORMULA.text(cell.getFormula())));
                return RawCell.of(text(raw));
            }
            case ERROR:
                return new RawCell("", false, Messages.XLSX_ERROR_VALUE.text(cell.getRawValue()));
            default:
                return RawCell.EMPTY;
        }
    }

    private static String text(String raw) {
        return CellText.restore(CellText.unescapeXml(raw));
    }

    private static String number(String raw) {
        try {
            BigDecimal n = new BigDecimal(raw.trim());
            return n.scale() > 0 && n.stripTrailingZeros().scale() <= 0 ? n.stripTrailingZeros().toPlainString() : raw.trim();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
