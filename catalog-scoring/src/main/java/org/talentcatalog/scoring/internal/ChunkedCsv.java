package org.talentcatalog.scoring.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.talentcatalog.model.io.InputFiles;
import org.talentcatalog.model.io.TextEncoding;

/**
 * Reads a CSV file in chunks on several threads: the file is cut on record boundaries, each chunk is
 * read (behind a copy of the header record) into one of a few per-thread accumulators, and the
 * accumulators are handed back to be merged. Any CSV input whose partial results merge exactly (survey
 * samples today, postings later) can use it.
 *
 * <p><b>Safe boundaries.</b> A chunk ends after a line feed outside quotes. The quote state is tracked
 * from the first byte by counting quote characters: in strict RFC 4180 (the readers' quoting) every
 * quote opens, closes or is half of a doubled quote, so the count's parity is exactly "inside a quoted
 * cell". Neither UTF-8 nor GB18030 uses the bytes of {@code "}, CR or LF inside a multi-byte character,
 * so the scan works on bytes in both. Input where the parity could be wrong has a quoting error, which
 * a chunk reports; then, as when no boundary fits in a chunk (a record longer than a chunk, or records
 * ended by CR alone), the result is empty and the caller reads the file on one thread, which gives
 * the located error or the result.
 *
 * <p><b>Memory</b>: {@code parallelism + 1} chunk buffers and at most as many accumulators.
 */
public final class ChunkedCsv {

    /**
     * Reads one chunk (a header record and whole records) into an accumulator.
     *
     * @param <T> the accumulator type
     */
    @FunctionalInterface
    public interface Sink<T> {

        /**
         * Reads the chunk.
         *
         * @param chunk the header record and the chunk's records
         * @param into the accumulator (used by one thread at a time)
         */
        void read(Reader chunk, T into);
    }

    /**
     * Reads one chunk, given as bytes, into an accumulator.
     *
     * @param <T> the accumulator type
     */
    @FunctionalInterface
    public interface ByteSink<T> {

        /**
         * Reads the chunk.
         *
         * @param header the header record with its line end (and the file's byte order mark, if any)
         * @param bytes the chunk's buffer
         * @param from where its first record starts
         * @param to where its last record ends
         * @param charset the file's character set
         * @param into the accumulator (used by one thread at a time)
         */
        void read(byte[] header, byte[] bytes, int from, int to, Charset charset, T into);
    }

    private ChunkedCsv() {
    }

