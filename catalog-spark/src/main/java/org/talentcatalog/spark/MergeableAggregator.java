package org.talentcatalog.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.jspecify.annotations.Nullable;

/**
 * A Spark {@link Aggregator} over the rows of a DataFrame whose buffer is one of the core's mergeable
 * accumulators: each partition adds its rows to an empty accumulator, and the partial accumulators
 * are merged with the accumulator's own merge. The core's accumulators keep exact sums, so the result
 * is the same, bit for bit, in any partitioning and order, and the same as on one machine.
 *
 * <p>A new kind of aggregation is one subclass: the empty accumulator, adding one row and merging
 * two. The accumulator is {@link Serializable}; Spark stores the buffers between the partial and the
 * final aggregation, and the result, with Java serialisation (once per partition, not per row). The
 * result is the accumulator itself, to be turned into a report on the driver.
 *
 * @param <B> the accumulator
 */
public abstract class MergeableAggregator<B extends Serializable> extends Aggregator<Row, B, B> {

    private static final long serialVersionUID = 1L;

    private final Class<B> type;

    /**
     * For subclasses.
     *
     * @param type the accumulator's class
     */
    protected MergeableAggregator(Class<B> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** An empty accumulator. */
    protected abstract B empty();

    /**
     * Adds one row.
     *
     * @param buffer the accumulator; may be changed and returned
     * @param row the row
     * @return the accumulator with the row
     */
    protected abstract B add(B buffer, Row row);

    /**
     * Merges two accumulators over disjoint rows.
     *
     * @param a one accumulator; may be changed and returned
     * @param b another; not changed
     * @return the accumulator of both
     */
    protected abstract B combine(B a, B b);

    /**
     * The cells of a row as text, in column order: {@code null} stays {@code null}, a string is
     * itself, anything else its {@code toString()} (for a number, a text that reads back as the same
     * value).
     *
     * @param row the row
     * @return the cells, unmodifiable
     */
    protected static List<@Nullable String> cells(Row row) {
        List<@Nullable String> out = new ArrayList<>(row.length());
        for (int i = 0; i < row.length(); i++) {
            Object v = row.get(i);
            out.add(v == null ? null : v.toString());
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public final B zero() {
        return empty();
    }

    @Override
    public final B reduce(B buffer, Row row) {
        return add(buffer, row);
    }

    @Override
    public final B merge(B a, B b) {
        return combine(a, b);
    }

    @Override
    public final B finish(B reduction) {
        return reduction;
    }

    @Override
    public final Encoder<B> bufferEncoder() {
        return Encoders.javaSerialization(type);
    }

    @Override
    public final Encoder<B> outputEncoder() {
        return Encoders.javaSerialization(type);
    }
}
