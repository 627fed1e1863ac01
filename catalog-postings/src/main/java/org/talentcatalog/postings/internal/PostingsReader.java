package org.talentcatalog.postings.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.talentcatalog.model.io.CsvException;
import org.talentcatalog.model.io.CsvReader;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.postings.Posting;
import org.talentcatalog.postings.PostingsException;

/**
 * Reads a postings file, CSV or JSON Lines, one posting at a time: JSON Lines when the name ends in
 * {@code .jsonl} or {@code .ndjson}, CSV otherwise. Text in UTF-8 or GB18030 as {@link TextEncoding}
 * detects. Memory is one record (a CSV record within the reader's limits, a JSON line within
 * {@link #MAX_LINE} characters).
 */
public final class PostingsReader {

    /** The longest JSON line read. */
    public static final int MAX_LINE = 1 << 16;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PostingsReader() {
    }

    /**
     * Reads every posting of a file.
     *
     * @param file the file
     * @param sink receives each posting, in file order
     * @throws PostingsException for bad content, at its place
     * @throws IOException if the file cannot be read
     */
    public static void read(Path file, Consumer<Posting> sink) throws IOException {
        String name = file.getFileName().toString();
        if (isJsonLines(name)) {
            try (Reader r = TextEncoding.open(file)) {
                jsonLines(r, name, sink);
            }
        } else {
            try (CsvReader csv = CsvReader.builder().source(name).open(file)) {
                csv(csv, sink);
            } catch (CsvException e) {
                throw new PostingsException(e.location(), e.text());
            }
        }
    }

    /** Whether a file of this name is read as JSON Lines ({@code .jsonl}, {@code .ndjson}) rather than CSV. */
    public static boolean isJsonLines(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    /**
     * Reads CSV records: a header, then postings.
     *
     * @param csv the reader
     * @param sink receives each posting, in order
     * @throws PostingsException for bad content, at its place
     */
    public static void csv(CsvReader csv, Consumer<Posting> sink) {
        if (!csv.next()) {
            throw new PostingsException(csv.source(), Messages.EMPTY_FILE.text());
        }
        int[] column = new int[PostingFields.NAMES.size()];
        Arrays.fill(column, -1);
        boolean[] present = new boolean[column.length];
        for (int i = 0; i < csv.size(); i++) {
            int f = PostingFields.field(csv.field(i));
            if (f >= 0 && column[f] < 0) {
                column[f] = i;
                present[f] = true;
            }
        }
        PostingFields.require(present, csv.source() + ":" + csv.line());
        PostingFields.Cells cells = new PostingFields.Cells() {
            @Override
            public String text(int field) {
                return column[field] < 0 ? "" : csv.field(column[field]);
            }

            @Override
            public String where(int field) {
                return csv.location(column[field] < 0 ? csv.size() : column[field]);
            }
        };
        while (csv.next()) {
            sink.accept(PostingFields.posting(cells));
        }
    }

    /**
     * Reads JSON Lines: one object a line; blank lines are skipped.
     *
     * @param reader the text
     * @param source the file name for locations
     * @param sink receives each posting, in order
     * @throws PostingsException for bad content, at its place
     * @throws IOException if the text cannot be read
     */
    public static void jsonLines(Reader reader, String source, Consumer<Posting> sink) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        StringBuilder line = new StringBuilder();
        int number = 0;
        while (true) {
            line.setLength(0);
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (line.length() == MAX_LINE) {
                    throw new PostingsException(source + ":" + (number + 1), Messages.LINE_TOO_LONG.text(MAX_LINE));
                }
                line.append((char) c);
            }
            if (c == -1 && line.length() == 0) {
                return;
            }
            number++;
            String text = line.toString().strip();
            if (!text.isEmpty()) {
                sink.accept(PostingFields.posting(cells(text, source, number)));
            }
        }
    }

    private static PostingFields.Cells cells(String text, String source, int line) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage();
            throw new PostingsException(source + ":" + line + (l == null ? "" : ":" + l.getColumnNr()),
                    Messages.JSON_SYNTAX.text(msg.length() > 120 ? msg.substring(0, 120) + "…" : msg));
        }
        if (node == null || !node.isObject()) {
            throw new PostingsException(source + ":" + line + ":1", Messages.JSON_NOT_OBJECT.text());
        }
        String[] values = new String[PostingFields.NAMES.size()];
        Arrays.fill(values, "");
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            int f = PostingFields.field(e.getKey());
            if (f < 0 || e.getValue().isNull()) {
                continue;
            }
            if (!e.getValue().isTextual() && !e.getValue().isNumber()) {
                throw new PostingsException(source + ":" + line, Messages.JSON_BAD_TYPE.text(e.getKey()));
            }
            values[f] = e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().numberValue().toString();
        }
        return new PostingFields.Cells() {
            @Override
            public String text(int field) {
                return values[field];
            }

            @Override
            public String where(int field) {
                return source + ":" + line + " (" + PostingFields.NAMES.get(field).get(0) + ")";
            }
        };
    }
}
