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
 * @param headerOf the header of each member pointer's column as the table has it
 */
public record PositionIndex(String sheet, int[] rows, int headerRow, Map<String, Integer> columnOf,
        Map<String, String> headerOf) {

    /**
     * The header of a member's column relative to a position ({@code /requirements/education} →
     * {@code 学历}, as the table wrote it); {@code null} when the table has no such column.
     */
    public String header(String member) {
        return headerOf.get(member);
    }

    /**
     * The cell of a pointer under {@code /positions}: its column's cell; for an object, the first
     * column inside it; else the enclosing member's column, or the row; {@code null} for other pointers.
     */
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
        if (!rel.isEmpty() && !columnOf.containsKey(rel)) {
            int first = Integer.MAX_VALUE; // an object such as /name: the first column inside it
            for (Map.Entry<String, Integer> e : columnOf.entrySet()) {
                if (e.getKey().startsWith(rel + "/")) {
                    first = Math.min(first, e.getValue());
                }
            }
            if (first != Integer.MAX_VALUE) {
                return CellNames.cell(sheet, first, rows[index]);
            }
        }
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
