package org.talentcatalog.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.io.CsvReader;
import org.talentcatalog.model.io.TextEncoding;

/** Cutting a CSV file into chunks on record boundaries. */
class ChunkedCsvTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @TempDir
    Path dir;

    @AfterAll
    static void stop() {
        POOL.shutdown();
    }

    /** Reads every chunk as strict CSV, keeping its records (the header dropped). */
    private Optional<List<List<String>>> chunks(Path file, int chunkSize) throws IOException {
        return ChunkedCsv.read(file, 2, POOL, chunkSize, ArrayList::new, (Reader chunk, List<String> into) -> {
            CsvReader csv = CsvReader.builder().read(chunk);
            csv.next();
            while (csv.next()) {
                into.add(String.join("|", csv.fields()));
            }
        });
    }

    private static List<String> records(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvReader csv = CsvReader.builder().open(file)) {
            csv.next();
            while (csv.next()) {
                out.add(String.join("|", csv.fields()));
            }
        }
        return out;
    }

    @Test
    void quotedLineBreaksNeverEndAChunk() throws IOException {
        StringBuilder text = new StringBuilder("id,name\r\n");
        for (int i = 0; i < 500; i++) {
            text.append(i).append(",\"第一行\n第二行, \"\"引号\"\"\n\"\r\n");
        }
        Path file = dir.resolve("quoted.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Optional<List<List<String>>> parts = chunks(file, 256);
        assertTrue(parts.isPresent(), "every chunk is whole CSV");
        List<String> all = parts.get().stream().flatMap(List::stream).sorted().collect(Collectors.toList());
        List<String> expected = records(file);
        expected.sort(null);
        assertEquals(expected, all);
        assertTrue(parts.get().size() >= 1);
    }

    @Test
    void gb18030WithByteOrderMarkIsCutAndDecoded() throws IOException {
        StringBuilder text = new StringBuilder("\uFEFFid,name\n");
        for (int i = 0; i < 300; i++) {
            text.append(i).append(",集成电路设计工程师").append(i).append('\n');
        }
        Path file = dir.resolve("gb.csv");
        Files.writeString(file, text, TextEncoding.GB18030);
        List<String> all = chunks(file, 200).orElseThrow().stream().flatMap(List::stream).sorted().toList();
        List<String> expected = new ArrayList<>(records(file));
        expected.sort(null);
        assertEquals(expected, all);
        assertEquals(300, all.size());
    }

    @Test
    void recordsEndedByCarriageReturnAloneAreLeftToOneReader() throws IOException {
        Path file = dir.resolve("cr.csv");
        Files.writeString(file, "id,name\r1,a\r2,b\r".repeat(40), StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), chunks(file, 64));
    }

    @Test
    void aRecordLongerThanAChunkIsLeftToOneReader() throws IOException {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "id,name\n1," + "x".repeat(500) + "\n2,y\n", StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), chunks(file, 64));
    }

    @Test
    void aChunkThatFailsLeavesTheFileToOneReader() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "id,name\n" + "1,a\n".repeat(100) + "2,b\"c\n" + "3,d\n".repeat(100),
                StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), chunks(file, 64));
    }
}
