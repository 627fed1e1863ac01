package org.talentcatalog.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.cli.Main;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.postings.PostingsAccumulator;
import org.talentcatalog.postings.PostingsException;
import org.talentcatalog.postings.PostingsOptions;
import org.talentcatalog.postings.PostingsResult;

/** The same postings files through {@code catalog postings} and through Spark {@code local[2]}, compared exactly. */
class SparkPostingsAggregationTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "data");
    private static final Path SH_IC = EXAMPLES.resolve("catalogs/sh-ic-2024.json");

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("catalog-spark postings tests")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "3").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** What {@code catalog postings FILE MORE…} prints. */
    static String cli(Path file, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("postings", file.toString()));
        args.addAll(List.of(more));
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err::toString);
        return out.toString();
    }

    private static PostingsResult spark(Path file, int partitions, @Nullable Path catalog, @Nullable LocalDate since) throws IOException {
        String name = file.getFileName().toString();
        Dataset<Row> rows = name.endsWith(".jsonl") ? SparkPostingsAggregation.readJsonLines(spark, file.toString())
                : SparkPostingsAggregation.readCsv(spark, file.toString(), TextEncoding.detect(file));
        Catalog c = catalog == null ? null : CatalogJson.read(catalog);
        return SparkPostingsAggregation.result(rows.repartition(partitions), name, c, new PostingsOptions(30, since));
    }

    @Test
    void theExamplePostingsGiveTheCommandLinesOutput() throws IOException {
        Path sh = EXAMPLES.resolve("postings/sh-ic-postings-2024h1.csv");
        String byCatalog = cli(sh, "--catalog", SH_IC.toString(), "--since", "2024-04-01");
        assertTrue(byCatalog.contains("\"postings_growth\""), byCatalog);
        assertEquals(byCatalog, spark(sh, 3, SH_IC, LocalDate.of(2024, 4, 1)).json(Locale.CHINESE));
        String byCode = cli(sh, "--lang", "en");
        assertTrue(byCode.contains("\"occupations\""), byCode);
        assertEquals(byCode, spark(sh, 2, null, null).json(Locale.ENGLISH));

        Path template = EXAMPLES.resolve("postings/ic-template-postings-2024h1.csv");
        Path catalog = EXAMPLES.resolve("scoring/ic-catalog-template.json");
        String csv = cli(template, "--catalog", catalog.toString(), "--since", "2024-04-01", "--format", "csv");
        assertEquals(Files.readString(EXAMPLES.resolve("postings/ic-postings-indicators.csv")), csv);
        assertEquals(csv, spark(template, 4, catalog, LocalDate.of(2024, 4, 1)).csv());
    }

    @Test
    void randomPostingsGiveTheCommandLinesJsonInAnyPartitioning() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            Path csv = dir.resolve("random-" + seed + ".csv");
            RandomPostings.csv(csv, 300 + (int) seed * 200, seed, seed == 2 ? TextEncoding.GB18030 : StandardCharsets.UTF_8);
            Path jsonl = dir.resolve("random-" + seed + ".jsonl");
            RandomPostings.jsonLines(jsonl, 300 + (int) seed * 200, seed);
            LocalDate since = seed == 3 ? null : LocalDate.of(2024, 2, 15);
            String[] options = since == null ? new String[] {"--catalog", SH_IC.toString()}
                    : new String[] {"--catalog", SH_IC.toString(), "--since", since.toString()};
            String expected = cli(csv, options);
            String where = csv + " (seed " + seed + ")";
            assertEquals(expected, spark(csv, 1, SH_IC, since).json(Locale.CHINESE), where);
            assertEquals(expected, spark(csv, 2 + (int) seed * 2, SH_IC, since).json(Locale.CHINESE), where);
            assertEquals(cli(jsonl, options).replace(jsonl.getFileName().toString(), csv.getFileName().toString()),
                    spark(jsonl, 3, SH_IC, since).json(Locale.CHINESE).replace(jsonl.getFileName().toString(), csv.getFileName().toString()), where);
            assertEquals(cli(csv, "--format", "csv"), spark(csv, 3, null, null).csv(), where);
        }
    }

    @Test
    void aBadRowFailsWithTheLocatedMessage() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "title,company,city,salary_min,salary_max,posted_on\n"
                + "芯片设计工程师,甲,上海,1,2,2024-01-01\n芯片设计工程师,乙,上海,30000,20000,2024-01-02\n");
        Dataset<Row> rows = SparkPostingsAggregation.readCsv(spark, file.toString(), StandardCharsets.UTF_8);
        PostingsException e = assertThrows(PostingsException.class, () -> SparkPostingsAggregation.aggregate(rows, "bad.csv", null));
        assertEquals("bad.csv [salary_min]: the lowest salary 30000 is above the highest 20000", e.describe(Locale.ENGLISH));
        assertTrue(e.describe(Locale.CHINESE).startsWith("bad.csv [salary_min]: "), e.describe(Locale.CHINESE));
    }

    @Test
    void aMissingColumnIsReportedBeforeTheJobStarts() throws IOException {
        Path file = dir.resolve("no-city.csv");
        Files.writeString(file, "title,company,posted_on\n芯片设计工程师,甲,2024-01-01\n");
        Dataset<Row> rows = SparkPostingsAggregation.readCsv(spark, file.toString(), StandardCharsets.UTF_8);
        PostingsException e = assertThrows(PostingsException.class, () -> SparkPostingsAggregation.aggregate(rows, "no-city.csv", null));
        assertEquals("no-city.csv", e.location());
        assertTrue(e.describe(Locale.ENGLISH).contains("city"), e.describe(Locale.ENGLISH));
    }

    @Test
    void anAggregatorWithRoomForTooFewEntriesFailsTheJobWithALocatedError() throws IOException {
        Path file = dir.resolve("two.csv");
        Files.writeString(file, "title,company,city,posted_on\n芯片设计工程师,甲,上海,2024-01-01\n芯片设计工程师,乙,上海,2024-01-02\n");
        Dataset<Row> rows = SparkPostingsAggregation.readCsv(spark, file.toString(), StandardCharsets.UTF_8).repartition(1);
        List<String> columns = List.of(rows.columns());
        PostingsAccumulator two = rows.select(new PostingsAggregator(columns, "two.csv", null, 2).toColumn()).first();
        assertEquals(2, two.entries());
        Exception e = assertThrows(Exception.class, () -> rows.select(new PostingsAggregator(columns, "two.csv", null, 1).toColumn()).first());
        PostingsException full = SparkPostingsAggregation.find(e);
        assertEquals("two.csv", full == null ? e.toString() : full.location());
        assertThrows(IllegalArgumentException.class, () -> new PostingsAggregator(columns, "two.csv", null, 0));
    }
}
