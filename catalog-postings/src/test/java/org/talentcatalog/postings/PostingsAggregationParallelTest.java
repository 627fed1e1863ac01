package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Postings read in chunks: chunks really run on the executor, errors stay where one thread puts them. */
class PostingsAggregationParallelTest {

    @TempDir
    Path dir;

    private static String rows(int n, int badRow) {
        StringBuilder text = new StringBuilder("title,company,city,salary_min,posted_on\n");
        for (int i = 1; i <= n; i++) {
            text.append(i % 3 == 0 ? "软件工程师" : "会计").append(",\"公司\n").append(i % 17).append("\",浦东新区,")
                    .append(8000 + i).append(',').append(i == badRow ? "2024-02-30" : "2024-01-" + (10 + i % 20)).append('\n');
        }
        return text.toString();
    }

    @Test
    void chunksRunOnTheExecutorAndGiveTheOneThreadResult() throws Exception {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, rows(400, -1));
        AtomicInteger tasks = new AtomicInteger();
        Executor counting = task -> {
            tasks.incrementAndGet();
            task.run();
        };
        PostingsOptions options = PostingsOptions.defaults();
        String one = ParallelPostingsProperties.outcome(PostingsAggregation.builder()
                .coder(ParallelPostingsProperties.CODER).parallelism(1).build(), List.of(file), options);
        String many = ParallelPostingsProperties.outcome(PostingsAggregation.builder()
                .coder(ParallelPostingsProperties.CODER).parallelism(3).chunkSize(512).executor(counting).build(),
                List.of(file), options);
        assertTrue(tasks.get() > 20, "chunks read: " + tasks.get());
        assertTrue(one.startsWith("400 "), one);
        assertEquals(one, many);
    }

    @Test
    void aHeaderWithoutRecordsIsCheckedOnEveryPathAsOnOneThread() throws Exception {
        for (String header : new String[] {"posting_id,company,city\n", "posting_id,title,company,\r,city,posted_on\r\n"}) {
            Path file = dir.resolve("h.csv");
            Files.writeString(file, header);
            PostingsException one = assertThrows(PostingsException.class, () -> PostingsAggregation.builder()
                    .coder(ParallelPostingsProperties.CODER).parallelism(1).build().aggregate(List.of(file)));
            PostingsException many = assertThrows(PostingsException.class, () -> PostingsAggregation.builder()
                    .coder(ParallelPostingsProperties.CODER).parallelism(2).build().aggregate(List.of(file)), header);
            assertEquals(one.location(), many.location());
            assertEquals(one.describe(null), many.describe(null));
        }
    }

    @Test
    void anErrorInAChunkIsReportedWhereOneThreadReportsIt() throws Exception {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, rows(400, 300));
        PostingsException one = assertThrows(PostingsException.class, () -> PostingsAggregation.builder()
                .coder(ParallelPostingsProperties.CODER).parallelism(1).build().aggregate(List.of(file)));
        PostingsException e = assertThrows(PostingsException.class, () -> PostingsAggregation.builder()
                .coder(ParallelPostingsProperties.CODER).parallelism(2).chunkSize(256).build().aggregate(List.of(file)));
        assertEquals("p.csv:601:15", one.location(), one.describe(null)); // row 300 spans lines 600–601
        assertEquals(one.location(), e.location());
        assertEquals(one.describe(null), e.describe(null));
    }

    @Test
    void theBuilderRefusesBadSettings() {
        PostingsAggregation.Builder b = PostingsAggregation.builder();
        assertThrows(IllegalArgumentException.class, () -> b.parallelism(0));
        assertThrows(IllegalArgumentException.class, () -> b.chunkSize(15));
        assertThrows(NullPointerException.class, () -> b.executor(null));
    }
}
