package org.talentcatalog.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentcatalog.normalize.Coding;
import org.talentcatalog.normalize.LabelledTitle;
import org.talentcatalog.normalize.TitleCoder;
import org.talentcatalog.normalize.internal.LabelledCsv;

/**
 * Job-title coding (issue 15): the coder's build time (indexes and model from the shipped titles),
 * the heap it keeps, and warm single-thread throughput over the development set's 3,580 titles.
 * Throughput is counted in the thread's CPU time as well as wall time, since on a shared machine the
 * wall clock mostly measures the other processes. Run alone:
 * {@code java -cp catalog-bench/target/catalog-bench.jar org.talentcatalog.bench.NormalizeBench .}
 */
final class NormalizeBench {

    private NormalizeBench() {
    }

    /** Prints the rows for a repository root. */
    public static void main(String[] args) throws Exception {
        for (BenchMain.Row r : rows(Path.of(args.length > 0 ? args[0] : "."), false)) {
            System.out.println(r.measure() + ": " + r.figure() + " (target " + r.target() + ")");
        }
    }

    static List<BenchMain.Row> rows(Path root, boolean quick) throws Exception {
        List<LabelledTitle> rows;
        try (InputStream in = Files.newInputStream(root.resolve("catalog-normalize/data/job-titles-coded.csv"))) {
            rows = LabelledCsv.read(in);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long heapBefore = usedHeapAfterGc();
        long wall0 = System.nanoTime();
        long cpu0 = mx.getCurrentThreadCpuTime();
        TitleCoder coder = TitleCoder.builder().build();
        double buildCpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6;
        double buildWall = (System.nanoTime() - wall0) / 1e6;
        long heap = usedHeapAfterGc() - heapBefore;
        int rounds = quick ? 3 : 10;
        double bestCpu = 0;
        double bestWall = 0;
        int sink = 0;
        for (int round = 0; round < rounds; round++) {
            long w = System.nanoTime();
            long c = mx.getCurrentThreadCpuTime();
            for (LabelledTitle t : rows) {
                Coding coding = coder.code(t.title());
                sink += coding.candidates().size();
            }
            double cpuS = (mx.getCurrentThreadCpuTime() - c) / 1e9;
            double wallS = (System.nanoTime() - w) / 1e9;
            if (round > 0) { // the first round warms the JIT
                bestCpu = Math.max(bestCpu, rows.size() / cpuS);
                bestWall = Math.max(bestWall, rows.size() / wallS);
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        List<BenchMain.Row> out = new ArrayList<>();
        out.add(new BenchMain.Row("normalize: titles per second, one thread, warm (thread CPU time; wall)",
                String.format(Locale.ROOT, "%,.0f /s CPU; %,.0f /s wall", bestCpu, bestWall), "-", Double.NaN,
                "≥ 5,000/s", bestCpu >= 5000));
        out.add(new BenchMain.Row("normalize: coder build (Lucene indexes + perceptron, 3,580 titles)",
                String.format(Locale.ROOT, "%.0f ms CPU; %.0f ms wall", buildCpu, buildWall), "-", Double.NaN,
                "(context)", true));
        out.add(new BenchMain.Row("normalize: heap kept by the coder",
                String.format(Locale.ROOT, "%.1f MiB", heap / 1048576.0), "-", Double.NaN, "(context)", true));
        return out;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
