package org.talentcatalog.scoring.internal;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.model.io.TextEncoding;

/**
 * Reads chunks of a survey-samples file (UTF-8 or GB18030 bytes: a header record and whole records)
 * into one {@link SurveyTable} straight from the bytes, with the result {@link SurveyReader} gives
 * for the same text. Cells are looked up as byte strings ({@link ByteIds}) and decoded only the first
 * time a text is seen; plain numbers are parsed from the bytes. A record this reader does not take
 * ({@link SurveyRecord#read} says which) goes through {@link SurveyReader} on its own, behind the
 * header, so every row means what it means there. A record that {@code SurveyReader} refuses, or bytes
 * that do not decode, fail the chunk, and the caller reads the file again as text for the located
 * error.
 *
 * <p>Memory: the byte strings of the distinct ids, types, industries and regions, one name per
 * position and a few ints per respondent × position. Not thread-safe: one per thread.
 */
public final class SurveyBytes {

    private static final long ABSENT = Long.MIN_VALUE + 1;
    private static final int BLANK = -1;

    private final SurveyTable table;
    private final String source;
    private Charset charset;
    private CharsetDecoder decoder;
    private final ByteIds respondents = new ByteIds();
    private final ByteIds positions = new ByteIds();
    private final ByteIds types = new ByteIds();
    private final ByteIds industries = new ByteIds();
    private final ByteIds regions = new ByteIds();
    private final RespondentType[] typeValues = RespondentType.values();
    private byte[] header;
    private SurveyRecord record;
    private byte[][] names = new byte[16][];
    private int[] nameIndustries = new int[16];
    /** Per pair: the type, industry and region last recorded for it, packed; -1 for none. */
    private long[] covered = new long[64];
    private long recordsAsText;

    /**
     * A reader into {@code table}.
     *
     * @param table receives the rows
     * @param source the file name for error locations
     */
    public SurveyBytes(SurveyTable table, String source) {
        this.table = table;
        this.source = source;
        Arrays.fill(covered, -1);
    }

    /** The table rows are read into. */
    public SurveyTable table() {
        return table;
    }

    /**
     * The number of records this reader declined and handed to {@link SurveyReader} one at a time:
     * 0 when every record read so far was a common one (plain numbers, no quote inside a cell, no line
     * break inside quotes, non-ASCII text only in the cells the survey reads).
     */
    public long recordsReadAsText() {
        return recordsAsText;
    }

    /**
     * Reads the records of {@code bytes[from, to)}.
     *
     * @param head the file's header record, with its line end (and byte order mark, if any)
     * @param bytes the chunk's bytes
     * @param from where its first record starts
     * @param to where its last record ends
     * @param set the file's character set (the same for every chunk)
     */
    public void read(byte[] head, byte[] bytes, int from, int to, Charset set) {
        if (header == null) {
            header = head.clone();
            charset = set;
            // the byte path relies on delimiters never occurring inside a multi-byte character
            decoder = TextEncoding.GB18030.equals(set) || StandardCharsets.UTF_8.equals(set) ? set.newDecoder() : null;
            record = SurveyRecord.of(header, source, charset);
        }
        if (decoder == null) {
            slow(bytes, from, to);
            return;
        }
        SurveyRecord rec = record;
        int at = from;
        while (at < to) {
            if (bytes[at] == '\n') {
                at++;
                continue;
            }
            int end = rec.read(bytes, at, to);
            if (end < 0 || !row(bytes, rec)) {
                end = SurveyRecord.recordEnd(bytes, at, to);
                slow(bytes, at, end);
                recordsAsText++;
            }
            at = end;
        }
    }

    /** Reads {@code bytes[from, to)} (whole records) as text through {@link SurveyReader}. */
    private void slow(byte[] bytes, int from, int to) {
        byte[] text = Arrays.copyOf(header, header.length + to - from);
        System.arraycopy(bytes, from, text, header.length, to - from);
        SurveyReader.read(TextEncoding.reader(new ByteArrayInputStream(text), charset), source, table);
    }

