package org.talentcatalog.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.scoring.ScoringException;

/**
 * {@code catalog-spark/aggregate-local SAMPLES.csv OUT.json [--lang zh|en]}: aggregates a survey-samples
 * CSV (UTF-8 or GB18030) on Spark {@code local[2]} and writes the JSON {@code catalog aggregate
 * --format json} writes for it. Exit 0 on success, 2 for a bad call or bad input, with a one-line
 * located error on stderr.
 */
public final class AggregateLocal {

    private static final String NAME = "aggregate-local: ";

    private AggregateLocal() {
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args {@code SAMPLES.csv OUT.json [--lang zh|en]}
     */
    public static void main(String[] args) {
        System.exit(run(args, "local[2]", System.err));
    }

    /**
     * Runs the command.
     *
     * @param args {@code SAMPLES.csv OUT.json [--lang zh|en]}
     * @param master the Spark master, e.g. {@code local[2]}
     * @param err where errors go
     * @return 0 on success, 2 for a bad call or bad input
     */
    public static int run(String[] args, String master, PrintStream err) {
        Locale locale = Locale.CHINESE;
        if (args.length == 4 && args[2].equals("--lang") && (args[3].equals("zh") || args[3].equals("en"))) {
            locale = args[3].equals("en") ? Locale.ENGLISH : Locale.CHINESE;
        } else if (args.length != 2) {
            err.println("usage: aggregate-local SAMPLES.csv OUT.json [--lang zh|en]");
            return 2;
        }
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        boolean en = locale == Locale.ENGLISH;
        Charset charset;
        try {
            charset = TextEncoding.detect(input);
        } catch (NoSuchFileException e) {
            err.println(NAME + input + ": " + (en ? "no such file" : "文件不存在"));
            return 2;
        } catch (IOException e) {
            err.println(NAME + input + ": " + (en ? "cannot be read: " : "无法读取：") + e.getMessage());
            return 2;
        }
        SparkSession spark = SparkSession.builder().master(master).appName("catalog aggregate")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            String json = SparkSurveyAggregation.json(SparkSurveyAggregation.readCsv(spark,
                    input.toAbsolutePath().toString(), charset), input.getFileName().toString(), locale);
            Files.writeString(output, json, StandardCharsets.UTF_8);
            return 0;
        } catch (ScoringException e) {
            err.println(NAME + e.describe(locale));
        } catch (SurveyRowException e) {
            err.println(NAME + e.describe(locale));
        } catch (IOException e) {
            err.println(NAME + output + ": " + (en ? "cannot be written: " : "无法写入：") + e.getMessage());
        } catch (Exception e) { // Spark's own errors (SparkException is checked, thrown unchecked)
            err.println(NAME + input + ": " + firstLine(rootCause(e)));
        } finally {
            spark.stop();
        }
        return 2;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
