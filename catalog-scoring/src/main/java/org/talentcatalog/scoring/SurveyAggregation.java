package org.talentcatalog.scoring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.scoring.internal.ChunkedCsv;
import org.talentcatalog.scoring.internal.SurveyBytes;
import org.talentcatalog.scoring.internal.SurveyReader;
import org.talentcatalog.scoring.internal.SurveyTable;

/**
 * Aggregates a survey-samples CSV file on one or several threads into a {@link SurveyAggregate}.
 *
 * <pre>{@code
 * SurveyAggregate all = SurveyAggregation.builder()
 *         .parallelism(4)                 // default: the available processors
 *         .executor(myPool)               // default: threads of its own for the call
 *         .build()
 *         .aggregate(Path.of("samples.csv"));
 * IndicatorTable table = all.toIndicatorTable(SurveyOptions.defaults());
 * }</pre>
 *
 * <p>With a parallelism above 1 the file is cut into chunks on record boundaries (a line feed outside
 * quotes), the chunks are read on the executor into a few partial aggregates, and these are merged.
 * The sums are exact, so the result is identical, bit for bit, to reading the file on one thread. A
 * file that cannot be cut safely (records ended by CR alone, a record longer than a chunk) or that has
 * an error anywhere is read again on one thread, so errors are the same, at the same place, as with a
 * parallelism of 1.
 *
 * <p>Rows with a free-text title ({@code position_name}) but no {@code position_id} are counted
 * ({@link SurveyAggregate#titleOnlyRowCount()}), not aggregated: coding titles to positions is not
 * done yet.
 *
 * <p>Memory is that of the aggregate plus {@code parallelism + 1} chunks and as many partial
 * aggregates, never proportional to rows. Immutable and thread-safe.
 */
public final class SurveyAggregation {

    /** The default chunk size: 1 MiB. */
    public static final int DEFAULT_CHUNK_SIZE = 1 << 20;

    private final int parallelism;
    private final @Nullable Executor executor;
    private final int chunkSize;

    private SurveyAggregation(Builder b) {
        parallelism = b.parallelism;
        executor = b.executor;
        chunkSize = b.chunkSize;
    }

    /** A builder: all available processors, threads of its own, chunks of 1 MiB. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Aggregates a file, UTF-8 or GB18030 (with or without byte order mark) as {@link TextEncoding}
     * detects.
     *
     * @param file the survey samples
     * @return the aggregate of every row
     * @throws ScoringException for bad content, at its line and column
     * @throws UncheckedIOException if the file cannot be read
     */
    public SurveyAggregate aggregate(Path file) {
        try {
            Optional<SurveyAggregate> chunked = chunked(file);
            if (chunked.isPresent()) {
                return chunked.get();
            }
            try (Reader r = TextEncoding.open(file)) {
                return aggregate(r, file.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Aggregates CSV text on the calling thread.
     *
     * @param reader the CSV text
     * @param source the file name for error locations
     * @return the aggregate of every row
     * @throws ScoringException for bad content, at its line and column
     */
    public static SurveyAggregate aggregate(Reader reader, String source) {
        SurveyTable table = table();
        SurveyReader.read(reader, source, table);
        return SurveyAggregate.of(table);
    }

    private Optional<SurveyAggregate> chunked(Path file) throws IOException {
        String source = file.getFileName().toString();
        Executor calling = Runnable::run;
        ExecutorService own = executor == null && parallelism > 1 ? Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "survey-aggregation");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            Executor run = own != null ? own : executor != null && parallelism > 1 ? executor : calling;
            Optional<List<SurveyBytes>> parts = ChunkedCsv.readBytes(file, parallelism, run, chunkSize,
                    () -> new SurveyBytes(table(), source), (header, bytes, from, to, charset, reader) -> reader.read(header, bytes, from, to, charset));
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            List<SurveyBytes> tables = parts.get();
            SurveyAggregate out = new SurveyAggregate();
            for (int i = 0; i < tables.size(); i++) {
                SurveyAggregate part = SurveyAggregate.of(tables.get(i).table());
                tables.set(i, null); // let each table go once merged: at most one more at a time
                out.addAll(part, 1);
            }
            return Optional.of(out);
        } finally {
            if (own != null) {
                own.shutdown();
            }
        }
    }

    private static SurveyTable table() {
        SurveyTable table = new SurveyTable();
        table.acceptTitleOnly();
        table.sumPerPosition();
        return table;
    }

    /** Configures a {@link SurveyAggregation}. Not thread-safe. */
    public static final class Builder {
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
         * stopped for each file). Any executor works, even one that runs tasks on the calling thread;
         * the calling thread cuts the file and waits.
         *
         * @param value the executor
         * @return this builder
         */
        public Builder executor(Executor value) {
            executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /**
         * The bytes per chunk (default {@value SurveyAggregation#DEFAULT_CHUNK_SIZE}); a chunk must hold
         * the header and at least one whole record, else the file is read on one thread.
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

        /** The aggregation. */
        public SurveyAggregation build() {
            return new SurveyAggregation(this);
        }
    }
}
