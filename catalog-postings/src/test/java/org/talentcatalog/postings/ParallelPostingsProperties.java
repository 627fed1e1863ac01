package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.normalize.TitleCoder;

/**
 * Aggregating postings files on several threads, in chunks of any size, on any executor, gives bit for
 * bit what one thread gives — or the same error at the same place.
 */
class ParallelPostingsProperties {

    /** Built once: the coder is immutable and thread-safe. */
    static final TitleCoder CODER = TitleCoder.defaults();

    private static final String[] FIELDS = {"posting_id", "title", "company", "city", "salary_min", "salary_max",
        "salary_period", "education", "experience", "posted_on", "closed_on"};
    private static final String[] TITLES = {"集成电路设计工程师", "软件工程师", "会计", "护士", "Java开发工程师（急招）",
        "数据分析师", "xq zzv", "模拟版图 工程师"};
    private static final String[] COMPANIES = {"甲公司", "乙, 有限公司", "丙\n科技", "\"丁\"集团", "戊"};
    private static final String[] CITIES = {"浦东新区", "闵行区", "上海"};
    private static final String[] SALARIES = {"", "8000", "1.5万", "15k", "20,000元", "300"};
    private static final String[] PERIODS = {"", "月", "年薪", "日", "hour", "周"};
    private static final String[] EDUCATION = {"", "本科及以上", "硕士", "大专", "不限"};
    private static final String[] EXPERIENCE = {"", "3-5年", "经验不限", "十年以上", "1年以下"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 60)
    void chunkedEqualsOneThread(@ForAll long seed, @ForAll @IntRange(min = 16, max = 700) int chunkSize,
            @ForAll @IntRange(min = 2, max = 4) int parallelism, @ForAll @IntRange(min = 0, max = 2) int executorKind,
            @ForAll boolean gb18030, @ForAll boolean jsonLines, @ForAll @IntRange(min = 1, max = 2) int files)
            throws IOException {
        Random random = new Random(seed);
        Charset cs = gb18030 ? TextEncoding.GB18030 : StandardCharsets.UTF_8;
        Path dir = Files.createTempDirectory("postings");
        try {
            List<Path> paths = new java.util.ArrayList<>();
            for (int f = 0; f < files; f++) {
                Path file = dir.resolve("p" + f + (jsonLines ? ".jsonl" : ".csv"));
                Files.writeString(file, jsonLines ? jsonLines(random) : csv(random), cs);
                paths.add(file);
            }
            PostingsOptions options = new PostingsOptions(1 + random.nextInt(40),
                    random.nextBoolean() ? null : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60)));
            String one = outcome(PostingsAggregation.builder().coder(CODER).parallelism(1).build(), paths, options);
            PostingsAggregation.Builder b = PostingsAggregation.builder().coder(CODER).parallelism(parallelism)
                    .chunkSize(chunkSize);
            if (executorKind == 1) {
                b.executor(Runnable::run);
            } else if (executorKind == 2) {
                b.executor(ForkJoinPool.commonPool());
            }
            assertEquals(one, outcome(b.build(), paths, options));
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** The whole result (record, JSON and CSV), or the error's place and sentence. */
    static String outcome(PostingsAggregation aggregation, List<Path> files, PostingsOptions options) {
        try {
            PostingsAccumulator acc = aggregation.aggregate(files);
            PostingsResult r = acc.result(options);
            return acc.rows() + " " + acc.entries() + "\n" + r + "\n" + r.json(null) + "\n" + r.csv();
        } catch (PostingsException e) {
            return "error " + e.location() + " " + e.describe(null);
        }
    }

    /** Random rows; now and then one with a bad date, so errors are compared too. */
    private static String[][] rows(Random r) {
        String[][] rows = new String[r.nextInt(60)][];
        for (int i = 0; i < rows.length; i++) {
            LocalDate posted = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(90));
            String min = SALARIES[r.nextInt(SALARIES.length)];
            String max = min.isEmpty() || r.nextBoolean() ? "" : min;
            rows[i] = new String[] {"J" + r.nextInt(50), TITLES[r.nextInt(TITLES.length)],
                COMPANIES[r.nextInt(COMPANIES.length)], CITIES[r.nextInt(CITIES.length)], min, max,
                PERIODS[r.nextInt(PERIODS.length)], EDUCATION[r.nextInt(EDUCATION.length)],
                EXPERIENCE[r.nextInt(EXPERIENCE.length)], r.nextInt(150) == 0 ? "2024-13-01" : posted.toString(),
                r.nextInt(3) == 0 ? "" : posted.plusDays(r.nextInt(40)).toString()};
        }
        return rows;
    }

    private static String csv(Random r) {
        String eol = r.nextBoolean() ? "\n" : "\r\n";
        StringBuilder out = new StringBuilder(String.join(",", FIELDS)).append(eol);
        for (String[] row : rows(r)) {
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || r.nextInt(10) == 0;
                out.append(i == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            out.append(eol);
        }
        return out.toString();
    }

    private static String jsonLines(Random r) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String[] row : rows(r)) {
            ObjectNode o = JSON.createObjectNode();
            for (int i = 0; i < row.length; i++) {
                if (!row[i].isEmpty()) {
                    o.put(FIELDS[i], row[i]);
                }
            }
            out.append(JSON.writeValueAsString(o)).append(r.nextInt(8) == 0 ? "\n\n" : "\n");
        }
        return out.toString();
    }
}
