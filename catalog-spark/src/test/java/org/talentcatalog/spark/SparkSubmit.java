package org.talentcatalog.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** What the tests of the spark-submit jobs share: spark-submit's master, Parquet input, and no session left running. */
final class SparkSubmit {

    /** A test's body that may throw. */
    interface Body {
        void run() throws Exception;
    }

    private SparkSubmit() {
    }

    /** Runs a body with {@code spark.master} set to {@code local[2]}, as {@code spark-submit --master local[2]} sets it. */
    static void asSparkSubmit(Body body) throws Exception {
        String before = System.getProperty("spark.master");
        System.setProperty("spark.master", "local[2]");
        try {
            body.run();
        } finally {
            if (before == null) {
                System.clearProperty("spark.master");
            } else {
                System.setProperty("spark.master", before);
            }
        }
    }

    /** Writes rows read in a session of its own as Parquet, then stops the session. */
    static void writeParquet(Function<SparkSession, Dataset<Row>> rows, Path to) {
        SparkSession spark = SparkSession.builder().appName("write parquet").config("spark.ui.enabled", "false").getOrCreate();
        try {
            rows.apply(spark).write().parquet(to.toString());
        } finally {
            spark.stop();
        }
    }

    /** No Spark session is left running in this thread: every command stops the one it started. */
    static void assertStopped() {
        var active = SparkSession.getActiveSession();
        assertTrue(active.isEmpty() || active.get().sparkContext().isStopped(), "a Spark session is still running");
    }
}
