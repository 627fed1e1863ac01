package org.talentcatalog.tabular.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.tabular.FiveStarMapping;
import org.talentcatalog.tabular.TableLimits;

/**
 * Reads the positions table row by row into the {@code positions} array of a catalog tree: finds the
 * header row, matches columns, reads each cell with its column's vocabulary, and records where every
 * value came from (row numbers and column indexes, not one string per cell, so memory stays small).
 * Not thread-safe: one per reading.
 */
public final class PositionRows {

    private static final int HEADER_SEARCH_ROWS = 20;
    /** Unknown headers compared with every accepted name, at most (a hostile header row has thousands). */
    private static final int MAX_SUGGESTIONS = 256;
    private static final String LEVEL = "/shortage/level";
    private static final String SCORE = "/shortage/score";

    private final String sheet;
    private final CellReader reader;
    private final FiveStarMapping fiveStars;
    private final TableLimits limits;
    private final List<Issue> problems;
    private final ArrayNode positions = JsonNodeFactory.instance.arrayNode();
    private final Map<String, Integer> columnOf = new HashMap<>();
    private Column[] columns;
    private String[] units;
    private final Map<String, String> headerOf = new HashMap<>();
    private final java.util.Set<Integer> headerless = new java.util.HashSet<>();
    private final Map<String, String[]> tokens = new HashMap<>();
    private int headerRow;
    private int suggested;
    private int[] rows = new int[64];
    private final List<int[]> stars = new ArrayList<>(); // {position, filled, scale, column, row}
    private final RequirementCells requirementTexts;

    /** Rows of the sheet (or CSV file) named {@code sheet} ({@code null} for CSV). */
    public PositionRows(String sheet, CellReader reader, FiveStarMapping fiveStars, TableLimits limits,
            List<Issue> problems) {
        this.sheet = sheet;
        this.reader = reader;
        this.fiveStars = fiveStars;
        this.limits = limits;
        this.problems = problems;
        this.requirementTexts = new RequirementCells(sheet);
    }

    /** Takes the next row (1-based number) of the table. */
    public void accept(List<RawCell> cells, int row) {
        if (columns == null) {
            if (!header(cells, row) && row >= HEADER_SEARCH_ROWS) {
                throw ReadIssues.refused("read:noHeader", sheet, Messages.TABLE_NO_HEADER_IN.text(HEADER_SEARCH_ROWS));
            }
            return;
        }
        position(cells, row);
    }

