package org.talentcatalog.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.postings.CodedPosting;
import org.talentcatalog.postings.Grouping;
import org.talentcatalog.postings.Posting;
import org.talentcatalog.postings.PostingColumns;
import org.talentcatalog.postings.PostingsAccumulator;
import org.talentcatalog.postings.PostingsAggregation;
import org.talentcatalog.postings.PostingsException;

/**
 * Postings aggregation as a Spark {@code Aggregator}: the rows of a DataFrame with the postings columns
 * (docs/postings.md; strings, or numbers for the salaries) read by {@link PostingColumns}, each title
 * coded as {@code catalog postings} codes it ({@link PostingsAggregation#code}: to the catalog's
 * positions when a catalog is given, else to 2022 occupation codes), added to a
 * {@link PostingsAccumulator}, and the partial accumulators merged with
 * {@link PostingsAccumulator#merge}: the same result, bit for bit, as the command line.
 *
 * <pre>{@code
 * Dataset<Row> postings = spark.read().parquet("hdfs:///postings/2024");
 * PostingsAccumulator all = postings.select(new PostingsAggregator(List.of(postings.columns()), "2024", catalog).toColumn()).first();
 * }</pre>
 *
 * <p><b>Coding on the executors.</b> The title coder (a Lucene index of the 2022 occupation titles) is
 * {@link org.talentcatalog.normalize.TitleCoder#defaults()}, built lazily once per JVM and shared by its
 * tasks (immutable, thread-safe); the catalog travels as its JSON text and its position matcher is
 * built lazily by each task's copy of this aggregator, as are the codings of the task's distinct
 * titles (up to {@value PostingsAggregation#TITLES_REMEMBERED}, the least recently used forgotten
 * first). Nothing is built per row.
 *
 * <p>A bad row stops the job with the {@link PostingsException} of the command line, located at
 * {@code source [column]} (Spark gives no line numbers). Immutable once built; serialised to the executors.
 */
public final class PostingsAggregator extends MergeableAggregator<PostingsAccumulator> {

    private static final long serialVersionUID = 1L;

    private final String[] columns;
    private final String source;
    private final @Nullable String catalogJson;
    private final Grouping grouping;
    private final int maxEntries;
    private transient @Nullable PostingColumns reader;
    private transient @Nullable PostingsAggregation coding;
    private transient @Nullable Map<String, String[]> remembered;

    /**
     * An aggregator of rows with these columns, with the default limit of entries.
     *
     * @param columns the DataFrame's column names, in order ({@code Dataset.columns()})
     * @param source where the rows come from (a path), for error locations
     * @param catalog group by its positions; {@code null}: by 2022 occupation code
     * @throws PostingsException if title, company, posted_on, or both city and region are missing
     */
    public PostingsAggregator(List<String> columns, String source, @Nullable Catalog catalog) {
        this(columns, source, catalog, PostingsAccumulator.DEFAULT_MAX_ENTRIES);
    }

    /**
     * An aggregator of rows with these columns.
     *
     * @param columns the DataFrame's column names, in order ({@code Dataset.columns()})
     * @param source where the rows come from (a path), for error locations
     * @param catalog group by its positions; {@code null}: by 2022 occupation code
     * @param maxEntries the accumulator's largest number of de-duplication entries, ≥ 1
     * @throws PostingsException if title, company, posted_on, or both city and region are missing
     */
    public PostingsAggregator(List<String> columns, String source, @Nullable Catalog catalog, int maxEntries) {
        super(PostingsAccumulator.class);
        this.columns = columns.toArray(String[]::new);
        this.source = Objects.requireNonNull(source, "source");
        this.reader = PostingColumns.of(columns, source);
        this.catalogJson = catalog == null ? null : CatalogJson.write(catalog);
        this.grouping = catalog == null ? Grouping.OCCUPATION : Grouping.POSITION;
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    @Override
    protected PostingsAccumulator empty() {
        return new PostingsAccumulator(grouping, maxEntries);
    }

    @Override
    protected PostingsAccumulator add(PostingsAccumulator buffer, Row row) {
        Posting p = columns().read(cells(row), i -> i < columns.length ? source + " [" + columns[i] + "]" : source);
        String[] group = remembered().computeIfAbsent(p.title(), t -> coding().code(t));
        try {
            return group.length == 0 ? buffer.addUncoded(p.title()) : buffer.add(new CodedPosting(group[0], group[1], p));
        } catch (PostingsException e) {
            throw e.location().isEmpty() ? e.at(source) : e;
        }
    }

    @Override
    protected PostingsAccumulator combine(PostingsAccumulator a, PostingsAccumulator b) {
        try {
            return a.merge(b);
        } catch (PostingsException e) {
            throw e.location().isEmpty() ? e.at(source) : e;
        }
    }

    private PostingColumns columns() {
        PostingColumns r = reader;
        if (r == null) {
            r = PostingColumns.of(List.of(columns), source);
            reader = r;
        }
        return r;
    }

    private PostingsAggregation coding() {
        PostingsAggregation c = coding;
        if (c == null) {
            PostingsAggregation.Builder b = PostingsAggregation.builder();
            if (catalogJson != null) {
                b.catalog(CatalogJson.readString(catalogJson));
            }
            c = b.build();
            coding = c;
        }
        return c;
    }

    private Map<String, String[]> remembered() {
        Map<String, String[]> m = remembered;
        if (m == null) {
            m = new LinkedHashMap<>(1024, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
                    return size() > PostingsAggregation.TITLES_REMEMBERED;
                }
            };
            remembered = m;
        }
        return m;
    }
}