    /**
     * Reads {@code file} in chunks.
     *
     * @param <T> the accumulator type
     * @param file the CSV file, UTF-8 or GB18030 as {@link TextEncoding} detects
     * @param parallelism the most chunks read at once, ≥ 1
     * @param executor runs the chunk readers
     * @param chunkSize the bytes per chunk
     * @param fresh makes an empty accumulator
     * @param sink reads a chunk into an accumulator
     * @return the accumulators, or empty when the file cannot be cut safely or a chunk failed
     * @throws IOException if the file cannot be read
     */
    public static <T> Optional<List<T>> read(Path file, int parallelism, Executor executor, int chunkSize,
            Supplier<T> fresh, Sink<T> sink) throws IOException {
        return readBytes(file, parallelism, executor, chunkSize, fresh, (header, bytes, from, to, charset, into) -> {
            try (Reader r = TextEncoding.reader(new SequenceInputStream(new ByteArrayInputStream(header),
                    new ByteArrayInputStream(bytes, from, to - from)), charset)) {
                sink.read(r, into);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Reads {@code file} in chunks handed over as bytes; otherwise as {@link #read}.
     *
     * @param <T> the accumulator type
     * @param file the CSV file, UTF-8 or GB18030 as {@link TextEncoding} detects
     * @param parallelism the most chunks read at once, ≥ 1
     * @param executor runs the chunk readers
     * @param chunkSize the bytes per chunk
     * @param fresh makes an empty accumulator
     * @param sink reads a chunk into an accumulator
     * @return the accumulators, or empty when the file cannot be cut safely or a chunk failed
     * @throws IOException if the file cannot be read
     */
    public static <T> Optional<List<T>> readBytes(Path file, int parallelism, Executor executor, int chunkSize,
            Supplier<T> fresh, ByteSink<T> sink) throws IOException {
        Charset charset = TextEncoding.detect(file);
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(parallelism + 1);
        for (int i = 0; i <= parallelism; i++) {
            free.add(new byte[chunkSize]);
        }
        ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
        List<T> all = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failed = new AtomicReference<>();
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        boolean cut = true;
        try (InputStream in = InputFiles.open(file)) {
            byte[] buf = take(free);
            byte[] header = null;
            int len = 0;
            int start = 0;
            boolean quoted = false;
            while (failed.get() == null) {
                int n = in.read(buf, len, buf.length - len);
                boolean eof = n < 0;
                int i = len;
                len += Math.max(n, 0);
                while (header == null && i < len) {
                    byte b = buf[i++];
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        header = Arrays.copyOf(buf, i);
                        start = i;
                        cut = !endedByCrAlone(header); // else read as text on one thread
                    }
                }
                if (!cut) {
                    break;
                }
                quoted ^= QuoteScan.oddQuotes(buf, i, len);
                if (!cut) {
                    break;
                }
                if (eof) {
                    if (header == null) {
                        cut = false;
                    } else if (len > start) {
                        tasks.add(submit(header, buf, start, len, charset, executor, free, idle, all, failed, fresh, sink));
                    } else if (tasks.isEmpty()) {
                        cut = false; // a header and no record: the reader on one thread checks the header
                    } else {
                        free.add(buf);
                    }
                    break;
                }
                if (len < buf.length) {
                    continue;
                }
                int last = header == null ? 0 : QuoteScan.lastLineEnd(buf, start, len, quoted);
                if (header == null || last <= start) {
                    cut = false;
                    break;
                }
                tasks.add(submit(header, buf, start, last, charset, executor, free, idle, all, failed, fresh, sink));
                byte[] next = take(free);
                System.arraycopy(buf, last, next, 0, len - last);
                len -= last;
                buf = next;
                start = 0;
            }
        } finally {
            CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
        }
        Throwable t = failed.get();
        if (t instanceof Error e) {
            throw e;
        }
        return cut && t == null ? Optional.of(new ArrayList<>(all)) : Optional.empty();
    }

    /** Whether a header record holds a CR outside quotes that no LF follows: a record ended by CR alone. */
    private static boolean endedByCrAlone(byte[] header) {
        boolean quoted = false;
        for (int i = 0; i < header.length; i++) {
            if (header[i] == '"') {
                quoted = !quoted;
            } else if (header[i] == '\r' && !quoted && (i + 1 == header.length || header[i + 1] != '\n')) {
                return true;
            }
        }
        return false;
    }

    private static <T> CompletableFuture<Void> submit(byte[] header, byte[] buf, int from, int to, Charset charset,
            Executor executor, BlockingQueue<byte[]> free, ConcurrentLinkedQueue<T> idle, List<T> all,
            AtomicReference<Throwable> failed, Supplier<T> fresh, ByteSink<T> sink) {
        return CompletableFuture.runAsync(() -> {
            try {
                if (failed.get() != null) {
                    return;
                }
                T acc = idle.poll();
                if (acc == null) {
                    acc = fresh.get();
                    all.add(acc);
                }
                try {
                    sink.read(header, buf, from, to, charset, acc);
                } finally {
                    idle.add(acc);
                }
            } catch (Throwable e) {
                failed.compareAndSet(null, e instanceof IOException io ? new UncheckedIOException(io) : e);
            } finally {
                free.add(buf);
            }
        }, executor);
    }

    private static byte[] take(BlockingQueue<byte[]> free) {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading in chunks");
        }
    }
}
