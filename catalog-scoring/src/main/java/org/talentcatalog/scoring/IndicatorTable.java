package org.talentcatalog.scoring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.scoring.internal.IndicatorTableReader;
import org.talentcatalog.scoring.internal.Messages;

/**
 * Positions with raw indicator values: the input of the scoring pipeline, either read from CSV or
 * aggregated from survey samples.
 *
 * @param indicators the indicator ids the table has columns for, in column order
 * @param rows the positions, in input order
 * @param source where the table came from (a file name or {@code survey}), for error locations
 */
public record IndicatorTable(List<String> indicators, List<PositionRow> rows, String source) {

    /** Copies both lists. */
    public IndicatorTable {
        java.util.Objects.requireNonNull(source, "source");
        indicators = List.copyOf(indicators);
        rows = List.copyOf(rows);
    }

    /**
     * Reads an indicator table CSV: {@code position_id} (required), {@code position_name},
     * {@code industry} (optional) and one numeric column per indicator. Empty cells are missing
     * values (left out of {@link PositionRow#values()}); the scorer's {@link MissingValues} policy
     * handles them.
     *
     * @param reader the CSV text
     * @param source the file name for error locations
     * @return the table
     * @throws ScoringException for a missing {@code position_id} column, a duplicate position, a
     *     non-numeric cell or a value beyond ±10¹⁵, naming line and column
     */
    public static IndicatorTable readCsv(Reader reader, String source) {
        return IndicatorTableReader.read(reader, source);
    }

    /**
     * Reads an indicator table CSV file, UTF-8 or GB18030 (with or without byte order mark), as
     * {@link TextEncoding} detects.
     *
     * @param file the file
     * @return the table
     * @throws ScoringException for bad content
     * @throws UncheckedIOException if the file cannot be read
     */
    public static IndicatorTable readCsv(Path file) {
        try (Reader r = TextEncoding.open(file)) {
            return readCsv(r, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This table with another's indicators joined by position id: every position of this table, in
     * its order, gets the other table's values for it (none when the other table lacks it); the
     * other table's positions that this one lacks are left out ({@link #positionsNotIn}). A name
     * missing here is taken from the other table.
     *
     * @param other a table with other indicators
     * @return the joined table, source of this one
     * @throws ScoringException if both tables have an indicator of the same id, naming the other table
     */
    public IndicatorTable join(IndicatorTable other) {
        for (String id : other.indicators) {
            if (indicators.contains(id)) {
                throw ScoringException.input(other.source, Messages.INPUT_CONFLICTING_INDICATOR.text(id, source));
            }
        }
        Map<String, PositionRow> byId = new LinkedHashMap<>();
        other.rows.forEach(r -> byId.putIfAbsent(r.id(), r));
        List<PositionRow> joined = new ArrayList<>();
        for (PositionRow r : rows) {
            PositionRow o = byId.get(r.id());
            Map<String, Double> values = new LinkedHashMap<>(r.values());
            if (o != null) {
                values.putAll(o.values());
            }
            String name = r.name().isEmpty() && o != null ? o.name() : r.name();
            joined.add(new PositionRow(r.id(), name, r.industry(), values, r.line()));
        }
        List<String> ids = new ArrayList<>(indicators);
        ids.addAll(other.indicators);
        return new IndicatorTable(ids, joined, source);
    }

    /**
     * The ids of this table's positions that {@code other} does not have, in this table's order.
     *
     * @param other another table
     * @return the ids
     */
    public List<String> positionsNotIn(IndicatorTable other) {
        java.util.Set<String> there = new java.util.HashSet<>();
        other.rows.forEach(r -> there.add(r.id()));
        return rows.stream().map(PositionRow::id).filter(id -> !there.contains(id)).toList();
    }
}
