package org.talentcatalog.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.scoring.ScoringException;

/**
 * {@code catalog-spark/aggregate-local SAMPLES.csv OUT.json [--lang zh|en]}: aggregates a survey-samples
 * CSV (UTF-8 or GB18030) on Spark {@code local[2]} and writes the JSON {@code catalog aggregate
 * --format json} writes for it. Exit 0 on success, 2 for a bad call or bad input, with a one-line
 * located error on stderr. On a cluster, {@link AggregateJob} does the same from any path.
 */
public final class AggregateLocal {

    static final String USAGE = "usage: aggregate-local SAMPLES.csv OUT.json [--lang zh|en]";

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
        if (!(args.length == 2 || args.length == 4 && args[2].equals("--lang") && (args[3].equals("zh") || args[3].equals("en")))) {
            err.println(USAGE);
            return 2;
        }
        Locale locale = args.length == 4 && args[3].equals("en") ? Locale.ENGLISH : Locale.CHINESE;
        Path input = Path.of(args[0]);
        Charset charset;
        try {
            charset = TextEncoding.detect(input);
        } catch (NoSuchFileException e) {
            err.println(NAME + input + ": " + (locale == Locale.ENGLISH ? "no such file" : "文件不存在"));
            return 2;
        } catch (IOException e) {
            err.println(NAME + input + ": " + (locale == Locale.ENGLISH ? "cannot be read: " : "无法读取：") + e.getMessage());
            return 2;
        }
        return aggregate(master, spark -> SparkSurveyAggregation.readCsv(spark, input.toAbsolutePath().toString(), charset),
                input.getFileName().toString(), Path.of(args[1]), locale, NAME, err);
    }

    private static final String NAME = "aggregate-local: ";

    /** Reads the samples in a session. */
    interface Source {
        Dataset<Row> read(SparkSession spark);
    }

    /**
     * Aggregates on a session of {@code master} (or spark-submit's, for {@code null}), writes the JSON,
     * reports a failure in one line.
     */
    static int aggregate(@Nullable String master, Source source, String name, Path output, Locale locale, String prefix,
            PrintStream err) {
        SparkSession.Builder b = SparkSession.builder().appName("catalog aggregate").config("spark.ui.enabled", "false");
        SparkSession spark = (master == null ? b : b.master(master)).getOrCreate();
        boolean en = locale == Locale.ENGLISH;
        try {
            String json = SparkSurveyAggregation.json(source.read(spark), name, locale);
            Files.writeString(output, json, StandardCharsets.UTF_8);
            return 0;
        } catch (ScoringException e) {
            err.println(prefix + e.describe(locale));
        } catch (SurveyRowException e) {
            err.println(prefix + e.describe(locale));
        } catch (IOException e) {
            err.println(prefix + output + ": " + (en ? "cannot be written: " : "无法写入：") + e.getMessage());
        } catch (Exception e) { // Spark's own errors (SparkException is checked, thrown unchecked)
            err.println(prefix + name + ": " + firstLine(rootCause(e)));
        } finally {
            spark.stop();
        }
        return 2;
    }

    static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The first line of a throwable's message that is not blank, else its class's simple name. */
    static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage().strip();
        int nl = m.indexOf('\n');
        String line = (nl < 0 ? m : m.substring(0, nl)).strip();
        return line.isEmpty() ? t.getClass().getSimpleName() : line;
    }
}
