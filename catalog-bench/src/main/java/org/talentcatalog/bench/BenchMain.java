package org.talentcatalog.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.schema.CatalogSchema;

/**
 * Runs the fixed benchmark set and prints one table: each figure, the baseline measured in the same
 * run on the same machine, their ratio, and the target (issue 7). Absolute times are printed for
 * context only; the ratios are what compare across runs.
 *
 * <p>Usage: {@code java -jar catalog-bench.jar [--quick] [--work DIR] [--root REPO]}; {@code --quick}
 * shrinks every input tenfold for a smoke run.
 */
public final class BenchMain {

    private final boolean quick;
    private final Path work;
    private final Path root;
    private final List<Row> rows = new ArrayList<>();

    /** One line of the table. */
    record Row(String measure, String figure, String baseline, double ratio, String target, boolean met) {
    }

    private BenchMain(boolean quick, Path work, Path root) {
        this.quick = quick;
        this.work = work;
        this.root = root;
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Path work = Path.of("bench/results");
        Path root = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--work" -> work = Path.of(args[++i]);
                case "--root" -> root = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(work);
        new BenchMain(quick, work, root).run();
    }

    private int scale(int full) {
        return quick ? Math.max(1, full / 10) : full;
    }

    private void run() throws Exception {
        Map<String, Double> ms = jmh();
        ratio("validation, " + scale(10_000) + " positions: full pipeline vs Everit alone",
                ms.get("ValidationBench.fullPipeline"), ms.get("ValidationBench.everitAlone"), "≤ 1.0×", 1.0, true);
        ratio("validation: full pipeline vs Jackson parse alone",
                ms.get("ValidationBench.fullPipeline"), ms.get("ValidationBench.jacksonParse"), "(context)", Double.NaN, true);
        throughput("scoring: aggregate " + scale(1_000_000) + " CSV rows vs tokenize (throughput ratio)",
                ms.get("ScoringBench.aggregate"), ms.get("ScoringBench.tokenize"), "(context)", Double.NaN);
        throughput("scoring: aggregate " + scale(1_000_000) + " CSV rows on every core ("
                + Runtime.getRuntime().availableProcessors() + ") vs tokenize on one (throughput ratio)",
                ms.get("ScoringBench.aggregateAllCores"), ms.get("ScoringBench.tokenize"), "≥ 0.7×", 0.7);
        throughput("scoring: aggregate on one thread (SurveyAggregation) vs tokenize (throughput ratio)",
                ms.get("ScoringBench.aggregateOneThread"), ms.get("ScoringBench.tokenize"), "(context)", Double.NaN);
        rows.add(new Row("scoring: bootstrap 1000 × (50 positions, 5000 respondents)",
                fmt(ms.get("ScoringBench.bootstrap")) + " ms", "-", Double.NaN, "(context)", true));
        ratio("diff, two " + scale(100_000) + "-position editions: diff vs parse both",
                ms.get("DiffBench.diff"), ms.get("DiffBench.parseBoth"), "≤ 0.3×", 0.3, true);
        ratio("diff, the same editions each read from JSON (no shared instances) vs parse both",
                ms.get("DiffBench.diffRead"), ms.get("DiffBench.parseBoth"), "≤ 0.3×", 0.3, true);
        rows.add(new Row("publish: HTML handbook of " + scale(10_000) + " positions (all pages and charts, written whole)",
                fmt(ms.get("PublishBench.html")) + " ms", fmt(ms.get("PublishBench.json")) + " ms (JSON of the catalog)",
                ms.get("PublishBench.html") / ms.get("PublishBench.json"), "≤ 5,000 ms", ms.get("PublishBench.html") <= 5_000));
        rows.add(new Row("publish: PDF handbook of " + scale(300) + " positions, warm (laid out, fonts subset, written whole)",
                fmt(ms.get("PdfBench.pdf")) + " ms", fmt(ms.get("PdfBench.html")) + " ms (its HTML handbook)",
                ms.get("PdfBench.pdf") / ms.get("PdfBench.html"), "≤ 15,000 ms", ms.get("PdfBench.pdf") <= 15_000));
        memory();
        startup();
        pdfProcess();
        rows.addAll(NormalizeBench.rows(root, quick));
        print();
    }

