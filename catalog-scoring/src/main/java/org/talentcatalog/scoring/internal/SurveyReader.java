package org.talentcatalog.scoring.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.model.io.CsvReader;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.SurveySample;
import org.talentcatalog.scoring.spi.PositionResolver;

/**
 * Streams the survey-samples CSV of docs/scoring.md into a {@link SurveyTable}, one row at a time,
 * without per-row objects: ids are interned from the reader's characters and plain numbers are
 * parsed straight into fixed-point units; any other number takes the ordinary (located, checked)
 * parsing path, which yields the same value.
 */
public final class SurveyReader {

    private static final long ABSENT = Long.MIN_VALUE + 1;

    private final CsvReader csv;
    private final CsvColumns c;
    private final SurveyTable table;
    private final PositionResolver resolver;
    private final Unresolved unresolved;
    private final CharDictionary typeTexts = new CharDictionary();
    private RespondentType[] types = new RespondentType[8];
    private final int respondent;
    private final int type;
    private final int position;
    private final int vacancies;
    private final int applicants;
    private final int hires;
    private final int name;
    private final int industry;
    private final int region;
    private final int days;
    private final int salary;
    private final int difficulty;
    private final int weight;
    private int from;
    private int to;

    private SurveyReader(Reader reader, String source, SurveyTable table, PositionResolver resolver, Unresolved unresolved) {
        this.c = new CsvColumns(reader, source);
        this.csv = c.csv();
        this.table = table;
        this.resolver = resolver;
        this.unresolved = unresolved;
        respondent = c.require("respondent_id");
        type = c.require("respondent_type");
        // With a resolver a row may name its position in position_name only.
        position = resolver == null ? c.require("position_id") : c.optional("position_id");
        vacancies = c.require("vacancies");
        applicants = c.require("applicants");
        hires = c.require("hires");
        name = c.optional("position_name");
        industry = c.optional("industry");
        region = c.optional("region");
        days = c.optional("days_to_fill");
        salary = c.optional("offered_salary");
        difficulty = c.optional("difficulty");
        weight = c.optional("weight");
    }

    /**
     * Reads every row into {@code table}.
     *
     * @param reader the CSV text
     * @param source the file name for error locations
     * @param table receives the rows
     * @throws ScoringException for a missing column, a bad type, a negative count, a non-numeric cell
     */
    public static void read(Reader reader, String source, SurveyTable table) {
        read(reader, source, table, null, new Unresolved());
    }

    /**
     * Reads every row into {@code table}; a row without a {@code position_id} but with a
     * {@code position_name} is placed by {@code resolver}, or left out and noted in {@code unresolved}.
     *
     * @param resolver places free-text titles, or {@code null} to require {@code position_id}
     */
    public static void read(Reader reader, String source, SurveyTable table, PositionResolver resolver, Unresolved unresolved) {
        SurveyReader r = new SurveyReader(reader, source, table, resolver, unresolved);
        while (r.c.next()) {
            r.row();
        }
    }

    /** Adds one sample given as an object (the same values as the CSV path would give). */
    public static void add(SurveyTable table, SurveySample s) {
        int r = table.respondents.id(s.respondentId());
        int p = table.positions.id(s.positionId());
        char[] n = s.positionName().toCharArray();
        char[] i = s.industry().toCharArray();
        char[] both = new char[n.length + i.length];
        System.arraycopy(n, 0, both, 0, n.length);
        System.arraycopy(i, 0, both, n.length, i.length);
        table.label(p, both, 0, n.length, n.length, both.length);
        table.cover(r, s.respondentType(), table.industries.id(s.industry()), table.regions.id(s.region()));
        int pair = table.pair(r, p);
        table.countRow();
        long w = FixedPoint.micros(s.weight());
        long v = FixedPoint.millis(s.vacancies());
        long a = FixedPoint.millis(s.applicants());
        long h = FixedPoint.millis(s.hires());
        Double days = s.daysToFill();
        Double difficulty = s.difficulty();
        Double salary = s.offeredSalary();
        long d = days != null ? FixedPoint.millis(days) : ABSENT;
        long f = difficulty != null ? FixedPoint.millis(difficulty) : ABSENT;
        double sal = salary != null ? salary : Double.NaN;
        if (fixed(w, v, a, h, d, f) && table.add(pair, w, v, a, h, none(d), none(f), sal)) {
            return;
        }
        table.addExact(pair, FixedPoint.exact(s.weight()), FixedPoint.exact(s.vacancies()),
                FixedPoint.exact(s.applicants()), FixedPoint.exact(s.hires()),
                days != null ? FixedPoint.exact(days) : null,
                difficulty != null ? FixedPoint.exact(difficulty) : null, sal);
    }

    private static boolean fixed(long... units) {
        for (long u : units) {
            if (u == FixedPoint.NONE) {
                return false;
            }
        }
        return true;
    }

    private static long none(long units) {
        return units == ABSENT ? FixedPoint.NONE : units;
    }

