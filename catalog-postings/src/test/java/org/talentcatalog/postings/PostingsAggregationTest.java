package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.normalize.TitleCoder;

/** The aggregation's grouping and coding, its settings, and which files are read in chunks on the executor. */
class PostingsAggregationTest {

    private static final TitleCoder CODER = ParallelPostingsProperties.CODER;
    private static final Catalog CATALOG = CatalogJson.read(Path.of("../examples/data/catalogs/sh-ic-2024.json"));

    @TempDir
    Path dir;

    @Test
    void titlesAreCodedToOccupationsOrToTheCatalogsPositions() {
        PostingsAggregation occupations = PostingsAggregation.builder().coder(CODER).build();
        assertEquals(Grouping.OCCUPATION, occupations.grouping());
        assertArrayEquals(new String[] {"4-04-05-03", "呼叫中心服务员"}, occupations.code("抖音快手客服 不加班"));
        assertArrayEquals(new String[0], occupations.code(""));
        assertArrayEquals(new String[0], occupations.code("☆☆"));

        PostingsAggregation positions = PostingsAggregation.builder().coder(CODER).catalog(CATALOG).maxEntries(7).build();
        assertEquals(Grouping.POSITION, positions.grouping());
        assertEquals(Grouping.POSITION, positions.accumulator().grouping());
        assertEquals(7, positions.accumulator().maxEntries());
        String[] group = positions.code("光刻工艺工程师（上海张江，年薪40万+）");
        assertEquals("IC-004", group[0]);
        assertEquals(CATALOG.positions().stream().filter(p -> p.id().equals("IC-004")).findFirst().orElseThrow().name().zh(),
                group[1]);
        assertArrayEquals(new String[0], positions.code("保安"));
        assertArrayEquals(new String[0], positions.code(""));
    }

    @Test
    void settingsOutsideTheirBoundsAreRefused() {
        PostingsAggregation.Builder b = PostingsAggregation.builder();
        assertEquals("parallelism must be at least 1: 0",
                assertThrows(IllegalArgumentException.class, () -> b.parallelism(0)).getMessage());
        assertEquals("chunk size must be at least 16 bytes: 15",
                assertThrows(IllegalArgumentException.class, () -> b.chunkSize(15)).getMessage());
        assertEquals("maxEntries must be at least 1: 0",
                assertThrows(IllegalArgumentException.class, () -> b.maxEntries(0)).getMessage());
        assertThrows(NullPointerException.class, () -> b.catalog(null));
        assertThrows(NullPointerException.class, () -> b.coder(null));
        assertThrows(NullPointerException.class, () -> b.executor(null));
        b.parallelism(1).chunkSize(16).maxEntries(1);
        assertEquals(1, b.coder(CODER).build().accumulator().maxEntries());
    }

    @Test
    void filesAreReadOneAfterTheOtherAndAnErrorIsInItsFile() throws Exception {
        Path first = dir.resolve("a.csv");
        Files.writeString(first, "title,company,city,posted_on\n会计,甲,上海,2024-01-02\n☆☆,乙,上海,2024-01-02\n");
        Path second = dir.resolve("b.jsonl");
        Files.writeString(second, "{\"title\":\"会计\",\"company\":\"丙\",\"city\":\"上海\",\"posted_on\":\"2024-01-03\"}\n"
                + "{\"title\":\"会计\",\"company\":\"丁\",\"city\":\"上海\",\"posted_on\":\"2024-01-03\"}\n");
        for (int parallelism : new int[] {1, 3}) {
            PostingsAggregation aggregation = PostingsAggregation.builder().coder(CODER).parallelism(parallelism).chunkSize(64)
                    .build();
            PostingsAccumulator acc = aggregation.aggregate(List.of(first, second));
            assertEquals(4, acc.rows());
            assertEquals(3, acc.entries());
            PostingsResult r = acc.result(PostingsOptions.defaults());
            assertEquals(1, r.summary().uncoded());
            assertEquals(List.of("☆☆"), r.summary().uncodedTitles());
            assertEquals(3, r.groups().get(0).postings());
            PostingsException limit = assertThrows(PostingsException.class, () -> PostingsAggregation.builder().coder(CODER)
                    .parallelism(parallelism).chunkSize(64).maxEntries(2).build().aggregate(List.of(first, second)));
            assertEquals("b.jsonl #2", limit.location());
            assertEquals(0, aggregation.aggregate(List.of()).rows());
        }
    }