    private Map<String, Double> jmh() throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ValidationBench.class.getSimpleName())
                .include(DiffBench.class.getSimpleName())
                .include(ScoringBench.class.getSimpleName())
                .include(PublishBench.class.getSimpleName())
                .include(PdfBench.class.getSimpleName())
                .param("positions", String.valueOf(scale(10_000)))
                .param("rows", String.valueOf(scale(1_000_000)))
                .param("printed", String.valueOf(scale(300)))
                .forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .timeUnit(TimeUnit.MILLISECONDS)
                .jvmArgsAppend("-Xmx3g");
        // DiffBench has its own size: run it with its parameter.
        Collection<RunResult> results = new ArrayList<>(new Runner(options
                .exclude(DiffBench.class.getSimpleName()).build()).run());
        results.addAll(new Runner(new OptionsBuilder()
                .include(DiffBench.class.getSimpleName())
                .param("positions", String.valueOf(scale(100_000)))
                .forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .timeUnit(TimeUnit.MILLISECONDS).jvmArgsAppend("-Xmx3g").build()).run());
        Map<String, Double> out = new LinkedHashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            label = label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1);
            out.put(label, r.getPrimaryResult().getScore());
        }
        return out;
    }

    /** A throughput ratio from two times: baseline time / figure time, so higher is better. */
    private void throughput(String measure, Double figure, Double baseline, String target, double bound) {
        if (figure == null || baseline == null) {
            rows.add(new Row(measure, "n/a", "n/a", Double.NaN, target, false));
            return;
        }
        double ratio = baseline / figure;
        rows.add(new Row(measure, fmt(figure) + " ms", fmt(baseline) + " ms", ratio, target,
                Double.isNaN(bound) || ratio >= bound));
    }

    /** figure / baseline for times (lower is better) or baseline / figure for throughputs. */
    private void ratio(String measure, Double figure, Double baseline, String target, double bound, boolean atMost) {
        if (figure == null || baseline == null) {
            rows.add(new Row(measure, "n/a", "n/a", Double.NaN, target, false));
            return;
        }
        double ratio = figure / baseline;
        boolean met = Double.isNaN(bound) || (atMost ? ratio <= bound : ratio >= bound);
        rows.add(new Row(measure, fmt(figure) + " ms", fmt(baseline) + " ms", ratio, target, met));
    }

    private void memory() throws IOException, InterruptedException {
        int positions = scale(100_000);
        Path big = work.resolve("catalog-" + positions + ".json");
        if (!Files.exists(big)) {
            Files.write(big, CatalogJson.writeBytes(CatalogGenerator.catalog(positions, 5)));
        }
        String out = probe("-Xmx256m", "validate", big);
        long size = Files.size(big) >> 20;
        rows.add(new Row("memory: validate " + positions + " positions (" + size + " MiB) with -Xmx256m",
                out, "256 MiB heap", Double.NaN, "completes", out.startsWith("ok")));
        long surveyRows = quick ? 1_000_000 : 10_000_000;
        Path csv = work.resolve("survey-" + surveyRows + ".csv");
        if (!Files.exists(csv)) {
            SurveyGenerator.write(csv, surveyRows, 60, 2_000, 3);
        }
        String agg = probe("-Xmx128m", "aggregate", csv);
        rows.add(new Row("memory: aggregate " + surveyRows + " survey rows with -Xmx128m",
                agg, "128 MiB heap", Double.NaN, "completes", agg.startsWith("ok")));
        String all = probe("-Xmx128m", "aggregate-all-cores", csv);
        rows.add(new Row("memory: aggregate " + surveyRows + " survey rows on every core with -Xmx128m",
                all, "128 MiB heap", Double.NaN, "completes", all.startsWith("ok")));
        long postingRows = scale(1_000_000);
        Path postings = work.resolve("postings-" + postingRows + ".csv");
        if (!Files.exists(postings)) {
            PostingsBenchGenerator.write(postings, postingRows, 1);
        }
        Path ic = root.resolve("examples/data/catalogs/sh-ic-2024.json");
        String oneThread = probe("-Xmx128m", "postings-one-thread", postings, ic);
        rows.add(new Row("memory: " + postingRows + " postings to indicators (catalog positions), one thread, with -Xmx128m",
                oneThread, "128 MiB heap", Double.NaN, "completes", oneThread.startsWith("ok")));
        String coded = probe("-Xmx128m", "postings", postings, ic);
        rows.add(new Row("memory: " + postingRows + " postings to indicators (catalog positions), every core, with -Xmx128m",
                coded, "128 MiB heap", Double.NaN, "completes", coded.startsWith("ok")));
        String tokenized = probe("-Xmx128m", "tokenize", postings);
        rows.add(new Row("postings: tokenizing the same file (throughput baseline)", tokenized, "—", Double.NaN,
                "(context)", true));
    }

    private String probe(String xmx, String job, Path... files) throws IOException, InterruptedException {
        String jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        List<String> command = new ArrayList<>(List.of("java", xmx, "-cp", jar, MemoryProbe.class.getName(), job));
        for (Path f : files) {
            command.add(f.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        String last = text.lines().reduce((a, b) -> b).orElse("no output");
        if (last.startsWith("ok ")) {
            String[] parts = last.split(" ", 3);
            return "ok, peak " + parts[1] + " MiB (" + parts[2] + ")";
        }
        return last.length() > 60 ? last.substring(0, 60) : last;
    }

    private void startup() throws IOException, InterruptedException {
        Path file = work.resolve("catalog-300.json");
        Files.write(file, CatalogJson.writeBytes(CatalogGenerator.catalog(300, 9)));
        Path schema = work.resolve("catalog-1.0.schema.json");
        Files.writeString(schema, CatalogSchema.text(), StandardCharsets.UTF_8);
        Path ajv = root.resolve("bench/.tools/node_modules/.bin/ajv");
        double ours = bestWallMillis(List.of(root.resolve("catalog").toString(), "validate", file.toString()));
        if (!Files.isExecutable(ajv)) {
            rows.add(new Row("start-up: ./catalog validate, 300 positions, whole process", fmt(ours) + " ms",
                    "ajv not installed", Double.NaN, "≤ 2.0×", false));
            return;
        }
        double theirs = bestWallMillis(List.of(ajv.toString(), "validate", "--spec=draft7", "-c", "ajv-formats",
                "--all-errors", "-s", schema.toString(), "-d", file.toString()));
        double ratio = ours / theirs;
        rows.add(new Row("start-up: ./catalog validate vs ajv-cli, 300 positions, whole process",
                fmt(ours) + " ms", fmt(theirs) + " ms (ajv)", ratio, "≤ 2.0×", ratio <= 2.0));
    }

    /** {@code ./catalog publish --format pdf} of 300 positions as a whole process: start-up, reading, layout, fonts. */
    private void pdfProcess() throws IOException, InterruptedException {
        Path file = work.resolve("catalog-300.json");
        Path out = work.resolve("print-300");
        double ms = bestWallMillis(List.of(root.resolve("catalog").toString(), "publish", file.toString(),
                "--out", out.toString(), "--format", "pdf"));
        rows.add(new Row("publish: ./catalog publish --format pdf, 300 positions, whole process", fmt(ms) + " ms",
                "-", Double.NaN, "≤ 15,000 ms", ms <= 15_000));
    }

    private static double bestWallMillis(List<String> command) throws IOException, InterruptedException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            double ms = (System.nanoTime() - start) / 1e6;
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + code);
            }
            if (i > 0) { // the first run builds or warms caches
                best = Math.min(best, ms);
            }
        }
        return best;
    }

    private void print() throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-78s | %-40s | %-22s | %7s | %-9s | %s%n",
                "measure", "figure", "baseline", "ratio", "target", "met"));
        sb.append("-".repeat(175)).append('\n');
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-78s | %-40s | %-22s | %7s | %-9s | %s%n", r.measure(), r.figure(),
                    r.baseline(), Double.isNaN(r.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f×", r.ratio()),
                    r.target(), r.met() ? "yes" : "NO"));
        }
        System.out.print(sb);
        Files.writeString(work.resolve("table.txt"), sb.toString(), StandardCharsets.UTF_8);
    }

    private static String fmt(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.1f", v);
    }
}