    private boolean header(List<RawCell> cells, int row) {
        Column[] found = new Column[cells.size()];
        String[] unitOf = new String[cells.size()];
        int known = 0;
        for (int i = 0; i < cells.size(); i++) {
            Columns.Match m = cells.get(i).blank() ? null : Columns.matchHeader(cells.get(i).text());
            found[i] = m == null ? null : m.column();
            unitOf[i] = m == null ? null : m.unit();
            known += found[i] != null ? 1 : 0;
        }
        if (known < 2) {
            return false;
        }
        columns = found;
        units = unitOf;
        headerRow = row;
        List<Column> present = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).text();
            Column c = found[i];
            if (c == null && cells.get(i).unreadable() != null) {
                problems.add(ReadIssues.error("read:cell", null, CellNames.cell(sheet, i, row), cells.get(i).unreadable()));
            } else if (c == null && cells.get(i).blank()) {
                headerless.add(i);
            } else if (c == null) {
                Column near = suggested++ < MAX_SUGGESTIONS ? HeaderSuggestions.closest(text) : null;
                problems.add(ReadIssues.error("read:unknownColumn", null, CellNames.cell(sheet, i, row), near == null
                        ? Messages.TABLE_UNKNOWN_COLUMN.text(text.strip())
                        : Messages.TABLE_UNKNOWN_COLUMN_NEAR.text(text.strip(), org.talentcatalog.model.LocalizedText.of(near.zh(), near.en()))));
            } else if (c != null && columnOf.containsKey(c.pointer())) { // 区域导向 and x-regionalGuidance too
                problems.add(ReadIssues.error("read:duplicateColumn", null, CellNames.cell(sheet, i, row), Messages.TABLE_DUPLICATE_COLUMN.text(
                        text.strip(), CellNames.column(columnOf.get(c.pointer())))));
                columns[i] = null;
            } else if (c != null) {
                present.add(c);
                columnOf.put(c.pointer(), i);
                headerOf.put(c.pointer(), text.strip());
            }
        }
        boolean requirementsText = RequirementCells.header(columnOf);
        for (Column c : Columns.missing(present)) {
            if (c.required() && !(requirementsText && c.pointer().startsWith("/requirements/"))) {
                problems.add(ReadIssues.error("read:missingColumn", null, CellNames.row(sheet, row), Messages.TABLE_MISSING_COLUMN.text(c.zh(), c.en())));
            }
        }
        return true;
    }

    private void position(List<RawCell> cells, int row) {
        boolean any = false;
        for (int i = 0; i < cells.size(); i++) {
            boolean counts = i >= columns.length || columns[i] == null || columns[i].kind() != Column.Kind.ROW_NUMBER;
            any |= counts && !cells.get(i).blank();
        }
        if (!any) {
            return; // an empty row (or one with a serial number only) is no position
        }
        int index = positions.size();
        if (index >= limits.maxRows()) {
            throw ReadIssues.refused("read:limit", CellNames.row(sheet, row), Messages.TABLE_TOO_MANY_ROWS.text(limits.maxRows()));
        }
        String base = "/positions/" + index;
        ObjectNode pos = positions.addObject();
        if (index == rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        rows[index] = row;
        for (int i = 0; i < cells.size(); i++) {
            RawCell cell = cells.get(i);
            Column c = i < columns.length ? columns[i] : null;
            if (c == null) {
                if (!cell.blank() && (i >= columns.length || isHeaderless(i))) {
                    problems.add(ReadIssues.error("read:unknownColumn", null, CellNames.cell(sheet, i, row), Messages.TABLE_HEADERLESS_CELL.text()));
                }
                continue;
            }
            if (c.kind() == Column.Kind.ROW_NUMBER) {
                continue;
            }
            String where = CellNames.cell(sheet, i, row);
            if (cell.unreadable() != null) {
                problems.add(ReadIssues.error("read:cell", base + c.pointer(), where, cell.unreadable()));
                Trees.ensureParent(pos, c.pointer());
                continue;
            }
            if (cell.blank()) {
                continue;
            }
            if (cell.text().length() > limits.maxCellChars()) {
                problems.add(ReadIssues.error("read:cellTooLarge", base + c.pointer(), where, Messages.TABLE_CELL_TOO_LONG.text(limits.maxCellChars())));
                Trees.ensureParent(pos, c.pointer());
                continue;
            }
            if (c.kind() == Column.Kind.SALARY && Normal.key(cell.text()).equals(Salaries.NEGOTIABLE)) {
                Trees.ensureObject(pos, "/demand");
                continue;
            }
            if (c.kind() == Column.Kind.LEVEL || isScoreAsRating(c)) {
                int[] s = Vocabulary.stars(cell.text());
                if (s != null) {
                    stars.add(new int[] {index, s[0], s[1], i, row});
                    columnOf.putIfAbsent(LEVEL, i); // 紧缺指数 ★★★: the level's cell
                    Trees.set(pos, tokens.computeIfAbsent(LEVEL, Trees::tokens), TextNode.valueOf(cell.text()));
                    continue;
                }
            }
            CellReader.Value v = reader.read(c, HeaderUnits.apply(c.kind(), units[i], cell.text()), cell.numeric());
            if (v.error() != null) {
                problems.add(ReadIssues.error("read:value", base + c.pointer(), where, v.error()));
            }
            Trees.set(pos, tokens.computeIfAbsent(c.pointer(), Trees::tokens), v.value());
            requirementTexts.cell(c, cell.text(), i, row);
        }
        requirementTexts.finish(pos, base, problems);
    }

    /**
     * Whether a star rating in this column is the shortage level: in 紧缺指数 (the score's column) as
     * Hangzhou and Chengdu publish it, when the table has no level column of its own.
     */
    private boolean isScoreAsRating(Column c) {
        return c.pointer().equals(SCORE) && (!columnOf.containsKey(LEVEL) || java.util.Objects.equals(columnOf.get(LEVEL), columnOf.get(SCORE)));
    }

    private boolean isHeaderless(int column) {
        return headerless.contains(column);
    }

    /** Resolves star ratings once the whole table is known, and returns the positions. */
    public ArrayNode finish() {
        boolean fiveStarTable = fiveStars != null || stars.stream().anyMatch(s -> s[1] > 3 || s[2] == 5);
        for (int[] s : stars) {
            ObjectNode pos = (ObjectNode) positions.get(s[0]);
            String pointer = "/positions/" + s[0] + "/shortage/level";
            String where = CellNames.cell(sheet, s[3], s[4]);
            ShortageLevel level = null;
            if (fiveStarTable && fiveStars != null) {
                level = fiveStars.levelFor(s[1]);
            } else if (!fiveStarTable && (s[2] == 0 || s[2] == 3)) {
                level = ShortageLevel.ofRank(s[1]).orElse(null);
            }
            if (level != null) {
                Trees.set(pos, "/shortage/level", TextNode.valueOf(level.code()));
            } else if (fiveStarTable && fiveStars == null) {
                problems.add(ReadIssues.error("read:fiveStars", pointer, where, Messages.TABLE_FIVE_STARS.text("★".repeat(s[1]))));
            } else {
                problems.add(ReadIssues.error("read:value", pointer, where, Messages.TABLE_RATING_UNMAPPED.text("★".repeat(s[1]))));
            }
        }
        if (columns == null) {
            problems.add(ReadIssues.error("read:noHeader", null, sheet, Messages.TABLE_NO_HEADER.text()));
        }
        return positions;
    }

    /** The row number of each position, the header row, and the column of each member pointer. */
    public PositionIndex index() {
        return new PositionIndex(sheet, Arrays.copyOf(rows, positions.size()), headerRow, Map.copyOf(columnOf), Map.copyOf(headerOf));
    }
}
