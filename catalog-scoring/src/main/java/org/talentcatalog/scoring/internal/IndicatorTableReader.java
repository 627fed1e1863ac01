package org.talentcatalog.scoring.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentcatalog.model.io.CsvReader;
import org.talentcatalog.scoring.IndicatorTable;
import org.talentcatalog.scoring.PositionRow;
import org.talentcatalog.scoring.ScoringException;

/** Reads the indicator-table CSV of docs/scoring.md. */
public final class IndicatorTableReader {

    private static final Set<String> LABELS = Set.of("position_id", "position_name", "industry");

    private IndicatorTableReader() {
    }

    /** See {@link IndicatorTable#readCsv(Reader, String)}. */
    public static IndicatorTable read(Reader reader, String source) {
        CsvColumns cols = new CsvColumns(reader, source);
        CsvReader csv = cols.csv();
        int id = cols.require("position_id");
        int name = cols.optional("position_name");
        int industry = cols.optional("industry");
        String[] names = cols.names();
        List<String> indicators = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!LABELS.contains(names[i])) {
                indicators.add(names[i]);
                positions.add(i);
            }
        }
        List<PositionRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (cols.next()) {
            String pid = cols.text(id);
            if (pid.isEmpty()) {
                throw ScoringException.input(csv.location(id), Messages.INPUT_EMPTY_POSITION_ID.text());
            }
            if (!seen.add(pid)) {
                throw ScoringException.input(csv.location(id), Messages.INPUT_DUPLICATE_POSITION.text(pid));
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (int k = 0; k < indicators.size(); k++) {
                int c = positions.get(k);
                if (!cols.blank(c)) {
                    values.put(indicators.get(k), cols.number(c, -Limits.MAX_VALUE, false, Limits.MAX_VALUE));
                }
            }
            rows.add(new PositionRow(pid, cols.value(name), cols.value(industry), values, csv.line()));
        }
        return new IndicatorTable(indicators, rows, source);
    }
}
