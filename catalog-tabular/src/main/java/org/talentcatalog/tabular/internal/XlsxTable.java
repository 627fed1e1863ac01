package org.talentcatalog.tabular.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.talentcatalog.model.Issue;
import org.talentcatalog.tabular.TableLimits;

/**
 * Streams the rows of an XLSX workbook (one StAX pass per sheet, {@link XlsxSheetReader}) as
 * {@link RawCell}s, with the top-left value of a vertically merged range filled into the empty cells
 * below it (with a warning per range). Call after {@link XlsxGuard#scan}. A part that is not
 * well-formed XML is an {@link IllegalStateException} naming the problem.
 */
public final class XlsxTable implements AutoCloseable {

    /** The positions sheet's name. */
    public static final String POSITIONS = "岗位";
    /** The catalog information sheet's name. */
    public static final String INFO = "目录信息";

    /** A sheet of the workbook: its name and its place in {@code xl/workbook.xml}. */
    public record Sheet(String name, int index) {
    }

    private final XlsxParts parts;
    private final XlsxGuard.Scan scan;
    private final TableLimits limits;
    private final List<Sheet> sheets = new ArrayList<>();

    /**
     * Opens a workbook that {@link XlsxGuard#scan} passed.
     *
     * @throws org.talentcatalog.tabular.TabularException when it has no sheet
     */
    public XlsxTable(Path file, XlsxGuard.Scan scan, TableLimits limits) throws IOException {
        try {
            this.parts = new XlsxParts(file);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        this.scan = scan;
        this.limits = limits;
        for (XlsxParts.SheetPart p : parts.sheets()) {
            sheets.add(new Sheet(p.name(), sheets.size()));
        }
        if (sheets.isEmpty()) {
            parts.close();
            throw ReadIssues.refused("read:notXlsx", null, Messages.XLSX_NO_SHEET.text());
        }
    }

    /** The positions sheet: 岗位 or Positions by name, else the first sheet. */
    public Sheet positions() {
        return named(POSITIONS, "positions").orElse(sheets.get(0));
    }

    /** The catalog sheet: 目录信息 or Catalog by name, else the second sheet, if any. */
    public Optional<Sheet> info() {
        Optional<Sheet> byName = named(INFO, "catalog");
        if (byName.isPresent()) {
            return byName;
        }
        Sheet first = positions();
        return sheets.stream().filter(s -> s.index() != first.index()).findFirst();
    }

    private Optional<Sheet> named(String zh, String en) {
        return sheets.stream().filter(s -> Normal.key(s.name()).equals(Normal.key(zh))
                || Normal.key(s.name()).equals(en)).findFirst();
    }

    /** Gives every row of a sheet with its 1-based number; problems (formulas, merges) go to {@code problems}. */
    public void rows(Sheet sheet, List<Issue> problems, BiConsumer<List<RawCell>, Integer> sink) throws IOException {
        XlsxParts.SheetPart part = parts.sheets().get(sheet.index());
        String name = sheet.name();
        List<int[]> merges = merges(part);
        Map<Integer, String> topLeft = new HashMap<>();
        try {
            XMLStreamReader r = part.entry() == null ? null : parts.open(part.entry());
            if (r == null) {
                throw ReadIssues.refused("read:notXlsx", name, Messages.XLSX_NO_SHEET_PART.text(name));
            }
            try {
                new XlsxSheetReader(parts, name, limits.maxCellChars(), problems).rows(r, (cells, row) -> {
                    fillMerged(cells, row, name, merges, topLeft, problems);
                    sink.accept(cells, row);
                });
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void fillMerged(List<RawCell> cells, int r, String name, List<int[]> merges, Map<Integer, String> topLeft,
            List<Issue> problems) {
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
    }

    private List<int[]> merges(XlsxParts.SheetPart sheet) {
        String target = scan.relationships().get(sheet.id());
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

    @Override
    public void close() throws IOException {
        parts.close();
    }
}
