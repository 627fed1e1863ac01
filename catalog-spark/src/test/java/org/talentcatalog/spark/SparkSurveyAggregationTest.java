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
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.cli.Main;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.scoring.ScoringException;

/** The same survey files through {@code catalog aggregate} and through Spark {@code local[2]}, compared exactly. */
class SparkSurveyAggregationTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "data");

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("catalog-spark tests")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "3").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** What {@code catalog aggregate FILE --format json} prints. */
    static String cli(Path file, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[3 + more.length];
        args[0] = "aggregate";
        args[1] = file.toString();
        args[2] = "--format=json";
        System.arraycopy(more, 0, args, 3, more.length);
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err::toString);
        return out.toString();
    }

    private static String spark(Path file, int partitions) throws IOException {
        Dataset<Row> rows = SparkSurveyAggregation.readCsv(spark, file.toString(), TextEncoding.detect(file));
        return SparkSurveyAggregation.json(rows.repartition(partitions), file.getFileName().toString(), Locale.CHINESE);
    }

    @Test
    void theExampleSurveysGiveTheCommandLinesJson() throws IOException {
        for (Path file : List.of(EXAMPLES.resolve("scoring/ic-survey-samples.csv"),
                EXAMPLES.resolve("lifecycle/survey-2025.csv"))) {
            String expected = cli(file);
            assertTrue(expected.contains("\"demand_supply_ratio\""), expected);
            assertEquals(expected, spark(file, 1), file::toString);
            assertEquals(expected, spark(file, 5), file::toString);
        }
    }

    @Test
    void randomSurveysGiveTheCommandLinesJsonInAnyPartitioning() throws IOException {
        for (long seed = 1; seed <= 4; seed++) {
            Path file = dir.resolve("random-" + seed + ".csv");
            RandomSurveys.write(file, 200 + (int) seed * 150, seed, seed % 3 == 0 ? TextEncoding.GB18030 : StandardCharsets.UTF_8);
            String expected = cli(file);
            String where = file + " (seed " + seed + ")";
            assertEquals(expected, spark(file, 1), where);
            assertEquals(expected, spark(file, 1 + (int) seed * 2), where);
        }
    }

    @Test
    void aByteOrderMarkIsLeftOutOfTheFirstColumnsName() throws IOException {
        String text = "\uFEFF" + Files.readString(EXAMPLES.resolve("scoring/ic-survey-samples.csv"));
        Path utf8 = dir.resolve("bom.csv");
        Files.writeString(utf8, text);
        assertEquals(cli(utf8), spark(utf8, 2));
        Path gb = dir.resolve("gb-bom.csv");
        Files.writeString(gb, text, TextEncoding.GB18030);
        assertEquals(cli(gb), spark(gb, 2));
    }

    @Test
    void parquetWithNumericColumnsGivesTheSameJson() {
        Path file = EXAMPLES.resolve("scoring/ic-survey-samples.csv");
        Dataset<Row> csv = SparkSurveyAggregation.readCsv(spark, file.toString(), StandardCharsets.UTF_8);
        for (String c : List.of("vacancies", "applicants", "hires", "days_to_fill", "offered_salary", "difficulty", "weight")) {
            csv = csv.withColumn(c, functions.col(c).cast("double"));
        }
        String parquet = dir.resolve("samples.parquet").toString();
        csv.write().parquet(parquet);
        assertEquals(cli(file), SparkSurveyAggregation.json(spark.read().parquet(parquet), "samples.parquet", null));
    }

    @Test
    void aBadRowFailsWithTheLocatedMessageOfTheCommandLine() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "respondent_id,respondent_type,position_id,vacancies,applicants,hires\n"
                + "R1,EMPLOYER,P1,1,2,3\nR2,EMPLOYER,P1,1,-2,3\n");
        Dataset<Row> rows = SparkSurveyAggregation.readCsv(spark, file.toString(), StandardCharsets.UTF_8);
        SurveyRowException e = assertThrows(SurveyRowException.class, () -> SparkSurveyAggregation.aggregate(rows, "bad.csv"));
        assertEquals("bad.csv [applicants]: value in column applicants must be >= 0: -2", e.describe(Locale.ENGLISH));
        assertTrue(e.describe(Locale.CHINESE).startsWith("bad.csv [applicants]: "), e.describe(Locale.CHINESE));
    }

    @Test
    void aMissingColumnIsReportedBeforeTheJobStarts() throws IOException {
        Path file = dir.resolve("no-hires.csv");
        Files.writeString(file, "respondent_id,respondent_type,position_id,vacancies,applicants\nR1,EMPLOYER,P1,1,2\n");
        Dataset<Row> rows = SparkSurveyAggregation.readCsv(spark, file.toString(), StandardCharsets.UTF_8);
        ScoringException e = assertThrows(ScoringException.class, () -> SparkSurveyAggregation.aggregate(rows, "no-hires.csv"));
        assertTrue(e.describe(Locale.ENGLISH).startsWith("no-hires.csv: "), e.describe(Locale.ENGLISH));
        assertTrue(e.describe(Locale.ENGLISH).contains("hires"), e.describe(Locale.ENGLISH));
    }
}