    private void row() {
        strip(position);
        String resolved = null;
        if (from == to && resolver != null) {
            String title = name < 0 ? "" : csv.field(name).strip();
            if (!title.isEmpty()) {
                Optional<String> id = resolver.resolve(title);
                if (id.isEmpty() || id.get().isBlank()) {
                    unresolved.add(title);
                    return;
                }
                resolved = id.get();
            }
        } else if (from == to && table.acceptsTitleOnly()) {
            strip(name);
            if (from != to) {
                table.countTitleOnly();
                return;
            }
        }
        strip(respondent);
        if (from == to) {
            throw ScoringException.input(csv.location(respondent), Messages.INPUT_EMPTY_RESPONDENT_ID.text());
        }
        int r = table.respondents.id(csv.chars(), from, to);
        strip(position);
        if (from == to && resolved == null) {
            throw ScoringException.input(position < 0 ? csv.location(name < 0 ? 0 : name) : csv.location(position),
                    Messages.INPUT_EMPTY_POSITION_ID.text());
        }
        int p = resolved != null ? table.positions.id(resolved) : table.positions.id(csv.chars(), from, to);
        strip(type);
        RespondentType rt = type(typeTexts.id(csv.chars(), from, to));
        long f = number(difficulty, FixedPoint.VALUE_SCALE, 1, false, true, Limits.MAX_VALUE);
        boolean tooHigh = f == FixedPoint.NONE ? c.number(difficulty, 1, false) > 5 : f != ABSENT && f > 5_000;
        if (tooHigh) {
            throw ScoringException.input(csv.location(difficulty), Messages.INPUT_DIFFICULTY.text());
        }
        long w = number(weight, FixedPoint.WEIGHT_SCALE, 0, true, true, Double.MAX_VALUE);
        boolean unitWeight = w == ABSENT;
        if (unitWeight) {
            w = 1_000_000;
        }
        long v = number(vacancies, FixedPoint.VALUE_SCALE, 0, false, false, Limits.MAX_VALUE);
        long a = number(applicants, FixedPoint.VALUE_SCALE, 0, false, false, Limits.MAX_VALUE);
        long h = number(hires, FixedPoint.VALUE_SCALE, 0, false, false, Limits.MAX_VALUE);
        long d = number(days, FixedPoint.VALUE_SCALE, 0, false, true, Limits.MAX_VALUE);
        double sal = salary();
        strip(name);
        int nameFrom = from;
        int nameTo = resolved != null ? from : to; // a free-text title does not name the catalog's position
        strip(industry);
        table.label(p, csv.chars(), nameFrom, nameTo, from, to);
        int ind = table.industries.id(csv.chars(), from, to);
        strip(region);
        table.cover(r, rt, ind, table.regions.id(csv.chars(), from, to));
        int pair = table.pair(r, p);
        table.countRow();
        if (fixed(w, v, a, h, d, f) && table.add(pair, w, v, a, h, none(d), none(f), sal)) {
            return;
        }
        table.addExact(pair, unitWeight ? BigDecimal.ONE : FixedPoint.exact(c.number(weight, 0, true)),
                exact(vacancies, 0), exact(applicants, 0), exact(hires, 0),
                c.blank(days) ? null : exact(days, 0), c.blank(difficulty) ? null : exact(difficulty, 1), sal);
    }

    private BigDecimal exact(int column, double min) {
        return FixedPoint.exact(c.number(column, min, false, Limits.MAX_VALUE));
    }

    /** Sets {@code from, to} to the stripped range of a cell (empty for an absent column). */
    private void strip(int column) {
        if (column < 0) {
            from = 0;
            to = 0;
            return;
        }
        char[] ch = csv.chars();
        int a = csv.start(column);
        int b = csv.end(column);
        if (a < b && (Character.isWhitespace(ch[a]) || Character.isWhitespace(ch[b - 1]))) {
            String s = csv.field(column);
            int lead = s.length() - s.stripLeading().length();
            a = Math.min(b, a + lead);
            b = a + s.strip().length();
        }
        from = a;
        to = b;
    }

    /**
     * A cell in units of 10^-scale: parsed from the characters when plain (always below 10⁹, so
     * within {@code max}), else by {@link CsvColumns#number} (which reports bad cells) and converted; {@link FixedPoint#NONE} when
     * the value has no fixed-point form, {@link #ABSENT} for a blank optional cell.
     */
    private long number(int column, int scale, long min, boolean exclusive, boolean optional, double max) {
        strip(column);
        if (optional && from == to) {
            return ABSENT;
        }
        long units = FixedPoint.parse(csv.chars(), from, to, scale);
        long minUnits = min * (scale == FixedPoint.WEIGHT_SCALE ? 1_000_000 : 1_000);
        if (units != FixedPoint.NONE && (exclusive ? units > minUnits : units >= minUnits)) {
            return units;
        }
        double value = c.number(column, min, exclusive, max);
        return scale == FixedPoint.WEIGHT_SCALE ? FixedPoint.micros(value) : FixedPoint.millis(value);
    }

    private double salary() {
        strip(salary);
        if (from == to) {
            return Double.NaN;
        }
        long units = FixedPoint.parse(csv.chars(), from, to, FixedPoint.VALUE_SCALE);
        return units != FixedPoint.NONE ? units / 1e3 : c.number(salary, 0, false, Limits.MAX_VALUE);
    }

    private RespondentType type(int id) {
        if (id >= types.length) {
            types = Arrays.copyOf(types, Math.max(id + 1, types.length * 2));
        }
        if (types[id] == null) {
            types[id] = type(typeTexts.get(id), csv.location(type));
        }
        return types[id];
    }

    private static RespondentType type(String text, String location) {
        try {
            return RespondentType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ScoringException.input(location, Messages.INPUT_UNKNOWN_RESPONDENT_TYPE.text(text));
        }
    }
}
