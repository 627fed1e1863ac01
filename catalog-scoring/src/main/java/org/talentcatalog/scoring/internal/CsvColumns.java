package org.talentcatalog.scoring.internal;

import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.io.CsvException;
import org.talentcatalog.model.io.CsvReader;
import org.talentcatalog.scoring.ScoringException;

/**
 * A CSV input of the scoring engine read by {@link CsvReader} (strict quoting, default limits): the
 * header's column positions by name, the records, and located parsing of cells. A CSV problem is a
 * {@link ScoringException} ({@code read:syntax}) at its place.
 */
public final class CsvColumns {

    private final CsvReader csv;
    private final Map<String, Integer> index = new HashMap<>();
    private final String[] names;

    /**
     * Reads the header record.
     *
     * @param reader the CSV text
     * @param source the file name used in places
     * @throws ScoringException if the input is empty, not CSV or a column name repeats
     */
    public CsvColumns(Reader reader, String source) {
        this.csv = CsvReader.builder().source(source).read(reader);
        if (!next()) {
            throw ScoringException.input(csv.source() + ":1", Messages.CSV_EMPTY.text());
        }
        names = csv.fields();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip().toLowerCase(Locale.ROOT);
            names[i] = name;
            if (index.putIfAbsent(name, i) != null) {
                throw ScoringException.input(csv.location(i), Messages.CSV_DUPLICATE_COLUMN.text(name));
            }
        }
    }

    /** The reader, positioned at the current record. */
    public CsvReader csv() {
        return csv;
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     * @throws ScoringException ({@code read:syntax}) at the place of a CSV problem
     */
    public boolean next() {
        try {
            return csv.next();
        } catch (CsvException e) {
            throw ScoringException.syntax(e.location(), e.text());
        }
    }

    /** The column names, lower case, in file order. */
    public String[] names() {
        return names.clone();
    }

    /** Whether the header has the column. */
    public boolean has(String name) {
        return index.containsKey(name);
    }

    /** The position of a required column, or a located error naming it. */
    public int require(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw ScoringException.input(csv.source() + ":1", Messages.CSV_MISSING_COLUMN.text(name));
        }
        return i;
    }

    /** The position of an optional column, or -1. */
    public int optional(String name) {
        return index.getOrDefault(name, -1);
    }

    /** The stripped text of a cell; "" for an absent column ({@code column < 0}). */
    public String text(int column) {
        return column < 0 ? "" : csv.field(column).strip();
    }

    /**
     * The text of a cell as its writer meant it: a quoted cell exactly as written between its quotes,
     * spaces at either end kept (a writer quotes such text to keep them); an unquoted cell stripped;
     * "" for an absent column.
     */
    public String value(int column) {
        return column < 0 ? "" : csv.quoted(column) ? csv.field(column) : csv.field(column).strip();
    }

    /** Whether the cell is empty or the column absent. */
    public boolean blank(int column) {
        return text(column).isEmpty();
    }

    /**
     * A finite number from a cell, checked against a lower bound.
     *
     * @param column the column position
     * @param min the smallest allowed value
     * @param exclusive whether {@code min} itself is not allowed
     * @return the value
     * @throws ScoringException naming line, column and header when the cell is empty, not a number,
     *     beyond the range of a double, or too small
     */
    public double number(int column, double min, boolean exclusive) {
        return number(column, min, exclusive, Double.MAX_VALUE);
    }

    /**
     * A finite number from a cell, checked against both bounds.
     *
     * @param column the column position
     * @param min the smallest allowed value
     * @param exclusive whether {@code min} itself is not allowed
     * @param max the largest allowed value
     * @return the value
     * @throws ScoringException naming line, column and header when the cell is empty, not a number,
     *     beyond the range of a double, or out of bounds
     */
    public double number(int column, double min, boolean exclusive, double max) {
        String name = column >= 0 && column < names.length ? names[column] : "?";
        return number(text(column), name, () -> csv.location(column), min, exclusive, max);
    }

    /**
     * A cell's text as a finite number within bounds, with the CSV reader's messages: the one check
     * of the file reader and of readers of cells held elsewhere ({@code SurveyColumns}).
     *
     * @param text the cell, trimmed
     * @param name the column's header
     * @param location where the cell is, asked only for an error
     * @param min the smallest allowed value
     * @param exclusive whether {@code min} itself is not allowed
     * @param max the largest allowed value
     * @return the value
     * @throws ScoringException at the location when the cell is empty, not a number, beyond the range
     *     of a double, or out of bounds
     */
    public static double number(String text, String name, Supplier<String> location, double min, boolean exclusive,
            double max) {
        if (text.isEmpty()) {
            throw ScoringException.input(location.get(), Messages.CSV_EMPTY_CELL.text(name));
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (Double.isInfinite(value) && text.chars().anyMatch(Character::isDigit)) {
            throw ScoringException.input(location.get(), Messages.CSV_NOT_REPRESENTABLE.text(name, text));
        }
        if (!Double.isFinite(value)) {
            throw ScoringException.input(location.get(), Messages.CSV_NOT_A_NUMBER.text(name, text));
        }
        if (value < min || exclusive && value == min) {
            String bound = (exclusive ? "> " : "≥ ") + fmt(min);
            throw ScoringException.input(location.get(), Messages.CSV_BELOW_MINIMUM.text(name,
                    LocalizedText.of(bound, bound.replace("≥", ">=")), text));
        }
        if (value > max) {
            throw ScoringException.input(location.get(), Messages.CSV_ABOVE_MAXIMUM.text(name,
                    LocalizedText.of("≤ " + fmt(max), "<= " + fmt(max)), text));
        }
        return value;
    }

    private static String fmt(double v) {
        if (Math.abs(v) == Limits.MAX_VALUE) {
            return (v < 0 ? "-" : "") + Limits.MAX_VALUE_TEXT;
        }
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
