package org.talentcatalog.scoring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentcatalog.scoring.internal.SurveyReader;

/**
 * Survey samples grouped by respondent: one {@link SurveyAggregate} per respondent (so the bootstrap
 * can resample respondents without re-reading rows) and their merge over all respondents.
 *
 * <p>Memory is proportional to the respondent × position pairs and distinct salaries, not to rows.
 * Immutable once built; safe to share between threads.
 */
public final class SurveyData {

    private final Map<String, SurveyAggregate> byRespondent;
    private final SurveyAggregate total;
    private final long rows;

    private SurveyData(Map<String, SurveyAggregate> byRespondent, long rows) {
        this.byRespondent = Collections.unmodifiableMap(byRespondent);
        SurveyAggregate all = new SurveyAggregate();
        byRespondent.values().forEach(a -> all.addAll(a, 1));
        this.total = all;
        this.rows = rows;
    }

    /**
     * Groups samples already in memory.
     *
     * @param samples the rows
     * @return the grouped data
     */
    public static SurveyData of(List<SurveySample> samples) {
        Map<String, SurveyAggregate> map = new LinkedHashMap<>();
        samples.forEach(s -> map.computeIfAbsent(s.respondentId(), k -> new SurveyAggregate()).add(s));
        return new SurveyData(map, samples.size());
    }

    /**
     * Streams a survey-samples CSV (UTF-8, header row, BOM tolerated, RFC 4180 quoting).
     *
     * @param reader the CSV text
     * @param source the file name for error locations
     * @return the grouped data
     * @throws ScoringException for bad content, naming line and column
     */
    public static SurveyData read(Reader reader, String source) {
        Map<String, SurveyAggregate> map = new LinkedHashMap<>();
        long rows = SurveyReader.read(reader, source,
                s -> map.computeIfAbsent(s.respondentId(), k -> new SurveyAggregate()).add(s));
        return new SurveyData(map, rows);
    }

    /**
     * Streams a survey-samples CSV file.
     *
     * @param file the file
     * @return the grouped data
     * @throws ScoringException for bad content
     * @throws UncheckedIOException if the file cannot be read
     */
    public static SurveyData read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The aggregate over all rows. Do not modify it. */
    SurveyAggregate total() {
        return total;
    }

    /** The per-respondent aggregates, in first-seen order. */
    List<SurveyAggregate> respondents() {
        return new ArrayList<>(byRespondent.values());
    }

    /** Number of rows read. */
    public long rowCount() {
        return rows;
    }

    /** Number of distinct respondents. */
    public int respondentCount() {
        return byRespondent.size();
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
