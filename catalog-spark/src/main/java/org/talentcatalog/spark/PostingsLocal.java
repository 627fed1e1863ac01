package org.talentcatalog.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.postings.PostingsException;
import org.talentcatalog.postings.PostingsOptions;
import org.talentcatalog.postings.PostingsResult;

/**
 * {@code catalog-spark/postings-local POSTINGS OUT [--catalog CATALOG.json] [--since DATE] [--window DAYS]
 * [--format json|csv] [--lang zh|en]}: aggregates a postings file (CSV in UTF-8 or GB18030, or JSON Lines
 * named {@code .jsonl}/{@code .ndjson}) on Spark {@code local[2]} and writes what {@code catalog postings}
 * prints for it with the same options (with {@code --format csv} the warnings go to stderr). On a
 * cluster {@link PostingsJob} does the same from any path, also with {@code --parquet} and
 * {@code --charset NAME}. Exit 0 on success, 2 for a bad call or bad input, with a one-line located
 * error on stderr.
 */
public final class PostingsLocal {

    static final String USAGE = "usage: postings-local POSTINGS OUT [--catalog CATALOG.json] [--since YYYY-MM-DD] "
            + "[--window DAYS] [--format json|csv] [--lang zh|en]";

    private PostingsLocal() {
    }

    /**
     * Runs the command on {@code local[2]} and exits with its status.
     *
     * @param args {@code POSTINGS OUT [options]}
     */
    public static void main(String[] args) {
        System.exit(run(args, "local[2]", System.err));
    }

    /**
     * Runs the command.
     *
     * @param args {@code POSTINGS OUT [options]}
     * @param master the Spark master, e.g. {@code local[2]}; {@code null} for spark-submit's (then
     *     {@code --parquet} and {@code --charset NAME} are accepted too, and the input may be any path Spark reads)
     * @param err where errors go
     * @return 0 on success, 2 for a bad call or bad input
     */
    public static int run(String[] args, @Nullable String master, PrintStream err) {
        String prefix = master == null ? "PostingsJob: " : "postings-local: ";
        String usage = master == null ? PostingsJob.USAGE : USAGE;
        if (args.length < 2) {
            err.println(usage);
            return 2;
        }
        Path catalogFile = null;
        LocalDate since = null;
        int window = PostingsOptions.DEFAULT_WINDOW_DAYS;
        boolean csvOut = false;
        boolean parquet = false;
        Charset charset = null;
        Locale locale = Locale.CHINESE;
        for (int i = 2; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            try {
                if (a.equals("--parquet") && master == null) {
                    parquet = true;
                    continue;
                } else if (v == null) {
                    err.println(usage);
                    return 2;
                } else if (a.equals("--catalog")) {
                    catalogFile = Path.of(v);
                } else if (a.equals("--since")) {
                    since = LocalDate.parse(v);
                } else if (a.equals("--window")) {
                    window = Integer.parseInt(v);
                    new PostingsOptions(window, null);
                } else if (a.equals("--format") && (v.equals("json") || v.equals("csv"))) {
                    csvOut = v.equals("csv");
                } else if (a.equals("--lang") && (v.equals("zh") || v.equals("en"))) {
                    locale = v.equals("en") ? Locale.ENGLISH : Locale.CHINESE;
                } else if (a.equals("--charset") && master == null) {
                    charset = Charset.forName(v);
                } else {
                    err.println(usage);
                    return 2;
                }
                i++;
            } catch (DateTimeParseException | IllegalArgumentException e) { // a charset's errors are IllegalArgumentExceptions
                err.println(prefix + a + " " + v + ": " + (locale == Locale.ENGLISH ? "not a valid value" : "取值无效"));
                return 2;
            }
        }
        boolean en = locale == Locale.ENGLISH;
        String input = args[0];
        String name = master == null ? input : Path.of(input).getFileName().toString();
        String lower = input.toLowerCase(Locale.ROOT);
        boolean jsonLines = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
        try {
            if (master != null) {
                Path file = Path.of(input);
                if (!Files.isRegularFile(file)) {
                    err.println(prefix + input + ": " + (en ? "no such file" : "文件不存在"));
                    return 2;
                }
                charset = TextEncoding.detect(file);
                input = file.toAbsolutePath().toString();
            }
            Catalog catalog = catalogFile == null ? null : CatalogJson.read(catalogFile);
            Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
            String path = input;
            boolean readParquet = parquet;
            PostingsOptions options = new PostingsOptions(window, since);
            boolean csv = csvOut;
            Locale lang = locale;
            return withSession(master, err, prefix, name, en, spark -> {
                Dataset<Row> rows = readParquet ? spark.read().parquet(path)
                        : jsonLines ? SparkPostingsAggregation.readJsonLines(spark, path) : SparkPostingsAggregation.readCsv(spark, path, cs);
                // Multi-line CSV is read as one partition a file: spread the rows over the cores for the coding.
                int cores = spark.sparkContext().defaultParallelism();
                if (rows.rdd().getNumPartitions() < cores) {
                    rows = rows.repartition(cores);
                }
                return SparkPostingsAggregation.result(rows, name, catalog, options);
            }, result -> write(result, args[1], csv, lang, err));
        } catch (CatalogJsonException e) {
            Issue i = e.issue();
            err.println(prefix + catalogFile + (i.line() == null ? "" : ":" + i.line() + (i.column() == null ? "" : ":" + i.column()))
                    + ": " + i.message(locale));
        } catch (UncheckedIOException e) {
            err.println(prefix + catalogFile + ": " + (en ? "cannot be read: " : "无法读取：") + e.getCause().getMessage());
        } catch (IOException e) {
            err.println(prefix + input + ": " + (en ? "cannot be read: " : "无法读取：") + e.getMessage());
        }
        return 2;
    }

    private static void write(PostingsResult result, String output, boolean csv, Locale locale, PrintStream err) throws IOException {
        Files.writeString(Path.of(output), csv ? result.csv() : result.json(locale), StandardCharsets.UTF_8);
        if (csv) {
            result.warnings().forEach(w -> err.println((locale == Locale.ENGLISH ? "warning: " : "警告：") + w.text(locale)));
        }
    }

    /** Aggregates in a session. */
    interface Job {
        PostingsResult run(SparkSession spark);
    }

    /** Writes a result. */
    interface Output {
        void write(PostingsResult result) throws IOException;
    }

    private static int withSession(@Nullable String master, PrintStream err, String prefix, String name, boolean en, Job job,
            Output output) {
        SparkSession.Builder b = SparkSession.builder().appName("catalog postings").config("spark.ui.enabled", "false");
        SparkSession spark = (master == null ? b : b.master(master)).getOrCreate();
        try {
            output.write(job.run(spark));
            return 0;
        } catch (PostingsException e) {
            err.println(prefix + e.describe(en ? Locale.ENGLISH : Locale.CHINESE));
        } catch (IOException e) {
            err.println(prefix + (en ? "the output cannot be written: " : "无法写入输出：") + e.getMessage());
        } catch (Exception e) { // Spark's own errors (SparkException is checked, thrown unchecked)
            err.println(prefix + name + ": " + AggregateLocal.firstLine(AggregateLocal.rootCause(e)));
        } finally {
            spark.stop();
        }
        return 2;
    }
}
