package org.talentcatalog.scoring.internal;

import java.util.Locale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentcatalog.scoring.IndicatorTable;
import org.talentcatalog.scoring.MissingValues;
import org.talentcatalog.scoring.PositionRow;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.UnscoredPosition;

/**
 * The rows to score as a dense matrix of the configured indicators, after the missing-value policy.
 * Rows are in id order, whatever their order in the input, so that no result depends on it.
 *
 * @param rows the positions kept, in id order
 * @param raw [position][indicator] raw values
 * @param excluded positions dropped under DROP_POSITION, in id order
 */
public record PreparedTable(List<PositionRow> rows, double[][] raw, List<UnscoredPosition> excluded) {

    /**
     * Selects {@code candidates} of {@code table} and applies the policy.
     *
     * @param table the table
     * @param config the configuration (indicators, policy)
     * @param skip ids to leave out (insufficient sample)
     * @param policy the missing-value policy to apply
     * @return the prepared table
     * @throws ScoringException for an indicator that is not a column, a missing value under ERROR, or
     *     a value that is not finite or beyond ±{@link Limits#MAX_VALUE}
     */
    public static PreparedTable of(IndicatorTable table, ScoringConfig config, Set<String> skip, MissingValues policy) {
        List<String> ids = config.indicatorIds();
        for (int j = 0; j < ids.size(); j++) {
            if (!table.indicators().contains(ids.get(j))) {
                throw ScoringException.config("$.indicators[" + j + "].id", Messages.CONFIG_INDICATOR_NOT_IN_INPUT.text(table.source(), ids.get(j), String.join(", ", table.indicators())));
            }
        }
        List<PositionRow> rows = new ArrayList<>();
        List<UnscoredPosition> excluded = new ArrayList<>();
        for (PositionRow row : table.rows()) {
            if (skip.contains(row.id())) {
                continue;
            }
            String missing = ids.stream().filter(id -> !row.values().containsKey(id)).findFirst().orElse(null);
            if (missing == null || policy == MissingValues.COLUMN_MEAN) {
                rows.add(row);
            } else if (policy == MissingValues.DROP_POSITION) {
                excluded.add(new UnscoredPosition(row.id(), row.name(), null,
                        Messages.INPUT_MISSING_VALUE.format(Locale.ROOT, missing),
                        Messages.INPUT_MISSING_VALUE.format(Locale.ENGLISH, missing)));
            } else {
                String where = row.line() > 0 ? table.source() + ":" + row.line() : table.source();
                throw ScoringException.input(where, row.line() > 0
                        ? Messages.INPUT_MISSING_VALUE_AT_LINE.text(row.id(), missing, row.line())
                        : Messages.INPUT_MISSING_VALUE_AT.text(row.id(), missing));
            }
        }
        rows.sort(Comparator.comparing(PositionRow::id));
        excluded.sort(Comparator.comparing(UnscoredPosition::id));
        for (PositionRow row : rows) {
            for (String id : ids) {
                Double v = row.values().get(id);
                if (v != null && !Limits.inRange(v)) {
                    String where = row.line() > 0 ? table.source() + ":" + row.line() : table.source();
                    throw ScoringException.input(where, Messages.INPUT_VALUE_OUT_OF_RANGE.text(row.id(), id, v,
                            Limits.MAX_VALUE_TEXT));
                }
            }
        }
        double[][] raw = new double[rows.size()][ids.size()];
        for (int j = 0; j < ids.size(); j++) {
            double sum = 0;
            int count = 0;
            for (PositionRow row : rows) {
                Double v = row.values().get(ids.get(j));
                if (v != null) {
                    sum += v;
                    count++;
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Double> values = rows.get(i).values();
                Double v = values.get(ids.get(j));
                if (v == null && count == 0) {
                    throw ScoringException.input("$.indicators[" + j + "].id", Messages.CONFIG_INDICATOR_WITHOUT_VALUES.text(ids.get(j)));
                }
                raw[i][j] = v != null ? v : sum / count;
            }
        }
        return new PreparedTable(rows, raw, excluded);
    }

    /** The position ids in row order. */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.id()));
        return out;
    }
}
