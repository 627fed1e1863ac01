package org.talentcatalog.tabular.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.internal.JsonPointers;

/**
 * Issues of later layers said in a table's own terms: a position's missing required member is named
 * by its column's header as the table has it ({@code 「学历」为必填}), or by the standard header when
 * the table lacks the column, rather than by its JSON member ({@code 缺少必填成员 "education"}).
 * Stateless.
 */
public final class TableTerms {

    private static final String REQUIRED = "schema:required";
    private static final Pattern IN_POSITION = Pattern.compile("^/positions/\\d+(/.*)?$");
    /** The member a {@code schema:required} message names, in quotes in either language. */
    private static final Pattern MEMBER = Pattern.compile("\"([^\"]+)\"");

    private TableTerms() {
    }

    /** The issue in the table's terms, or the issue itself when it has none. */
    public static Issue phrase(Issue issue, PositionIndex positions) {
        if (!REQUIRED.equals(issue.rule()) || issue.pointer() == null) {
            return issue;
        }
        Matcher in = IN_POSITION.matcher(issue.pointer());
        Matcher member = MEMBER.matcher(issue.text().zh());
        if (!in.matches() || !member.find()) {
            return issue;
        }
        String missing = (in.group(1) == null ? "" : in.group(1)) + "/" + JsonPointers.escape(member.group(1));
        Column column = columnOf(missing);
        if (column == null) {
            return issue;
        }
        String written = positions.header(column.pointer());
        LocalizedText text = Messages.TABLE_REQUIRED.text(written != null ? LocalizedText.of(written, written)
                : LocalizedText.of(column.zh(), column.en()));
        return new Issue(issue.severity(), issue.layer(), issue.rule(), issue.pointer(), issue.line(), issue.column(),
                issue.cell(), text, issue.unreadable());
    }

    /** The column of a member, or of the required member inside it ({@code /requirements} → 学历要求). */
    private static Column columnOf(String member) {
        for (Column c : Columns.standard()) {
            if (c.pointer().equals(member) || c.required() && c.pointer().startsWith(member + "/")) {
                return c;
            }
        }
        return null;
    }
}
