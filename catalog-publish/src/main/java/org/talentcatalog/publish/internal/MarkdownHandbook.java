package org.talentcatalog.publish.internal;

import java.io.IOException;
import java.util.List;

/**
 * Writes a handbook as Markdown (CommonMark with GitHub's pipe tables): the release's title, per
 * catalog its 编制说明 and its positions by industry, the majors and competencies indexes, and what
 * changed. Cells are escaped so that a {@code |}, a line break or markup in the data cannot break the
 * table or the text around it. Charts are left out: their numbers are in the tables.
 */
public final class MarkdownHandbook {

    private MarkdownHandbook() {
    }

    /** Writes the handbook of {@code v} to {@code out}; the text ends with a line break. */
    public static void write(HandbookView v, Appendable out) throws IOException {
        Words w = v.words();
        out.append("# ").append(inline(v.title())).append("\n\n");
        out.append(inline(w.t("cover.lead", v.catalogs().size(), v.count()))).append("\n\n");
        for (CatalogView c : v.catalogs()) {
            out.append("## ").append(inline(c.title())).append("\n\n");
            if (!c.subtitle().isEmpty()) {
                out.append(inline(c.subtitle())).append("\n\n");
            }
            if (!c.notice().isEmpty()) {
                out.append("> **").append(inline(c.notice())).append("**\n\n");
            }
            out.append("### ").append(inline(w.t("catalog.about"))).append("\n\n");
            for (Fact f : c.about()) {
                out.append("- **").append(inline(f.label())).append("**: ").append(inline(f.value())).append('\n');
            }
            out.append('\n');
            if (!c.consultations().isEmpty()) {
                out.append("### ").append(inline(w.t("catalog.consultations"))).append("\n\n");
                for (String k : c.consultations()) {
                    out.append("- ").append(inline(k)).append('\n');
                }
                out.append('\n');
            }
            out.append("### ").append(inline(w.t("catalog.positions"))).append("\n\n");
            for (Group g : c.groups()) {
                out.append("#### ").append(inline(g.label())).append(" (").append(Integer.toString(g.rows().size())).append(")\n\n");
                table(out, w, g.rows());
            }
        }
        terms(out, w.t("majors.title"), w.t("majors.intro", v.majors().size()), v.majors());
        terms(out, w.t("competencies.title"), w.t("competencies.intro", v.competencies().size()), v.competencies());
        if (v.hasChanges()) {
            out.append("## ").append(inline(v.changesTitle())).append("\n\n");
            for (Section s : v.changes()) {
                out.append("### ").append(inline(s.title())).append("\n\n");
                if (s.items().isEmpty()) {
                    out.append(inline(w.t("changes.empty"))).append("\n\n");
                    continue;
                }
                for (Fact f : s.items()) {
                    out.append("- ").append(inline(f.label())).append('\n');
                }
                out.append('\n');
            }
        }
    }

    private static void table(Appendable out, Words w, List<Row> rows) throws IOException {
        String[] headers = {w.t("col.position"), "ID", w.t("col.level"), w.t("col.category"), w.t("col.education"),
            w.t("col.majors"), w.t("col.experience"), w.t("col.salary")};
        out.append('|');
        for (String h : headers) {
            out.append(' ').append(cell(h)).append(" |");
        }
        out.append("\n|");
        for (int i = 0; i < headers.length; i++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (Row r : rows) {
            String[] cells = {r.name(), r.id(), r.levelLabel(), r.categoryLabel(), r.educationLabel(), r.majorsText(w),
                r.experience(), r.salary()};
            out.append('|');
            for (String c : cells) {
                out.append(' ').append(cell(c)).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static void terms(Appendable out, String title, String intro, List<Term> terms) throws IOException {
        out.append("## ").append(inline(title)).append("\n\n").append(inline(intro)).append("\n\n");
        for (Term t : terms) {
            out.append("- **").append(inline(t.text())).append("**: ");
            for (int i = 0; i < t.rows().size(); i++) {
                Row r = t.rows().get(i);
                out.append(i == 0 ? "" : "; ").append(inline(r.name())).append(" (").append(inline(r.id())).append(')');
            }
            out.append('\n');
        }
        out.append('\n');
    }

    /** Text for a table cell: as {@link #inline}, which escapes {@code |} too. */
    static String cell(String s) {
        return inline(s);
    }

    /** Text on one line with Markdown's markup characters escaped, so data is shown as written. */
    static String inline(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        String flat = s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if ("\\`*_[]<>#!|~".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
