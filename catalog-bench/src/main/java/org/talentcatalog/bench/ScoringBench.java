package org.talentcatalog.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.talentcatalog.model.io.CsvReader;
import org.talentcatalog.scoring.ShortageScorer;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringResult;
import org.talentcatalog.scoring.SurveyAggregate;
import org.talentcatalog.scoring.SurveyAggregation;
import org.talentcatalog.scoring.SurveyData;

/**
 * Survey aggregation from CSV against merely tokenizing the same CSV, and the bootstrap over
 * respondents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScoringBench {

    @Param("1000000")
    long rows;

    Path csv;
    SurveyData bootstrapData;
    ShortageScorer bootstrapScorer;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        csv = Files.createTempFile("bench-survey", ".csv");
        SurveyGenerator.write(csv, rows, 60, 2_000, 11);
        Path small = Files.createTempFile("bench-bootstrap", ".csv");
        SurveyGenerator.write(small, 50 * 5_000 / 5, 50, 5_000, 13);
        bootstrapData = SurveyData.read(small);
        Files.delete(small);
        bootstrapScorer = ShortageScorer.of(ScoringConfig.fromJson("""
                {"indicators": [{"id": "demand_supply_ratio", "direction": "POSITIVE"},
                                {"id": "days_to_fill", "direction": "POSITIVE"},
                                {"id": "unfilled_rate", "direction": "POSITIVE"}],
                 "normalization": {"method": "MIN_MAX"},
                 "weighting": {"method": "EQUAL"},
                 "aggregation": {"method": "WEIGHTED_SUM"},
                 "classification": {"method": "THRESHOLDS", "VERY_SCARCE": 0.7, "SCARCE": 0.45, "GENERALLY_SCARCE": 0.2},
                 "uncertainty": {"bootstrap": 1000, "seed": 42}}""", "bench"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
    }

    /** Tokenizing the CSV: the floor any reader of it pays. */
    @Benchmark
    public long tokenize() {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CsvReader t = CsvReader.builder().source("bench").read(r);
            long fields = 0;
            while (t.next()) {
                fields += t.size();
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reading and aggregating the survey rows per respondent and position. */
    @Benchmark
    public SurveyData aggregate() {
        return SurveyData.read(csv);
    }

    /** The same aggregation on one thread through {@link SurveyAggregation}. */
    @Benchmark
    public SurveyAggregate aggregateOneThread() {
        return SurveyAggregation.builder().parallelism(1).build().aggregate(csv);
    }

    /** The same aggregation on every core: the file in chunks, read in parallel and merged. */
    @Benchmark
    public SurveyAggregate aggregateAllCores() {
        return SurveyAggregation.builder().build().aggregate(csv);
    }

    /** Scoring 50 positions × 5,000 respondents with 1,000 bootstrap resamples. */
    @Benchmark
    public ScoringResult bootstrap() {
        return bootstrapScorer.score(bootstrapData);
    }
}
