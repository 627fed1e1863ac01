package org.talentcatalog.postings.internal;

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
 * Reads a text file of records in chunks on several threads: the file is cut on record boundaries,
 * each chunk is read (behind a copy of the header record, for CSV) into one of a few per-thread
 * accumulators, and the accumulators are handed back to be merged.
 *
 * <p><b>Safe boundaries.</b> A chunk ends after a line feed, outside quotes for CSV. The CSV quote
 * state is tracked from the first byte by counting quote characters: in strict RFC 4180 every quote
 * opens, closes or is half of a doubled quote, so the count's parity is exactly "inside a quoted
 * cell". In JSON Lines a line feed cannot occur inside a value, so every line feed is a boundary and
 * there is no header. Neither UTF-8 nor GB18030 uses the bytes of {@code "}, CR or LF inside a
 * multi-byte character, so the scan works on bytes in both. Input where the parity could be wrong has
 * a quoting error, which a chunk reports; then, as when no boundary fits in a chunk (a record longer
 * than a chunk, or records ended by CR alone), the result is empty and the caller reads the file on
 * one thread, which gives the located error or the result.
 *
 * <p><b>Memory</b>: {@code parallelism + 1} chunk buffers and at most as many accumulators.
 */
public final class ChunkedFile {

    /**
     * Reads one chunk (the header record, if any, and whole records) into an accumulator.
     *
     * @param <T> the accumulator type
     */
    @FunctionalInterface
    public interface Sink<T> {

        /**
         * Reads the chunk.
         *
         * @param chunk the header record (for CSV) and the chunk's records
         * @param into the accumulator (used by one thread at a time)
         * @throws IOException if the chunk cannot be decoded
         */
        void read(Reader chunk, T into) throws IOException;
    }

    private ChunkedFile() {
    }

    /**
     * Reads {@code file} in chunks.
     *
     * @param <T> the accumulator type
     * @param file the file, UTF-8 or GB18030 as {@link TextEncoding} detects
     * @param csv whether the file is CSV (a header record, quoted cells) rather than JSON Lines
     * @param parallelism the most chunks read at once, ≥ 1
     * @param executor runs the chunk readers
     * @param chunkSize the bytes per chunk
     * @param fresh makes an empty accumulator
     * @param sink reads a chunk into an accumulator
     * @return the accumulators, or empty when the file cannot be cut safely or a chunk failed
     * @throws IOException if the file cannot be read
     */
    public static <T> Optional<List<T>> read(Path file, boolean csv, int parallelism, Executor executor, int chunkSize,
            Supplier<T> fresh, Sink<T> sink) throws IOException {
        Charset charset = TextEncoding.detect(file);
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(parallelism + 1);
        for (int i = 0; i <= parallelism; i++) {
            free.add(new byte[chunkSize]);
        }
        Shared<T> shared = new Shared<>(executor, free, charset, fresh, sink);
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        boolean cut = true;
        try (InputStream in = InputFiles.open(file)) {
            byte[] buf = take(free);
            // JSON Lines: a line feed before each chunk, so a U+FEFF starting a chunk's first line is
            // read as one thread reads it, not skipped as a byte order mark (blank lines are skipped).
            byte[] header = csv ? null : new byte[] {'\n'};
            int len = 0;
            int start = csv ? 0 : byteOrderMark(file);
            int last = 0;
            boolean quoted = false;
            while (shared.failed.get() == null) {
                int n = in.read(buf, len, buf.length - len);
                boolean eof = n < 0;
                int scanned = len;
                len += Math.max(n, 0);
                for (int i = scanned; i < len; i++) {
                    byte b = buf[i];
                    if (b == '"' && csv) {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        if (header == null) {
                            header = Arrays.copyOf(buf, i + 1);
                            start = i + 1;
                            cut = !endedByCrAlone(header); // else read as text on one thread
                        }
                        last = i + 1;
                    }
                }
                if (!cut) {
                    break;
                }
                if (eof) {
                    if (header == null) {
                        cut = false;
                    } else if (len > start) {
                        tasks.add(shared.submit(header, buf, start, len));
                    } else if (csv && tasks.isEmpty()) {
                        cut = false; // a header and no record: the reader on one thread checks the header
                    } else {
                        free.add(buf);
                    }
                    break;
                }
                if (len < buf.length) {
                    continue;
                }
                if (header == null || last <= start) {
                    cut = false;
                    break;
                }
                tasks.add(shared.submit(header, buf, start, last));
                byte[] next = take(free);
                System.arraycopy(buf, last, next, 0, len - last);
                len -= last;
                buf = next;
                start = 0;
                last = 0;
            }
        } finally {
            CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
        }
        Throwable t = shared.failed.get();
        if (t instanceof Error e) {
            throw e;
        }
        return cut && t == null ? Optional.of(new ArrayList<>(shared.all)) : Optional.empty();
    }

    /** What the chunk tasks of one file share. */
    private static final class Shared<T> {
        final Executor executor;
        final BlockingQueue<byte[]> free;
        final Charset charset;
        final Supplier<T> fresh;
        final Sink<T> sink;
        final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
        final List<T> all = Collections.synchronizedList(new ArrayList<>());
        final AtomicReference<Throwable> failed = new AtomicReference<>();

        Shared(Executor executor, BlockingQueue<byte[]> free, Charset charset, Supplier<T> fresh, Sink<T> sink) {
            this.executor = executor;
            this.free = free;
            this.charset = charset;
            this.fresh = fresh;
            this.sink = sink;
        }

        CompletableFuture<Void> submit(byte[] header, byte[] buf, int from, int to) {
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
                    try (Reader r = TextEncoding.reader(new SequenceInputStream(new ByteArrayInputStream(header),
                            new ByteArrayInputStream(buf, from, to - from)), charset)) {
                        sink.read(r, acc);
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
    }

    /** The length of the file's byte order mark (UTF-8 or GB18030), 0 if none. */
    private static int byteOrderMark(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = InputFiles.open(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return 3;
        }
        return n == 4 && (head[0] & 0xFF) == 0x84 && head[1] == 0x31 && (head[2] & 0xFF) == 0x95 && head[3] == 0x33 ? 4 : 0;
    }

    private static byte[] take(BlockingQueue<byte[]> free) {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading in chunks");
        }
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
}
