package org.talentcatalog.tabular.internal;

import java.util.Map;

/**
 * Where each position's values sit in the positions table: the row of each position and the column
 * of each member pointer. Answers {@code /positions/3/requirements/education} with {@code 岗位!K5}.
 *
 * @param sheet the sheet name, or {@code null} for CSV
 * @param rows the 1-based row of each position
 * @param headerRow the 1-based header row (0 when none was found)
 * @param columnOf the 0-based column of each member pointer relative to a position
 */
public record PositionIndex(String sheet, int[] rows, int headerRow, Map<String, Integer> columnOf) {

    /** The cell of a pointer under {@code /positions}, the row when no column holds it, else {@code null}. */
    public String cell(String pointer) {
        if (!pointer.startsWith("/positions/")) {
            return null;
        }
        int slash = pointer.indexOf('/', "/positions/".length());
        String number = slash < 0 ? pointer.substring("/positions/".length()) : pointer.substring("/positions/".length(), slash);
        int index;
        try {
            index = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return null;
        }
        if (index < 0 || index >= rows.length) {
            return null;
        }
        String rel = slash < 0 ? "" : pointer.substring(slash);
        while (!rel.isEmpty()) {
            Integer column = columnOf.get(rel);
            if (column != null) {
                return CellNames.cell(sheet, column, rows[index]);
            }
            rel = rel.substring(0, rel.lastIndexOf('/'));
        }
        return CellNames.row(sheet, rows[index]);
    }
}
