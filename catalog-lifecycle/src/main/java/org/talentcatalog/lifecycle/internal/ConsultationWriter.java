package org.talentcatalog.lifecycle.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.talentcatalog.lifecycle.ConsultationReport;
import org.talentcatalog.lifecycle.ConsultationReport.Change;
import org.talentcatalog.lifecycle.ConsultationReport.Entry;
import org.talentcatalog.lifecycle.ConsultationReport.Flag;
import org.talentcatalog.lifecycle.ConsultationReport.Unexplained;
import org.talentcatalog.tabular.PlainTables;

/** The 意见采纳情况说明 as Markdown, JSON and an XLSX sheet (docs/lifecycle.md). */
public final class ConsultationWriter {

    private ConsultationWriter() {
    }

    /** The statement as rows: 序号, 反馈人/单位, 意见内容, 涉及岗位, 是否采纳, 采纳理由, 对应修改, 核对. */
    static List<List<String>> rows(ConsultationReport r, Locale locale, String lineBreak) {
        List<List<String>> out = new ArrayList<>();
        for (Entry e : r.entries()) {
            String senders = String.join("、", e.senders()) + (e.count() > 1 ? Messages.CONSULT_COUNT.format(locale, e.count()) : "");
            List<String> flags = e.flags().stream().map(f -> flag(f, locale)).toList();
            out.add(List.of(String.join("、", e.numbers()), senders, e.text(), String.join("、", e.positions()),
                    e.decision() == null ? "" : e.decision().label(locale), e.reason() == null ? "" : e.reason(),
                    changes(e.changes(), locale, lineBreak), String.join(lineBreak, flags)));
        }
        for (Unexplained u : r.unexplained()) {
            out.add(List.of("", "", "", u.position(), "", "", changes(u.changes(), locale, lineBreak),
                    Messages.CONSULT_FLAG_UNEXPLAINED.format(locale)));
        }
        return out;
    }

    /** The column names. */
    static List<String> header(Locale locale) {
        return Arrays.asList(Messages.CONSULT_COLUMNS.format(locale).split("\\|"));
    }

    /** The Markdown statement. */
    public static String markdown(ConsultationReport r, Locale locale) {
        StringBuilder md = new StringBuilder(Messages.CONSULT_TITLE.format(locale)).append("\n\n");
        List<String> header = header(locale);
        md.append("| ").append(String.join(" | ", header)).append(" |\n|");
        md.append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows(r, locale, "<br>")) {
            md.append("| ").append(String.join(" | ", row.stream().map(ConsultationWriter::cell).toList())).append(" |\n");
        }
        md.append('\n').append(Messages.CONSULT_SUMMARY.format(locale, r.entries().size(),
                r.entries().stream().mapToInt(Entry::count).sum(),
                r.entries().stream().filter(e -> !e.flags().isEmpty()).count(), r.unexplained().size())).append('\n');
        if (!r.unknownPositions().isEmpty()) {
            md.append('\n').append(Messages.CONSULT_UNKNOWN.format(locale, String.join("、", r.unknownPositions()))).append('\n');
        }
        return md.toString();
    }

    /** The statement as one XLSX sheet, to {@code out} (not closed). */
    public static void xlsx(ConsultationReport r, Locale locale, OutputStream out) throws IOException {
        PlainTables.writeXlsx(out, Messages.CONSULT_SHEET.format(locale), header(locale), rows(r, locale, "\n"));
    }

    /** The JSON statement. */
    public static String json(ConsultationReport r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeArrayFieldStart("entries");
            for (Entry e : r.entries()) {
                g.writeStartObject();
                strings(g, "numbers", e.numbers());
                strings(g, "senders", e.senders());
                g.writeStringField("text", e.text());
                g.writeNumberField("count", e.count());
                strings(g, "positions", e.positions());
                g.writeStringField("decision", e.decision() == null ? null : e.decision().name());
                g.writeStringField("reason", e.reason());
                changes(g, e.changes());
                strings(g, "flags", e.flags().stream().map(Flag::name).toList());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unexplained");
            for (Unexplained u : r.unexplained()) {
                g.writeStartObject();
                g.writeStringField("position", u.position());
                changes(g, u.changes());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "unknownPositions", r.unknownPositions());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void changes(JsonGenerator g, List<Change> changes) throws IOException {
        g.writeArrayFieldStart("changes");
        for (Change c : changes) {
            g.writeStartObject();
            g.writeStringField("position", c.position());
            g.writeStringField("path", c.path());
            g.writeStringField("before", c.before());
            g.writeStringField("after", c.after());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static String changes(List<Change> changes, Locale locale, String lineBreak) {
        List<String> out = new ArrayList<>();
        for (Change c : changes) {
            if (c.path().isEmpty()) {
                out.add(c.before() == null ? Messages.CONSULT_ADDED.format(locale, c.position(), c.after())
                        : Messages.CONSULT_REMOVED.format(locale, c.position(), c.before()));
            } else {
                out.add(c.position() + " " + c.path() + ": " + (c.before() == null ? "—" : c.before()) + " → "
                        + (c.after() == null ? "—" : c.after()));
            }
        }
        return String.join(lineBreak, out);
    }

    private static String flag(Flag f, Locale locale) {
        return switch (f) {
            case ADOPTED_WITHOUT_CHANGE -> Messages.CONSULT_FLAG_ADOPTED_WITHOUT_CHANGE.format(locale);
            case UNANSWERED -> Messages.CONSULT_FLAG_UNANSWERED.format(locale);
            case NO_REASON -> Messages.CONSULT_FLAG_NO_REASON.format(locale);
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", "<br>");
    }
}
