package org.talentcatalog.scoring.internal;

import org.talentcatalog.model.LocalizedText;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.talentcatalog.scoring.ScoringException;

/**
 * The header of a CSV input: column positions by name, and located parsing of cells.
 */
public final class CsvColumns {

    private final CsvTokenizer csv;
    private final Map<String, Integer> index = new HashMap<>();
    private final String[] names;

    /**
     * Reads the header record of {@code csv}.
     *
     * @param csv a tokenizer positioned before the header
     * @throws ScoringException if the input is empty or a column name repeats
     */
    public CsvColumns(CsvTokenizer csv) {
        this.csv = csv;
        if (!csv.next()) {
            throw ScoringException.input(csv.source() + ":1", Messages.CSV_EMPTY.text());
        }
        names = csv.record();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip().toLowerCase(Locale.ROOT);
            names[i] = name;
            if (index.putIfAbsent(name, i) != null) {
                throw ScoringException.input(csv.location(i), Messages.CSV_DUPLICATE_COLUMN.text(name));
            }
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
        String text = text(column);
        String name = column >= 0 && column < names.length ? names[column] : "?";
        if (text.isEmpty()) {
            throw ScoringException.input(csv.location(column), Messages.CSV_EMPTY_CELL.text(name));
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (Double.isInfinite(value) && text.chars().anyMatch(Character::isDigit)) {
            throw ScoringException.input(csv.location(column), Messages.CSV_NOT_REPRESENTABLE.text(name, text));
        }
        if (!Double.isFinite(value)) {
            throw ScoringException.input(csv.location(column), Messages.CSV_NOT_A_NUMBER.text(name, text));
        }
        if (value < min || exclusive && value == min) {
            String bound = (exclusive ? "> " : "≥ ") + fmt(min);
            throw ScoringException.input(csv.location(column), Messages.CSV_BELOW_MINIMUM.text(name,
                    LocalizedText.of(bound, bound.replace("≥", ">=")), text));
        }
        if (value > max) {
            throw ScoringException.input(csv.location(column), Messages.CSV_ABOVE_MAXIMUM.text(name,
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
