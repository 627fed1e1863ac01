package org.talentcatalog.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.scoring.internal.CsvColumns;
import org.talentcatalog.scoring.internal.Limits;
import org.talentcatalog.scoring.internal.Messages;

/**
 * The columns of a survey-samples table (docs/scoring.md) and the reading of one record, given as cell
 * texts, into a {@link SurveySample}: for record sources other than the survey CSV reader, such as a
 * Spark DataFrame, with the same checks, in the same order, and the same messages. A sample read here
 * and added with {@link SurveyAggregate#add} aggregates exactly as the row read by
 * {@link SurveyAggregation}.
 *
 * <p>Cells are stripped; a {@code null} cell or an absent optional column is blank. A record with a
 * {@code position_name} but no {@code position_id} gives only a free-text title: {@link #read} returns
 * {@code null} for it (count it with {@link SurveyAggregate#countTitleOnlyRow()}).
 *
 * <p>Immutable and thread-safe.
 */
public final class SurveyColumns {

    private final String[] names;
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

    private SurveyColumns(String[] names, String source) {
        this.names = names;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (index.putIfAbsent(names[i], i) != null) {
                throw ScoringException.input(source, Messages.CSV_DUPLICATE_COLUMN.text(names[i]));
            }
        }
        respondent = require(index, "respondent_id", source);
        type = require(index, "respondent_type", source);
        position = require(index, "position_id", source);
        vacancies = require(index, "vacancies", source);
        applicants = require(index, "applicants", source);
        hires = require(index, "hires", source);
        name = index.getOrDefault("position_name", -1);
        industry = index.getOrDefault("industry", -1);
        region = index.getOrDefault("region", -1);
        days = index.getOrDefault("days_to_fill", -1);
        salary = index.getOrDefault("offered_salary", -1);
        difficulty = index.getOrDefault("difficulty", -1);
        weight = index.getOrDefault("weight", -1);
    }

    /**
     * The columns of a header.
     *
     * @param header the column names in record order (stripped and compared in lower case)
     * @param source where the header comes from, for error locations
     * @return the columns
     * @throws ScoringException if a required column is missing or a name repeats
     */
    public static SurveyColumns of(List<String> header, String source) {
        String[] names = new String[header.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = header.get(i).strip().toLowerCase(Locale.ROOT);
        }
        return new SurveyColumns(names, source);
    }

    /**
     * Reads one record.
     *
     * @param cells the cell texts in header order, {@code null} for a blank cell
     * @param location the location of a cell by column position, for errors
     * @return the sample, or {@code null} for a record that gives only a free-text title
     * @throws ScoringException for an empty id, an unknown respondent type or a bad number, located
     */
    public @Nullable SurveySample read(List<@Nullable String> cells, IntFunction<String> location) {
        if (text(cells, position).isEmpty() && !text(cells, name).isEmpty()) {
            return null;
        }
        String respondentId = text(cells, respondent);
        if (respondentId.isEmpty()) {
            throw ScoringException.input(location.apply(respondent), Messages.INPUT_EMPTY_RESPONDENT_ID.text());
        }
        String positionId = text(cells, position);
        if (positionId.isEmpty()) {
            throw ScoringException.input(location.apply(position), Messages.INPUT_EMPTY_POSITION_ID.text());
        }
        String typeText = text(cells, type);
        RespondentType rt;
        try {
            rt = RespondentType.valueOf(typeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ScoringException.input(location.apply(type), Messages.INPUT_UNKNOWN_RESPONDENT_TYPE.text(typeText));
        }
        Double f = optional(cells, difficulty, location, 1, false, Limits.MAX_VALUE);
        if (f != null && f > 5) {
            throw ScoringException.input(location.apply(difficulty), Messages.INPUT_DIFFICULTY.text());
        }
        Double w = optional(cells, weight, location, 0, true, Double.MAX_VALUE);
        double v = number(cells, vacancies, location, 0, false, Limits.MAX_VALUE);
        double a = number(cells, applicants, location, 0, false, Limits.MAX_VALUE);
        double h = number(cells, hires, location, 0, false, Limits.MAX_VALUE);
        Double d = optional(cells, days, location, 0, false, Limits.MAX_VALUE);
        Double s = optional(cells, salary, location, 0, false, Limits.MAX_VALUE);
        return new SurveySample(respondentId, rt, positionId, text(cells, name), text(cells, industry),
                text(cells, region), v, a, h, d, s, f, w == null ? 1 : w);
    }

    private static int require(Map<String, Integer> index, String column, String source) {
        Integer i = index.get(column);
        if (i == null) {
            throw ScoringException.input(source, Messages.CSV_MISSING_COLUMN.text(column));
        }
        return i;
    }

    private static String text(List<@Nullable String> cells, int column) {
        String cell = column < 0 || column >= cells.size() ? null : cells.get(column);
        return cell == null ? "" : cell.strip();
    }

    private @Nullable Double optional(List<@Nullable String> cells, int column, IntFunction<String> location,
            double min, boolean exclusive, double max) {
        return text(cells, column).isEmpty() ? null : number(cells, column, location, min, exclusive, max);
    }

    /** A finite number within bounds, with the messages of the CSV reader. */
    private double number(List<@Nullable String> cells, int column, IntFunction<String> location, double min,
            boolean exclusive, double max) {
        return CsvColumns.number(text(cells, column), names[column], () -> location.apply(column), min, exclusive, max);
    }
}