    /** Adds the tokenized record, or returns false, changing nothing a reading as text would not, to leave it to that. */
    private boolean row(byte[] b, SurveyRecord rec) {
        int p = id(positions, table.positions, false, b, rec.start(rec.position), rec.end(rec.position));
        if (p == BLANK) {
            if (rec.name == rec.missing || isBlank(b, rec.start(rec.name), rec.end(rec.name)) || rec.highBeyond(rec.position, rec.name)) {
                return false;
            }
            table.countTitleOnly();
            return true;
        }
        if (rec.highOutside()) {
            return false;
        }
        long f = number(b, rec, rec.difficulty, FixedPoint.VALUE_SCALE);
        long w = number(b, rec, rec.weight, FixedPoint.WEIGHT_SCALE);
        long v = number(b, rec, rec.vacancies, FixedPoint.VALUE_SCALE);
        long a = number(b, rec, rec.applicants, FixedPoint.VALUE_SCALE);
        long h = number(b, rec, rec.hires, FixedPoint.VALUE_SCALE);
        long d = number(b, rec, rec.days, FixedPoint.VALUE_SCALE);
        long s = number(b, rec, rec.salary, FixedPoint.VALUE_SCALE);
        if (f == FixedPoint.NONE || f != ABSENT && (f < 1_000 || f > 5_000) || w == FixedPoint.NONE || w == 0
                || v == FixedPoint.NONE || v == ABSENT || a == FixedPoint.NONE || a == ABSENT || h == FixedPoint.NONE
                || h == ABSENT || d == FixedPoint.NONE || s == FixedPoint.NONE) {
            return false;
        }
        int t = type(b, rec.start(rec.type), rec.end(rec.type));
        if (t < 0) {
            return false;
        }
        int r = id(respondents, table.respondents, false, b, rec.start(rec.respondent), rec.end(rec.respondent));
        if (r == BLANK) {
            return false;
        }
        int ind = id(industries, table.industries, true, b, rec.start(rec.industry), rec.end(rec.industry));
        int reg = id(regions, table.regions, true, b, rec.start(rec.region), rec.end(rec.region));
        label(p, b, rec.start(rec.name), rec.end(rec.name), ind);
        int pair = table.pair(r, p);
        cover(pair, r, t, ind, reg);
        table.countRow();
        boolean unitWeight = w == ABSENT;
        double sal = s == ABSENT ? Double.NaN : s / 1e3;
        long days = d == ABSENT ? FixedPoint.NONE : d;
        long difficulty = f == ABSENT ? FixedPoint.NONE : f;
        if (!table.add(pair, unitWeight ? 1_000_000 : w, v, a, h, days, difficulty, sal)) {
            table.addExact(pair, unitWeight ? BigDecimal.ONE : FixedPoint.exact(w / 1e6), exact(v), exact(a), exact(h),
                    d == ABSENT ? null : exact(d), f == ABSENT ? null : exact(f), sal);
        }
        return true;
    }

    /** The exact value of a plain number read in units of 10⁻³, as the text path takes it. */
    private static BigDecimal exact(long units) {
        return FixedPoint.exact(units / 1e3);
    }

    /** A plain number in units, {@link #ABSENT} for an empty cell, {@link FixedPoint#NONE} for any other text. */
    private static long number(byte[] b, SurveyRecord rec, int column, int scale) {
        int s = rec.start(column);
        int e = rec.end(column);
        return s == e ? ABSENT : FixedPoint.parse(b, s, e, scale);
    }

    /** The id in {@code dictionary} of the stripped text of {@code b[s, e)}, or {@link #BLANK} for blank text unless allowed. */
    private int id(ByteIds cache, CharDictionary dictionary, boolean blankAllowed, byte[] b, int s, int e) {
        int id = cache.get(b, s, e);
        if (id != ByteIds.MISSING) {
            return id;
        }
        String text = text(b, s, e).strip();
        if (text.isEmpty() && !blankAllowed) {
            return BLANK;
        }
        id = dictionary.id(text);
        cache.put(b, s, e, id);
        return id;
    }

    private int type(byte[] b, int s, int e) {
        int t = types.get(b, s, e);
        if (t != ByteIds.MISSING) {
            return t;
        }
        try {
            t = RespondentType.valueOf(text(b, s, e).strip().toUpperCase(Locale.ROOT)).ordinal();
        } catch (IllegalArgumentException unknown) {
            return -1;
        }
        types.put(b, s, e, t);
        return t;
    }

    private boolean isBlank(byte[] b, int s, int e) {
        return text(b, s, e).isBlank();
    }

    /** The decoded text of {@code b[s, e)}; bytes that do not decode fail the chunk. */
    private String text(byte[] b, int s, int e) {
        boolean ascii = true;
        for (int i = s; i < e && ascii; i++) {
            ascii = b[i] >= 0;
        }
        if (ascii) {
            return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
        }
        try {
            return decoder.decode(ByteBuffer.wrap(b, s, e - s)).toString();
        } catch (CharacterCodingException bad) {
            throw new UncheckedIOException(bad);
        }
    }

    /** Labels position {@code p} unless it was last labelled with the same name bytes and industry. */
    private void label(int p, byte[] b, int s, int e, int industry) {
        if (p >= names.length) {
            names = Arrays.copyOf(names, Math.max(p + 1, names.length * 2));
            nameIndustries = Arrays.copyOf(nameIndustries, names.length);
        }
        byte[] last = names[p];
        if (last != null && nameIndustries[p] == industry && Arrays.equals(last, 0, last.length, b, s, e)) {
            return;
        }
        table.label(p, text(b, s, e).strip(), table.industries.get(industry));
        names[p] = Arrays.copyOfRange(b, s, e);
        nameIndustries[p] = industry;
    }

    /** Records coverage unless this pair last recorded the same type, industry and region. */
    private void cover(int pair, int r, int type, int industry, int region) {
        if (pair >= covered.length) {
            int old = covered.length;
            covered = Arrays.copyOf(covered, Math.max(pair + 1, old * 2));
            Arrays.fill(covered, old, covered.length, -1);
        }
        long key = industry < 1 << 30 && region < 1 << 30 ? (long) type << 60 | (long) industry << 30 | region : -1;
        if (key < 0 || covered[pair] != key) {
            table.cover(r, typeValues[type], industry, region);
            covered[pair] = key;
        }
    }
}
