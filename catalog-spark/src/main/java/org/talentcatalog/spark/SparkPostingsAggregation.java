package org.talentcatalog.spark;

import java.nio.charset.Charset;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.postings.PostingsAccumulator;
import org.talentcatalog.postings.PostingsException;
import org.talentcatalog.postings.PostingsOptions;
import org.talentcatalog.postings.PostingsResult;

/**
 * Postings aggregation on Spark: postings read into a DataFrame (CSV or JSON Lines here, or any source
 * with the postings columns, such as Parquet), aggregated by {@link PostingsAggregator}, and reported
 * as {@code catalog postings} reports them ({@link PostingsResult#json} and {@link PostingsResult#csv}
 * give its {@code --format json} and {@code --format csv} output).
 *
 * <pre>{@code
 * Dataset<Row> postings = SparkPostingsAggregation.readCsv(spark, "hdfs:///postings/2024/*.csv", StandardCharsets.UTF_8);
 * PostingsResult result = SparkPostingsAggregation.result(postings, "2024", catalog, new PostingsOptions(30, since));
 * String json = result.json(Locale.CHINESE);  // as catalog postings --catalog … --since … --format json
 * }</pre>
 *
 * <p>Static and stateless; thread-safe as far as the Spark session is.
 */
public final class SparkPostingsAggregation {

    private SparkPostingsAggregation() {
    }

    /**
     * Reads postings CSV (a file, a directory or a glob) as a DataFrame of strings, with the options of
     * {@link SparkSurveyAggregation#readCsv}.
     *
     * @param spark the session
     * @param path the CSV files
     * @param charset their encoding (UTF-8 or GB18030)
     * @return the rows, every column a string
     */
    public static Dataset<Row> readCsv(SparkSession spark, String path, Charset charset) {
        return SparkSurveyAggregation.readCsv(spark, path, charset);
    }

    /**
     * Reads postings JSON Lines (one object a line; a file, a directory or a glob; UTF-8) as a DataFrame
     * of strings: numbers as written, a failed job for a line that is not JSON.
     *
     * @param spark the session
     * @param path the files
     * @return the rows, one column per key met, every column a string
     */
    public static Dataset<Row> readJsonLines(SparkSession spark, String path) {
        return spark.read().option("primitivesAsString", "true").option("mode", "FAILFAST").json(path);
    }

    /**
     * Aggregates the rows of a DataFrame with the postings columns.
     *
     * @param postings the rows
     * @param source where they come from, for error locations
     * @param catalog group by its positions; {@code null}: by 2022 occupation code
     * @return the accumulator, the same as {@code PostingsAggregation} fills from the same rows
     * @throws PostingsException for a missing column (before the job starts), a bad row, or the
     *     limit of entries
     */
    public static PostingsAccumulator aggregate(Dataset<Row> postings, String source, @Nullable Catalog catalog) {
        PostingsAggregator aggregator = new PostingsAggregator(List.of(postings.columns()), source, catalog);
        try {
            return postings.select(aggregator.toColumn()).first();
        } catch (Exception e) { // Spark throws its SparkException, a checked exception, unchecked
            PostingsException row = find(e);
            if (row != null) {
                throw row;
            }
            throw SparkPostingsAggregation.<RuntimeException>unchecked(e);
        }
    }

    /**
     * The result {@code catalog postings} gives for the same rows.
     *
     * @param postings the rows
     * @param source where they come from, for error locations
     * @param catalog group by its positions; {@code null}: by 2022 occupation code
     * @param options the window and the comparison period
     * @return the result; its {@code json(locale)} and {@code csv()} are the command line's output
     * @throws PostingsException for a missing column, a bad row, the limit of entries, or a
     *     {@code since} after the last posting day
     */
    public static PostingsResult result(Dataset<Row> postings, String source, @Nullable Catalog catalog, PostingsOptions options) {
        return aggregate(postings, source, catalog).result(options);
    }

    /**
     * The first {@link PostingsException} among an exception and its causes.
     *
     * @param e an exception, typically Spark's job failure
     * @return the postings error, or {@code null} if there is none
     */
    static @Nullable PostingsException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PostingsException p) {
                return p;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> E unchecked(Exception e) throws E {
        throw (E) e;
    }

}
