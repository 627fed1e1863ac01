package org.talentcatalog.spark;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.SurveyAggregate;
import org.talentcatalog.scoring.SurveyAggregateReport;
import org.talentcatalog.scoring.SurveyOptions;

/**
 * Survey aggregation on Spark: survey samples read into a DataFrame (CSV here, or any source with the
 * survey's columns, such as Parquet), aggregated by {@link SurveyAggregator}, and reported as
 * {@code catalog aggregate} reports them.
 *
 * <pre>{@code
 * Dataset<Row> samples = SparkSurveyAggregation.readCsv(spark, "hdfs:///surveys/2025/*.csv", StandardCharsets.UTF_8);
 * String json = SparkSurveyAggregation.json(samples, "2025", Locale.CHINESE);  // as catalog aggregate --format json
 * }</pre>
 *
 * <p>Static and stateless; thread-safe as far as the Spark session is.
 */
public final class SparkSurveyAggregation {

    /** The charsets Spark 4's CSV source reads without {@code spark.sql.legacy.javaCharsets}. */
    private static final Set<String> SPARK_CHARSETS = Set.of("iso-8859-1", "us-ascii", "utf-16", "utf-16be",
            "utf-16le", "utf-32", "utf-8");

    private SparkSurveyAggregation() {
    }

    /**
     * Reads survey-samples CSV (a file, a directory or a glob) as a DataFrame of strings: a header
     * row, RFC 4180 quoting (doubled quotes, line breaks inside quotes), a failed job for a malformed
     * record, a leading byte order mark left out of the first column's name. Spark 4 reads CSV only in
     * UTF-8 and a few other charsets unless {@code spark.sql.legacy.javaCharsets} is on: for any other
     * charset (GB18030) this method turns it on in the session.
     *
     * @param spark the session
     * @param path the CSV files
     * @param charset their encoding (UTF-8 or GB18030)
     * @return the rows, every column a string
     */
    public static Dataset<Row> readCsv(SparkSession spark, String path, Charset charset) {
        if (!SPARK_CHARSETS.contains(charset.name().toLowerCase(Locale.ROOT))) {
            spark.conf().set("spark.sql.legacy.javaCharsets", "true");
        }
        return spark.read()
                .option("header", "true")
                .option("inferSchema", "false")
                .option("multiLine", "true")
                .option("mode", "FAILFAST")
                .option("quote", "\"")
                .option("escape", "\"")
                .option("encoding", charset.name())
                .csv(path); // Spark's CSV reader leaves a byte order mark out of the header itself
    }

    /**
     * Aggregates the rows of a DataFrame with the survey-samples columns.
     *
     * @param samples the rows
     * @param source where they come from, for error locations
     * @return the aggregate, the same as {@code SurveyAggregation} gives for the same rows
     * @throws ScoringException if a required column is missing or a name repeats
     * @throws SurveyRowException for a bad row
     */
    public static SurveyAggregate aggregate(Dataset<Row> samples, String source) {
        SurveyAggregator aggregator = new SurveyAggregator(List.of(samples.columns()), source);
        try {
            return samples.select(aggregator.toColumn()).first();
        } catch (Exception e) { // Spark throws its SparkException, a checked exception, unchecked
            SurveyRowException row = SurveyRowException.find(e);
            if (row != null) {
                throw row;
            }
            throw SparkSurveyAggregation.<RuntimeException>unchecked(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> E unchecked(Exception e) throws E {
        throw (E) e;
    }

    /**
     * The JSON {@code catalog aggregate --format json} writes for the same rows (default options,
     * no catalog).
     *
     * @param samples the rows
     * @param source where they come from, for error locations
     * @param locale the warnings' language: English for English locales, Chinese otherwise
     * @return the JSON text, ending in a line break
     * @throws ScoringException if a required column is missing or a name repeats
     * @throws SurveyRowException for a bad row
     */
    public static String json(Dataset<Row> samples, String source, @Nullable Locale locale) {
        return SurveyAggregateReport.of(aggregate(samples, source), SurveyOptions.DEFAULT, 1, null).json(locale);
    }
}
