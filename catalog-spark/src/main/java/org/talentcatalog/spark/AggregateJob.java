package org.talentcatalog.spark;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The survey aggregation as a {@code spark-submit} application: {@code SAMPLES OUT.json [--parquet]
 * [--charset NAME] [--lang zh|en]} reads survey samples from any path Spark reads (a file, a directory,
 * a glob; HDFS, S3, …) as CSV (UTF-8 unless {@code --charset}) or Parquet, aggregates them on the
 * cluster, and writes on the driver the JSON {@code catalog aggregate --format json} writes. Exit 0 on
 * success, 2 for a bad call or bad input, with a one-line error on stderr.
 */
public final class AggregateJob {

    static final String USAGE = "usage: AggregateJob SAMPLES OUT.json [--parquet] [--charset NAME] [--lang zh|en]";

    private AggregateJob() {
    }

    /**
     * Runs the job on the master spark-submit gives and exits with its status.
     *
     * @param args {@code SAMPLES OUT.json [--parquet] [--charset NAME] [--lang zh|en]}
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length < 2) {
            System.err.println(USAGE);
            return 2;
        }
        boolean parquet = false;
        Charset charset = Charset.forName("UTF-8");
        Locale locale = Locale.CHINESE;
        for (int i = 2; i < args.length; i++) {
            String a = args[i];
            try {
                if (a.equals("--parquet")) {
                    parquet = true;
                } else if (a.equals("--charset") && i + 1 < args.length) {
                    charset = Charset.forName(args[++i]);
                } else if (a.equals("--lang") && i + 1 < args.length && (args[i + 1].equals("zh") || args[i + 1].equals("en"))) {
                    locale = args[++i].equals("en") ? Locale.ENGLISH : Locale.CHINESE;
                } else {
                    System.err.println(USAGE);
                    return 2;
                }
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                System.err.println("AggregateJob: unknown charset " + args[i]);
                return 2;
            }
        }
        String path = args[0];
        boolean readParquet = parquet;
        Charset cs = charset;
        return AggregateLocal.aggregate(null, spark -> readParquet ? spark.read().parquet(path)
                : SparkSurveyAggregation.readCsv(spark, path, cs), path, Path.of(args[1]), locale, "AggregateJob: ", System.err);
    }
}
