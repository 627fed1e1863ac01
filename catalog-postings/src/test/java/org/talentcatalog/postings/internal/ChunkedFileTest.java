package org.talentcatalog.postings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files cut into chunks on record boundaries: every record read once, behind the header for CSV and a
 * line feed for JSON Lines, never cut inside quotes; and the files that cannot be cut, or a failing
 * chunk, give no result so that the caller reads on one thread.
 */
class ChunkedFileTest {

    @TempDir
    Path dir;

    /** Each chunk's text, one list per accumulator. */
    private Optional<List<List<String>>> chunks(String name, byte[] bytes, boolean csv, int chunkSize) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            return ChunkedFile.read(file, csv, 2, pool, chunkSize, () -> Collections.synchronizedList(new ArrayList<String>()),
                    (chunk, into) -> {
                        StringBuilder s = new StringBuilder();
                        BufferedReader r = new BufferedReader(chunk);
                        for (int c = r.read(); c >= 0; c = r.read()) {
                            s.append((char) c);
                        }
                        into.add(s.toString());
                    });
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> records(List<List<String>> accumulators, String header) {
        List<String> out = new ArrayList<>();
        for (List<String> acc : accumulators) {
            for (String chunk : acc) {
                assertTrue(chunk.startsWith(header), chunk);
                String body = chunk.substring(header.length());
                for (String line : body.split("\n", -1)) {
                    if (!line.isEmpty()) {
                        out.add(line);
                    }
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    @Test
    void csvChunksEachStartWithTheHeaderAndHoldWholeRecords() throws IOException {
        StringBuilder text = new StringBuilder("h1,h2\n");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String record = i % 10 == 3 ? "\"line " + i + "\nnext\",x" : "r" + i + ",\"a\"\"b\"";
            text.append(record).append('\n');
            expected.addAll(List.of(record.split("\n")));
        }
        text.append("last,x"); // no line feed at the end
        expected.add("last,x");
        List<List<String>> accs = chunks("p.csv", text.toString().getBytes(StandardCharsets.UTF_8), true, 64).orElseThrow();
        assertTrue(accs.size() >= 1 && accs.size() <= 3, accs.size() + " accumulators");
        assertTrue(accs.stream().mapToInt(List::size).sum() > 20, "read in many chunks");
        for (List<String> acc : accs) {
            for (String chunk : acc) {
                assertEquals(0, chunk.chars().filter(c -> c == '"').count() % 2, "a chunk is never cut inside quotes: " + chunk);
            }
        }
        Collections.sort(expected);
        assertEquals(expected, records(accs, "h1,h2\n"));
    }

    @Test
    void jsonLinesChunksStartWithALineFeedAndSkipTheByteOrderMark() throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            text.append("{\"n\":").append(i).append("}\n");
            expected.add("{\"n\":" + i + "}");
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Collections.sort(expected);
        assertEquals(expected, records(chunks("p.jsonl", bytes, false, 50).orElseThrow(), "\n"));
        assertEquals(expected, records(chunks("q.jsonl", body, false, 50).orElseThrow(), "\n"));
        assertEquals(List.of(), chunks("e.jsonl", new byte[0], false, 50).orElseThrow());
    }

    @Test
    void filesThatCannotBeCutSafelyGiveNoResult() throws IOException {
        assertEquals(Optional.empty(), chunks("cr.csv", "h1,h2\rr1,x\rr2,x\r".getBytes(StandardCharsets.UTF_8), true, 64));
        // a CR inside quotes ends no record
        assertTrue(chunks("crlf.csv", "h1,\"h\r2\"\r\nr1,x\r\n".getBytes(StandardCharsets.UTF_8), true, 64).isPresent());
        assertEquals(Optional.empty(), chunks("h.csv", "h1,h2\n".getBytes(StandardCharsets.UTF_8), true, 64), "a header alone");
        assertEquals(Optional.empty(), chunks("e.csv", new byte[0], true, 64), "no header");
        assertEquals(Optional.empty(), chunks("n.csv", "h1,h2".getBytes(StandardCharsets.UTF_8), true, 64), "no line end");
        String longHeader = "h".repeat(100) + "\nr1\n";
        assertEquals(Optional.empty(), chunks("l.csv", longHeader.getBytes(StandardCharsets.UTF_8), true, 64));
        String longRecord = "h\nr1\n" + "x".repeat(100) + "\nr3\n";
        assertEquals(Optional.empty(), chunks("r.csv", longRecord.getBytes(StandardCharsets.UTF_8), true, 64));
    }

    @Test
    void aFailingChunkGivesNoResultAndAnErrorIsThrown() throws IOException {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, "h\n" + "r\n".repeat(200));
        assertEquals(Optional.empty(), ChunkedFile.read(file, true, 2, Runnable::run, 32, ArrayList<String>::new,
                (chunk, into) -> {
                    throw new IllegalStateException("bad record");
                }));
        assertEquals(Optional.empty(), ChunkedFile.read(file, true, 2, Runnable::run, 32, ArrayList<String>::new,
                (chunk, into) -> {
                    throw new IOException("cannot decode");
                }));
        AssertionError e = assertThrows(AssertionError.class, () -> ChunkedFile.read(file, true, 2, Runnable::run, 32,
                ArrayList<String>::new, (chunk, into) -> {
                    throw new AssertionError("an error is not a bad record");
                }));
        assertEquals("an error is not a bad record", e.getMessage());
        int[] calls = {0};
        ChunkedFile.read(file, true, 2, Runnable::run, 32, ArrayList<String>::new, (chunk, into) -> {
            calls[0]++;
            throw new IllegalStateException("bad record");
        });
        assertEquals(1, calls[0], "after a failure no further chunk is read");
    }
}
