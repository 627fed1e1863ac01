package org.talentcatalog.scoring.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import org.talentcatalog.model.io.CsvLimits;
import org.talentcatalog.model.io.TextEncoding;

/**
 * The survey columns of a header and the cells of one record, tokenized from bytes: the common
 * records only (unquoted cells, or quoted ones without quotes or line breaks inside; as many cells as
 * the header; LF or CRLF; within {@link CsvLimits#defaults()}). Anything else is left to the text
 * reader. Not thread-safe.
 */
final class SurveyRecord {

    private static final int MAX_CELL = CsvLimits.DEFAULT_MAX_CELL_CHARS;
    private static final int MAX_RECORD = CsvLimits.DEFAULT_MAX_RECORD_CHARS;

    /** The index of an always-empty cell, standing for an absent optional column. */
    final int missing;
    final int respondent;
    final int type;
    final int position;
    final int name;
    final int industry;
    final int region;
    final int vacancies;
    final int applicants;
    final int hires;
    final int days;
    final int salary;
    final int difficulty;
    final int weight;
    private final int columns;
    private final boolean[] used;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] high;

    private SurveyRecord(CsvColumns c) {
        columns = c.names().length;
        missing = columns;
        respondent = c.require("respondent_id");
        type = c.require("respondent_type");
        position = c.require("position_id");
        vacancies = c.require("vacancies");
        applicants = c.require("applicants");
        hires = c.require("hires");
        name = or(c.optional("position_name"));
        industry = or(c.optional("industry"));
        region = or(c.optional("region"));
        days = or(c.optional("days_to_fill"));
        salary = or(c.optional("offered_salary"));
        difficulty = or(c.optional("difficulty"));
        weight = or(c.optional("weight"));
        used = new boolean[columns + 1];
        for (int k : new int[] {respondent, type, position, name, industry, region, vacancies, applicants, hires, days,
            salary, difficulty, weight}) {
            used[k] = true;
        }
        starts = new int[columns + 1];
        ends = new int[columns + 1];
        high = new boolean[columns + 1];
    }

    private int or(int column) {
        return column < 0 ? missing : column;
    }

    /**
     * The survey columns of a header record, checked as {@link SurveyReader} checks them.
     *
     * @throws org.talentcatalog.scoring.ScoringException when a required column is missing
     */
    static SurveyRecord of(byte[] header, String source, Charset charset) {
        return new SurveyRecord(new CsvColumns(TextEncoding.reader(new ByteArrayInputStream(header), charset), source));
    }

    /** Where cell {@code k} starts (the one of the last record read). */
    int start(int k) {
        return starts[k];
    }

    /** Where cell {@code k} ends, exclusive. */
    int end(int k) {
        return ends[k];
    }

    /** Whether a cell that the survey does not read has a non-ASCII byte (left unchecked by the byte path). */
    boolean highOutside() {
        for (int k = 0; k < columns; k++) {
            if (high[k] && !used[k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cell other than {@code a} and {@code b} has a non-ASCII byte. */
    boolean highBeyond(int a, int b) {
        for (int k = 0; k < columns; k++) {
            if (high[k] && k != a && k != b) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tokenizes the record starting at {@code bytes[at]}.
     *
     * @return the index after its line end (or {@code to}), or -1 when the record is not a common one
     */
    int read(byte[] b, int at, int to) {
        int col = 0;
        int i = at;
        while (true) {
            if (col == columns) {
                return -1;
            }
            int s;
            int e;
            int acc = 0;
            byte c = 0;
            if (i < to && b[i] == '"') {
                s = ++i;
                while (i < to && (c = b[i]) != '"' && c != '\n' && c != '\r') {
                    acc |= c;
                    i++;
                }
                if (i >= to || c != '"') {
                    return -1;
                }
                e = i++;
            } else {
                s = i;
                while (i < to && (c = b[i]) != ',' && c != '\n' && c != '\r' && c != '"') {
                    acc |= c;
                    i++;
                }
                e = i;
            }
            if (i - s > MAX_CELL) {
                return -1;
            }
            starts[col] = s;
            ends[col] = e;
            high[col] = acc < 0;
            col++;
            if (i >= to) {
                return col == columns && to - at <= MAX_RECORD ? to : -1;
            }
            c = b[i];
            if (c == ',') {
                i++;
            } else if (c == '\n' || c == '\r' && i + 1 < to && b[i + 1] == '\n') {
                int end = c == '\n' ? i + 1 : i + 2;
                return col == columns && end - at <= MAX_RECORD ? end : -1;
            } else {
                return -1;
            }
        }
    }

    /** The end of the record starting at {@code at}: after the first line feed outside quotes, or {@code to}. */
    static int recordEnd(byte[] b, int at, int to) {
        boolean quoted = false;
        for (int i = at; i < to; i++) {
            if (b[i] == '"') {
                quoted = !quoted;
            } else if (b[i] == '\n' && !quoted) {
                return i + 1;
            }
        }
        return to;
    }
}
