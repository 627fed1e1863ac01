package org.talentcatalog.postings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.io.CsvReader;
import org.talentcatalog.normalize.Coding;
import org.talentcatalog.normalize.Confidence;
import org.talentcatalog.normalize.PositionCandidate;
import org.talentcatalog.normalize.PositionMatch;
import org.talentcatalog.normalize.PositionMatcher;
import org.talentcatalog.normalize.TitleCoder;
import org.talentcatalog.postings.internal.ChunkedFile;
import org.talentcatalog.postings.internal.PostingsReader;
import org.talentcatalog.postings.internal.Titles;

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
 * <p><b>On every core.</b> With a parallelism above 1 (the default: the available processors) each
 * file is cut into chunks on record boundaries (a line feed, outside quotes for CSV), the chunks are
 * read on the executor into a few partial accumulators, and these are merged: the result is identical,
 * bit for bit, to reading on one thread. A file that cannot be cut safely (records ended by CR alone,
 * a record longer than a chunk) or an error anywhere makes the call read every file again on one
 * thread, so errors are the same, at the same place, as with a parallelism of 1.
 *
 * <p>Codings are remembered per distinct title and shared by the call's threads (up to
 * {@value #TITLES_REMEMBERED} titles; then all are forgotten at once). Memory is that of the
 * accumulator plus {@code parallelism + 1} chunks and as many partial accumulators, never
 * proportional to rows. Immutable and thread-safe: each call has its own memory.
 */
public final class PostingsAggregation {

    /** How many distinct titles' codings a call remembers. */
    public static final int TITLES_REMEMBERED = 50_000;
    /** The default chunk size: 1 MiB. */
    public static final int DEFAULT_CHUNK_SIZE = 1 << 20;

    private final @Nullable PositionMatcher matcher;
    private final TitleCoder coder;
    private final int maxEntries;
    private final int parallelism;
    private final @Nullable Executor executor;
    private final int chunkSize;

    private PostingsAggregation(Builder b) {
        coder = b.coder == null ? TitleCoder.defaults() : b.coder;
        matcher = b.catalog == null ? null : PositionMatcher.of(b.catalog, coder);
        maxEntries = b.maxEntries;
        parallelism = b.parallelism;
        executor = b.executor;
        chunkSize = b.chunkSize;
    }

    /**
     * A builder: occupation codes by the default coder, the default limit, all available processors,
     * threads of its own, chunks of 1 MiB.
     */
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
        Titles titles = new Titles(this::code, TITLES_REMEMBERED);
        if (parallelism > 1) {
            Optional<PostingsAccumulator> chunked = chunked(files, titles);
            if (chunked.isPresent()) {
                return chunked.get();
            }
        }
        PostingsAccumulator acc = accumulator();
        for (Path file : files) {
            long[] row = {0};
            try {
                PostingsReader.read(file, p -> {
                    row[0]++;
                    try {
                        add(acc, titles, p);
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
     * Reads every file in chunks on the executor into partial accumulators and merges them; empty when
     * a file cannot be cut safely or anything fails, so that reading on one thread gives the located
     * error (or the result).
     */
    private Optional<PostingsAccumulator> chunked(List<Path> files, Titles titles) {
        ExecutorService own = executor == null ? Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "postings-aggregation");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            PostingsAccumulator out = null;
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean csv = !PostingsReader.isJsonLines(name);
                Optional<List<PostingsAccumulator>> parts = ChunkedFile.read(file, csv, parallelism,
                        own != null ? own : executor, chunkSize, this::accumulator, (chunk, acc) -> {
                            if (csv) {
                                PostingsReader.csv(CsvReader.builder().source(name).read(chunk), p -> add(acc, titles, p));
                            } else {
                                PostingsReader.jsonLines(chunk, name, p -> add(acc, titles, p));
                            }
                        });
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                List<PostingsAccumulator> list = parts.get();
                for (int i = 0; i < list.size(); i++) {
                    out = out == null ? list.get(i) : out.merge(list.get(i));
                    list.set(i, null); // let each partial go once merged
                }
            }
            return Optional.of(out == null ? accumulator() : out);
        } catch (IOException | UncheckedIOException | PostingsException e) {
            return Optional.empty();
        } finally {
            if (own != null) {
                own.shutdown();
            }
        }
    }

    private static void add(PostingsAccumulator acc, Titles titles, Posting p) {
        String[] group = titles.code(p.title());
        if (group.length == 0) {
            acc.addUncoded(p.title());
        } else {
            acc.add(new CodedPosting(group[0], group[1], p));
        }
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
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private @Nullable Executor executor;
        private int chunkSize = DEFAULT_CHUNK_SIZE;

        private Builder() {
        }

        /**
         * The most chunks read at once (default: the available processors); 1 reads on the calling
         * thread.
         *
         * @param value ≥ 1
         * @return this builder
         */
        public Builder parallelism(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1: " + value);
            }
            parallelism = value;
            return this;
        }

        /**
         * The executor that reads chunks (default: {@code parallelism} threads of its own, started and
         * stopped for each call). Any executor works, even one that runs tasks on the calling thread;
         * the calling thread cuts the files and waits.
         *
         * @param value the executor
         * @return this builder
         */
        public Builder executor(Executor value) {
            executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /**
         * The bytes per chunk (default {@value PostingsAggregation#DEFAULT_CHUNK_SIZE}); a chunk must
         * hold the header and at least one whole record, else the file is read on one thread.
         *
         * @param value ≥ 16
         * @return this builder
         */
        public Builder chunkSize(int value) {
            if (value < 16) {
                throw new IllegalArgumentException("chunk size must be at least 16 bytes: " + value);
            }
            chunkSize = value;
            return this;
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
