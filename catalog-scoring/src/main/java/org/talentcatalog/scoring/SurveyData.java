package org.talentcatalog.scoring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.scoring.internal.SurveyReader;
import org.talentcatalog.scoring.internal.SurveyTable;
import org.talentcatalog.scoring.internal.Unresolved;
import org.talentcatalog.scoring.spi.PositionResolver;

/**
 * Survey samples grouped by respondent: exact sums per respondent × position in primitive arrays (so
 * the bootstrap can resample respondents without re-reading rows) and their merge over all
 * respondents.
 *
 * <p>Memory is proportional to the respondent × position pairs and their distinct salaries, not to
 * rows.
 * Immutable once built; safe to share between threads.
 */
public final class SurveyData {

    private final SurveyTable table;
    private final SurveyAggregate total;
    private final Unresolved unresolved;

    private SurveyData(SurveyTable table) {
        this(table, new Unresolved());
    }

    private SurveyData(SurveyTable table, Unresolved unresolved) {
        this.table = table;
        this.total = SurveyAggregate.of(table);
        this.unresolved = unresolved;
    }

    /**
     * Groups samples already in memory.
     *
     * @param samples the rows
     * @return the grouped data
     */
    public static SurveyData of(List<SurveySample> samples) {
        SurveyTable table = new SurveyTable();
        samples.forEach(s -> SurveyReader.add(table, s));
        return new SurveyData(table);
    }

    /**
     * Streams a survey-samples CSV (header row, BOM tolerated, RFC 4180 quoting) from text already
     * decoded.
     *
     * @param reader the CSV text
     * @param source the file name for error locations
     * @return the grouped data
     * @throws ScoringException for bad content (also a count, days or salary beyond 10¹⁵, or a number
     *     beyond the range of a double), naming line and column
     */
    public static SurveyData read(Reader reader, String source) {
        SurveyTable table = new SurveyTable();
        SurveyReader.read(reader, source, table);
        return new SurveyData(table);
    }

    /**
     * Streams a survey-samples CSV file, UTF-8 or GB18030 (with or without byte order mark), as
     * {@link TextEncoding} detects.
     *
     * @param file the file
     * @return the grouped data
     * @throws ScoringException for bad content
     * @throws UncheckedIOException if the file cannot be read
     */
    public static SurveyData read(Path file) {
        try (Reader r = TextEncoding.open(file)) {
            return read(r, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams a survey-samples CSV file whose rows may name their position in free text: a row with a
     * {@code position_name} but no {@code position_id} (the column may then be absent) is placed by
     * {@code resolver}, or left out and counted ({@link #unresolvedRows()}, {@link #unresolvedTitles()}),
     * which {@link ShortageScorer#score(SurveyData)} reports as the warning
     * {@code UNRESOLVED_POSITION_NAMES}.
     *
     * @param file the file
     * @param resolver places free-text titles
     * @return the grouped data
     * @throws ScoringException for bad content, as {@link #read(Path)}
     * @throws UncheckedIOException if the file cannot be read
     */
    public static SurveyData read(Path file, PositionResolver resolver) {
        try (Reader r = TextEncoding.open(file)) {
            SurveyTable table = new SurveyTable();
            Unresolved unresolved = new Unresolved();
            SurveyReader.read(r, file.getFileName().toString(), table, resolver, unresolved);
            return new SurveyData(table, unresolved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows left out because their free-text title could not be placed (0 without a resolver). */
    public long unresolvedRows() {
        return unresolved.rows();
    }

    /** The first {@value Unresolved#KEPT} distinct titles of the rows left out, in reading order. */
    public List<String> unresolvedTitles() {
        return unresolved.titles();
    }

    /** Whether more distinct titles were left out than {@link #unresolvedTitles()} lists. */
    boolean moreUnresolved() {
        return unresolved.more();
    }

    /** The aggregate over all rows. Do not modify it. */
    /**
     * One aggregate per respondent, in the order respondents were first read: the units a bootstrap
     * resamples. Adding {@code k} copies of a respondent's aggregate ({@link SurveyAggregate#addAll})
     * counts that respondent {@code k} times; merging them all once gives exactly the indicators of
     * {@link #indicators(SurveyOptions)}. The aggregates hold the indicator sums only, not the
     * coverage counts.
     *
     * @return a new list of new aggregates, which the caller may change
     */
    public List<SurveyAggregate> respondentAggregates() {
        return SurveyAggregate.perRespondent(table);
    }

    SurveyAggregate total() {
        return total;
    }

    /** The rows summed per respondent × position (read-only). */
    SurveyTable table() {
        return table;
    }

    /** Number of rows read. */
    public long rowCount() {
        return table.rows();
    }

    /** Number of distinct respondents. */
    public int respondentCount() {
        return table.respondentCount();
    }

    /**
     * The indicator table over all rows.
     *
     * @param options the zero-applicants convention
     * @return the standard indicators per position
     */
    public IndicatorTable indicators(SurveyOptions options) {
        return total.toIndicatorTable(options);
    }

    /**
     * The coverage diagnostics over all rows.
     *
     * @param minRespondents the smallest number of respondents a position needs
     * @return the coverage
     */
    public Coverage coverage(int minRespondents) {
        return total.coverage(minRespondents);
    }
}
