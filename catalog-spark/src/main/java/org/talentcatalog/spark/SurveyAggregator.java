package org.talentcatalog.spark;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.SurveyAggregate;
import org.talentcatalog.scoring.SurveyColumns;
import org.talentcatalog.scoring.SurveySample;

/**
 * Survey aggregation as a Spark {@code Aggregator}: the rows of a DataFrame with the survey-samples
 * columns (docs/scoring.md; strings, or numbers for the numeric columns) read by
 * {@link SurveyColumns} and added to a {@link SurveyAggregate}, the partial aggregates merged with
 * {@link SurveyAggregate#addAll}; the same accumulators as {@code catalog aggregate}, so the same
 * result, bit for bit.
 *
 * <pre>{@code
 * Dataset<Row> samples = spark.read().parquet("hdfs:///surveys/2025");
 * SurveyAggregate all = samples.select(new SurveyAggregator(List.of(samples.columns()), "2025").toColumn()).first();
 * }</pre>
 *
 * <p>A bad row stops the job with a {@link SurveyRowException} naming the source and column (Spark
 * gives no line numbers). Immutable; serialised to the executors.
 */
public final class SurveyAggregator extends MergeableAggregator<SurveyAggregate> {

    private static final long serialVersionUID = 1L;

    private final String[] columns;
    private final String source;
    private transient @Nullable SurveyColumns parser;

    /**
     * An aggregator of rows with these columns.
     *
     * @param columns the DataFrame's column names, in order ({@code Dataset.columns()})
     * @param source where the rows come from (a path), for error locations
     * @throws ScoringException if a required column is missing or a name repeats
     */
    public SurveyAggregator(List<String> columns, String source) {
        super(SurveyAggregate.class);
        this.columns = columns.toArray(String[]::new);
        this.source = Objects.requireNonNull(source, "source");
        this.parser = SurveyColumns.of(columns, source);
    }

    @Override
    protected SurveyAggregate empty() {
        return new SurveyAggregate();
    }

    @Override
    protected SurveyAggregate add(SurveyAggregate buffer, Row row) {
        SurveyColumns p = parser;
        if (p == null) {
            p = SurveyColumns.of(List.of(columns), source);
            parser = p;
        }
        SurveySample sample;
        try {
            sample = p.read(cells(row), i -> source + " [" + columns[i] + "]");
        } catch (ScoringException e) {
            throw new SurveyRowException(e.describe(Locale.CHINESE), e.describe(Locale.ENGLISH));
        }
        return sample == null ? buffer.countTitleOnlyRow() : buffer.add(sample);
    }

    @Override
    protected SurveyAggregate combine(SurveyAggregate a, SurveyAggregate b) {
        a.addAll(b, 1);
        return a;
    }
}
