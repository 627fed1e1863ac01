package org.talentcatalog.spark;

/**
 * The {@code spark-submit} main class for postings: {@code PostingsJob POSTINGS OUT [--parquet]
 * [--charset NAME] [--catalog CATALOG.json] [--since YYYY-MM-DD] [--window DAYS] [--format json|csv]
 * [--lang zh|en]} reads postings from any path Spark reads (a file, a directory, a glob; HDFS, S3, …)
 * as CSV (UTF-8 unless {@code --charset}), JSON Lines (a path ending in {@code .jsonl} or
 * {@code .ndjson}) or Parquet ({@code --parquet}), aggregates them on the cluster and writes on the
 * driver what {@code catalog postings} prints for the same rows. The catalog is a JSON file on the
 * driver. Exit 0 on success, 2 for a bad call or bad input, with one line on stderr.
 */
public final class PostingsJob {

    static final String USAGE = "usage: PostingsJob POSTINGS OUT [--parquet] [--charset NAME] [--catalog CATALOG.json] "
            + "[--since YYYY-MM-DD] [--window DAYS] [--format json|csv] [--lang zh|en]";

    private PostingsJob() {
    }

    /**
     * Runs the job on the master spark-submit gives and exits with its status.
     *
     * @param args {@code POSTINGS OUT [options]}
     */
    public static void main(String[] args) {
        System.exit(PostingsLocal.run(args, null, System.err));
    }
}
