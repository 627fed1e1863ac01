package org.talentcatalog.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.normalize.Candidate;
import org.talentcatalog.normalize.Coding;
import org.talentcatalog.normalize.Confidence;
import org.talentcatalog.normalize.PositionCandidate;
import org.talentcatalog.normalize.PositionMatch;
import org.talentcatalog.normalize.ReviewSheet;

/**
 * Writes {@code catalog normalize}'s results as they come, in one of three forms: text (a line per
 * row and a summary line), JSON ({@code {"results": [...], "summary": {...}}}, streamed) or the
 * reviewer's sheet as CSV ({@link ReviewSheet}, one row per title not seen before). Counts the
 * confidences for the summary.
 */
abstract class NormalizeOutput {

    /** The output forms of {@code catalog normalize}. */
    enum Format {
        /** A line per row. */
        text,
        /** JSON only on stdout. */
        json,
        /** The reviewer's sheet. */
        csv
    }

    final PrintWriter out;
    final Locale locale;
    final int top;
    final boolean positions;
    int rows;
    int coded;
    final Map<Confidence, Integer> confidences = new EnumMap<>(Confidence.class);
    final Map<Confidence, Integer> matches = new EnumMap<>(Confidence.class);

    NormalizeOutput(PrintWriter out, Locale locale, int top, boolean positions) {
        this.out = out;
        this.locale = locale;
        this.top = top;
        this.positions = positions;
        for (Confidence c : Confidence.values()) {
            confidences.put(c, 0);
            matches.put(c, 0);
        }
    }

    static NormalizeOutput of(Format format, PrintWriter out, Locale locale, int top, boolean positions) {
        return switch (format) {
            case text -> new Text(out, locale, top, positions);
            case json -> new Json(out, locale, top, positions);
            case csv -> new Sheet(out, locale, top, positions);
        };
    }

    /** Before the first row. */
    abstract void start();

    /** One data row's result; {@code repeat} when its title was coded before. */
    final void result(int row, Coding coding, PositionMatch match, boolean repeat) {
        rows++;
        coded += repeat ? 0 : 1;
        confidences.merge(coding.confidence(), 1, Integer::sum);
        if (match != null) {
            matches.merge(match.confidence(), 1, Integer::sum);
        }
        try {
            write(row, coding, match, repeat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    abstract void write(int row, Coding coding, PositionMatch match, boolean repeat) throws IOException;

    /** After the last row. */
    abstract void finish() throws IOException;

    /** The answer code with its name. */
    static String answer(Coding c) {
        return c.answerCode().isEmpty() ? "" : c.answerCode() + OccupationCodes.defaults().find(c.answerCode()).map(o -> " " + o.name()).orElse("");
    }

    static String count(Map<Confidence, Integer> counts, Confidence c) {
        return Integer.toString(counts.get(c));
    }

    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    /** Text: a line per row, a summary line. */
    static final class Text extends NormalizeOutput {
        Text(PrintWriter out, Locale locale, int top, boolean positions) {
            super(out, locale, top, positions);
        }

        @Override
        void start() {
        }

        @Override
        void write(int row, Coding c, PositionMatch m, boolean repeat) {
            String code = c.answerCode().isEmpty() ? Messages.NORMALIZE_NONE.format(locale) : answer(c);
            StringBuilder sb = new StringBuilder(Messages.NORMALIZE_LINE.format(locale, Integer.toString(row), c.title(), code,
                    c.confidence().label(locale)));
            if (m != null) {
                String id = m.best().map(PositionCandidate::id).orElse(Messages.NORMALIZE_NONE.format(locale));
                sb.append(Messages.NORMALIZE_LINE_POSITION.format(locale, id, m.confidence().label(locale)));
            }
            out.println(sb);
        }

        @Override
        void finish() {
            String summary = Messages.NORMALIZE_SUMMARY.format(locale, Integer.toString(rows), Integer.toString(coded),
                    count(confidences, Confidence.HIGH), count(confidences, Confidence.MEDIUM), count(confidences, Confidence.LOW));
            if (positions) {
                summary += Messages.NORMALIZE_SUMMARY_POSITIONS.format(locale, count(matches, Confidence.HIGH),
                        count(matches, Confidence.MEDIUM), count(matches, Confidence.LOW));
            }
            out.println(summary);
            out.flush();
        }
    }

    /** JSON, streamed. */
    static final class Json extends NormalizeOutput {
        private final JsonGenerator g;

        Json(PrintWriter out, Locale locale, int top, boolean positions) {
            super(out, locale, top, positions);
            try {
                this.g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void start() {
            try {
                g.writeStartObject();
                g.writeArrayFieldStart("results");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void write(int row, Coding c, PositionMatch m, boolean repeat) throws IOException {
            g.writeStartObject();
            g.writeNumberField("row", row);
            g.writeStringField("title", c.title());
            g.writeStringField("cleaned", c.cleaned());
            g.writeArrayFieldStart("candidates");
            for (Candidate k : c.candidates().subList(0, Math.min(top, c.candidates().size()))) {
                g.writeStartObject();
                g.writeStringField("code", k.code());
                g.writeStringField("name", k.name());
                g.writeNumberField("level", k.level().number());
                g.writeNumberField("score", round(k.score()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("answer", c.answerCode());
            g.writeStringField("confidence", c.confidence().name());
            if (positions) {
                PositionCandidate best = m == null ? null : m.best().orElse(null);
                if (best == null) {
                    g.writeNullField("position");
                } else {
                    g.writeObjectFieldStart("position");
                    g.writeStringField("id", best.id());
                    g.writeStringField("name", best.name());
                    g.writeNumberField("score", round(best.score()));
                    g.writeStringField("confidence", m.confidence().name());
                    g.writeEndObject();
                }
            }
            g.writeEndObject();
        }

        @Override
        void finish() throws IOException {
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("rows", rows);
            g.writeNumberField("coded", coded);
            g.writeObjectFieldStart("confidence");
            for (Confidence c : Confidence.values()) {
                g.writeNumberField(c.name(), confidences.get(c));
            }
            g.writeEndObject();
            if (positions) {
                g.writeObjectFieldStart("positions");
                for (Confidence c : Confidence.values()) {
                    g.writeNumberField(c.name(), matches.get(c));
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
            out.println();
            out.flush();
        }
    }

    /** The reviewer's sheet as CSV: one row per title not coded before, position columns with a catalog. */
    static final class Sheet extends NormalizeOutput {
        Sheet(PrintWriter out, Locale locale, int top, boolean positions) {
            super(out, locale, top, positions);
        }

        @Override
        void start() {
            List<String> header = new ArrayList<>(List.of("row"));
            header.addAll(ReviewSheet.header());
            if (positions) {
                header.addAll(List.of("position_id", "position_name", "position_score", "position_confidence"));
            }
            out.print(ReviewSheet.csvLine(header) + "\r\n");
        }

        @Override
        void write(int row, Coding c, PositionMatch m, boolean repeat) {
            if (repeat) {
                return;
            }
            List<String> cells = new ArrayList<>(List.of(Integer.toString(row)));
            cells.addAll(ReviewSheet.row(c));
            if (positions) {
                PositionCandidate best = m == null ? null : m.best().orElse(null);
                cells.addAll(best == null ? List.of("", "", "", m == null ? "" : m.confidence().name())
                        : List.of(best.id(), best.name(), String.format(Locale.ROOT, "%.3f", best.score()), m.confidence().name()));
            }
            out.print(ReviewSheet.csvLine(cells) + "\r\n");
        }

        @Override
        void finish() {
            out.flush();
        }
    }
}
