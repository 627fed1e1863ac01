package org.talentcatalog.postings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.normalize.Coding;
import org.talentcatalog.normalize.Confidence;
import org.talentcatalog.normalize.PositionCandidate;
import org.talentcatalog.normalize.PositionMatch;
import org.talentcatalog.normalize.PositionMatcher;
import org.talentcatalog.normalize.TitleCoder;
import org.talentcatalog.postings.internal.PostingsReader;

/**
 * Reads postings files and fills a {@link PostingsAccumulator}, coding each title: to a catalog's
 * positions ({@link PositionMatcher}) when a catalog is given, else to 2022 occupation codes
 * ({@link TitleCoder}, the coding's answer code). A title coded with {@link Confidence#LOW} is
 * counted and listed, never aggregated.
 *
 * <pre>{@code
 * PostingsAggregation aggregation = PostingsAggregation.builder().catalog(catalog).build();
 * PostingsResult result = aggregation.aggregate(List.of(Path.of("postings.csv")))
 *         .result(new PostingsOptions(30, LocalDate.of(2024, 4, 1)));
 * }</pre>
 *
 * <p>Files: CSV (UTF-8 or GB18030) with a header of {@code posting_id, title, company, city} or
 * {@code region, industry, salary_min, salary_max, salary_period, education, experience, posted_on,
 * closed_on} (or 职位编号, 职位名称, 公司, 城市/区域, 行业, 薪资下限, 薪资上限, 薪资周期, 学历, 经验,
 * 发布日期, 下线日期), or JSON Lines ({@code .jsonl}, {@code .ndjson}) with the same names.
 *
 * <p>Codings are remembered per distinct title (up to {@value #TITLES_REMEMBERED} titles, the least
 * recently used forgotten first). Immutable and thread-safe: each call has its own memory.
 */
public final class PostingsAggregation {

    /** How many distinct titles' codings a call remembers. */
    public static final int TITLES_REMEMBERED = 50_000;

    private final @Nullable PositionMatcher matcher;
    private final TitleCoder coder;
    private final int maxEntries;

    private PostingsAggregation(Builder b) {
        coder = b.coder == null ? TitleCoder.defaults() : b.coder;
        matcher = b.catalog == null ? null : PositionMatcher.of(b.catalog, coder);
        maxEntries = b.maxEntries;
    }

    /** A builder: occupation codes by the default coder, the default limit. */
    public static Builder builder() {
        return new Builder();
    }

    /** What postings are grouped by. */
    public Grouping grouping() {
        return matcher == null ? Grouping.OCCUPATION : Grouping.POSITION;
    }

    /** An empty accumulator of this aggregation's grouping and limit. */
    public PostingsAccumulator accumulator() {
        return new PostingsAccumulator(grouping(), maxEntries);
    }

    /**
     * Reads files, one after the other, into one accumulator.
     *
     * @param files postings files
     * @return the accumulator of every posting
     * @throws PostingsException for bad content, at its place, or when a limit is reached
     * @throws UncheckedIOException if a file cannot be read
     */
    public PostingsAccumulator aggregate(List<Path> files) {
        PostingsAccumulator acc = accumulator();
        Map<String, String[]> remembered = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
                return size() > TITLES_REMEMBERED;
            }
        };
        for (Path file : files) {
            long[] row = {0};
            try {
                PostingsReader.read(file, p -> {
                    row[0]++;
                    String[] group = remembered.computeIfAbsent(p.title(), this::code);
                    try {
                        if (group.length == 0) {
                            acc.addUncoded(p.title());
                        } else {
                            acc.add(new CodedPosting(group[0], group[1], p));
                        }
                    } catch (PostingsException e) {
                        throw e.location().isEmpty() ? e.at(file.getFileName() + " #" + row[0]) : e;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return acc;
    }

    /**
     * The group of a title: {@code {id, name}}, or an empty array when the coding's confidence is low.
     *
     * @param title the title as written
     */
    public String[] code(String title) {
        if (matcher != null) {
            PositionMatch m = matcher.match(title, 2);
            PositionCandidate best = m.best().orElse(null);
            return best == null || m.confidence() == Confidence.LOW ? new String[0] : new String[] {best.id(), best.name()};
        }
        Coding c = coder.code(title);
        if (c.confidence() == Confidence.LOW || c.answerCode().isEmpty()) {
            return new String[0];
        }
        String name = coder.codes().find(c.answerCode()).map(o -> o.name()).orElse("");
        return new String[] {c.answerCode(), name};
    }

    /** Configures a {@link PostingsAggregation}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Catalog catalog;
        private @Nullable TitleCoder coder;
        private int maxEntries = PostingsAccumulator.DEFAULT_MAX_ENTRIES;

        private Builder() {
        }

        /**
         * Groups by this catalog's positions (default: by occupation code).
         *
         * @param value the catalog
         * @return this builder
         */
        public Builder catalog(Catalog value) {
            catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /**
         * The coder (default {@link TitleCoder#defaults()}).
         *
         * @param value the coder
         * @return this builder
         */
        public Builder coder(TitleCoder value) {
            coder = Objects.requireNonNull(value, "coder");
            return this;
        }

        /**
         * The largest number of de-duplication entries (default
         * {@value PostingsAccumulator#DEFAULT_MAX_ENTRIES}).
         *
         * @param value ≥ 1
         * @return this builder
         */
        public Builder maxEntries(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxEntries must be at least 1: " + value);
            }
            maxEntries = value;
            return this;
        }

        /** The aggregation. */
        public PostingsAggregation build() {
            return new PostingsAggregation(this);
        }
    }
}
