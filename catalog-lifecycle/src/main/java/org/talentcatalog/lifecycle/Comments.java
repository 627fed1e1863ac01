package org.talentcatalog.lifecycle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentcatalog.lifecycle.internal.Messages;
import org.talentcatalog.tabular.PlainTables;
import org.talentcatalog.tabular.TableLimits;

/**
 * Reads a consultation's comments sheet, CSV (UTF-8 or GB18030) or the first sheet of an XLSX
 * workbook, told by the content. The first non-blank row is the header; the columns are found by
 * name, in any order: 序号 (no), 反馈人/单位 or 反馈人 or 反馈单位 (from), 意见内容 (comment, required),
 * 涉及岗位 (positions: ids or names, several separated by {@code ；}, {@code ;}, {@code 、} or
 * {@code ,}), 是否采纳 (decision: 采纳, 部分采纳, 未采纳 or the codes, empty while unanswered), 采纳理由
 * (reason). Stateless and thread-safe.
 */
public final class Comments {

    private static final Map<String, String> HEADERS = new HashMap<>();

    static {
        for (String h : List.of("序号", "no", "number")) {
            HEADERS.put(h, "no");
        }
        for (String h : List.of("反馈人/单位", "反馈人", "反馈单位", "反馈人／单位", "from", "sender")) {
            HEADERS.put(h, "from");
        }
        for (String h : List.of("意见内容", "意见", "comment", "text")) {
            HEADERS.put(h, "text");
        }
        for (String h : List.of("涉及岗位", "岗位", "positions")) {
            HEADERS.put(h, "positions");
        }
        for (String h : List.of("是否采纳", "采纳情况", "decision")) {
            HEADERS.put(h, "decision");
        }
        for (String h : List.of("采纳理由", "理由", "说明", "reason")) {
            HEADERS.put(h, "reason");
        }
    }

    private Comments() {
    }

    /**
     * The comments of a sheet, in row order.
     *
     * @throws LifecycleInputException when the sheet lacks the 意见内容 column, a row has no comment
     *     or an unknown decision, at its cell
     * @throws org.talentcatalog.tabular.TabularException when the file is no CSV or XLSX table or is beyond a limit
     * @throws IOException when the file cannot be read
     */
    public static List<Comment> read(Path file) throws IOException {
        PlainTables.Table table = PlainTables.read(file, TableLimits.defaults());
        List<Comment> out = new ArrayList<>();
        if (table.rows().isEmpty()) {
            throw new LifecycleInputException(table.source(), Messages.COMMENTS_NO_HEADER.text());
        }
        PlainTables.Row header = table.rows().get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String role = HEADERS.get(header.cell(c).strip().toLowerCase(Locale.ROOT));
            if (role != null) {
                columns.putIfAbsent(role, c);
            }
        }
        if (!columns.containsKey("text")) {
            throw new LifecycleInputException(table.place(header, 0), Messages.COMMENTS_NO_TEXT_COLUMN.text());
        }
        for (PlainTables.Row row : table.rows().subList(1, table.rows().size())) {
            String text = cell(row, columns, "text");
            if (text.isEmpty()) {
                throw new LifecycleInputException(table.place(row, columns.get("text")), Messages.COMMENTS_NO_TEXT.text());
            }
            String decided = cell(row, columns, "decision");
            CommentDecision decision = null;
            if (!decided.isEmpty()) {
                decision = CommentDecision.parse(decided).orElseThrow(() -> new LifecycleInputException(
                        table.place(row, columns.get("decision")), Messages.COMMENTS_BAD_DECISION.text(decided)));
            }
            List<String> positions = new ArrayList<>();
            for (String p : cell(row, columns, "positions").split("[；;、,，\\n]")) {
                if (!p.isBlank()) {
                    positions.add(p.strip());
                }
            }
            String reason = cell(row, columns, "reason");
            out.add(new Comment(table.place(row, 0), cell(row, columns, "no"), cell(row, columns, "from"), text, positions,
                    decision, reason.isEmpty() ? null : reason));
        }
        return out;
    }

    private static String cell(PlainTables.Row row, Map<String, Integer> columns, String role) {
        Integer c = columns.get(role);
        return c == null ? "" : row.cell(c).strip();
    }
}