    /** How many chunks a file of 300 postings in this form is read in, on a counting executor. */
    private int chunks(String name, String text, byte[] prefix) throws Exception {
        Path file = dir.resolve(name);
        byte[] body = text.getBytes(name.contains("gb") ? TextEncoding.GB18030 : StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(body, 0, bytes, prefix.length, body.length);
        Files.write(file, bytes);
        AtomicInteger tasks = new AtomicInteger();
        Executor counting = task -> {
            tasks.incrementAndGet();
            task.run();
        };
        PostingsAccumulator many = PostingsAggregation.builder().coder(CODER).parallelism(2).chunkSize(256)
                .executor(counting).build().aggregate(List.of(file));
        PostingsAccumulator one = PostingsAggregation.builder().coder(CODER).parallelism(1).build().aggregate(List.of(file));
        assertEquals(one.result(PostingsOptions.defaults()), many.result(PostingsOptions.defaults()));
        assertEquals(300, many.rows());
        return tasks.get();
    }

    private static String csv(String eol) {
        StringBuilder s = new StringBuilder("title,company,city,posted_on" + eol);
        for (int i = 0; i < 300; i++) {
            s.append("会计,\"公司").append(i % 7).append("\",上海,2024-01-").append(10 + i % 20).append(eol);
        }
        return s.toString();
    }

    private static String jsonLines() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            s.append("{\"title\":\"会计\",\"company\":\"公司").append(i % 7).append("\",\"city\":\"上海\",\"posted_on\":\"2024-01-")
                    .append(10 + i % 20).append("\"}\n");
        }
        return s.toString();
    }

    @Test
    void csvAndJsonLinesWithOrWithoutAByteOrderMarkAreReadInChunks() throws Exception {
        byte[] none = new byte[0];
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] gbBom = {(byte) 0x84, 0x31, (byte) 0x95, 0x33};
        int csvChunks = chunks("p.csv", csv("\n"), none);
        assertTrue(csvChunks > 30, "chunks: " + csvChunks);
        assertTrue(chunks("p.csv", csv("\r\n"), utf8Bom) > 30);
        assertTrue(chunks("p-gb.csv", csv("\n"), gbBom) > 30);
        assertTrue(chunks("p.jsonl", jsonLines(), none) > 30);
        assertTrue(chunks("p.ndjson", jsonLines(), utf8Bom) > 30);
        assertTrue(chunks("p-gb.jsonl", jsonLines(), gbBom) > 30);
    }

    @Test
    void filesThatCannotBeCutSafelyAreReadOnOneThread() throws Exception {
        assertEquals(0, chunks("p.csv", csv("\r"), new byte[0]), "records ended by CR alone");
        StringBuilder text = new StringBuilder("title,company,city,posted_on\n会计,\"" + "公司".repeat(200) + "\",上海,2024-01-10\n");
        for (int i = 0; i < 20; i++) {
            text.append("会计,公司").append(i).append(",上海,2024-01-11\n");
        }
        Path file = dir.resolve("long.csv");
        Files.writeString(file, text);
        AtomicInteger tasks = new AtomicInteger();
        PostingsAccumulator acc = PostingsAggregation.builder().coder(CODER).parallelism(2).chunkSize(256)
                .executor(t -> {
                    tasks.incrementAndGet();
                    t.run();
                }).build().aggregate(List.of(file));
        assertEquals(PostingsAggregation.builder().coder(CODER).parallelism(1).build().aggregate(List.of(file))
                .result(PostingsOptions.defaults()), acc.result(PostingsOptions.defaults()));
        assertEquals(21, acc.rows());
        assertEquals(0, tasks.get(), "a record longer than a chunk: the file is read on one thread");
    }
}
