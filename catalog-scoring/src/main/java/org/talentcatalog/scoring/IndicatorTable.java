package org.talentcatalog.scoring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.scoring.internal.IndicatorTableReader;

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
}
