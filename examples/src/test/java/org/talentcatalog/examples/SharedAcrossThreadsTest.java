package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ShortageScorer;
import org.talentcatalog.tabular.CatalogDocument;
import org.talentcatalog.tabular.CatalogTables;

/**
 * One validator, one table reader and one scorer, each shared by eight threads over a few hundred
 * mixed inputs (valid, damaged, refused), give exactly what one thread gives, input by input.
 */
class SharedAcrossThreadsTest {

    private static final Path DATA = Path.of("data");
    private static final int THREADS = 8;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void oneValidatorFromEightThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        Random random = new Random(11);
        for (Path p : catalogs()) {
            String json = Files.readString(p);
            texts.add(json);
            for (int i = 0; i < 40; i++) {
                texts.add(damaged(json, random));
            }
        }
        texts.add(Files.readString(DATA.resolve("invalid/vendor-export-faults.json")));
        CatalogValidator validator = CatalogValidator.standard();
        sameFromEightThreads(texts, t -> validator.validateText(t).toJson(Locale.ENGLISH));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void oneTableReaderFromEightThreads(@TempDir Path dir) throws Exception {
        CatalogTables tables = CatalogTables.standard();
        List<Path> files = new ArrayList<>();
        Random random = new Random(12);
        int n = 0;
        for (Path p : catalogs()) {
            Catalog catalog = CatalogJson.read(p);
            for (String ext : List.of("csv", "xlsx")) {
                Path file = dir.resolve("c" + n++ + "." + ext);
                tables.write(catalog, file);
                files.add(file);
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i < 15; i++) {
                    Path cut = dir.resolve("c" + n++ + "." + ext);
                    Files.write(cut, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)));
                    files.add(cut);
                    if (ext.equals("csv")) {
                        Path edited = dir.resolve("c" + n++ + ".csv");
                        Files.writeString(edited, damaged(new String(bytes, StandardCharsets.UTF_8), random));
                        files.add(edited);
                    }
                }
            }
        }
        files.add(DATA.resolve("invalid/vendor-spreadsheet-faults.xlsx"));
        sameFromEightThreads(files, f -> {
            CatalogDocument doc = tables.read(f);
            return doc.problems() + "\n" + doc.tree();
        });
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void oneScorerFromEightThreads(@TempDir Path dir) throws Exception {
        ShortageScorer scorer = ShortageScorer.of(ScoringConfig.read(DATA.resolve("scoring/ic-scoring-config.json")));
        List<String> lines = Files.readAllLines(DATA.resolve("scoring/ic-survey-samples.csv"));
        Random random = new Random(13);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
            Collections.shuffle(rows, random);
            List<String> kept = new ArrayList<>(List.of(lines.get(0)));
            kept.addAll(rows.subList(0, random.nextInt(rows.size() + 1)));
            if (i % 10 == 9) {
                kept.add("a,broken,row");
            }
            Path f = dir.resolve("s" + i + ".csv");
            Files.write(f, kept);
            files.add(f);
        }
        sameFromEightThreads(files, f -> scorer.score(f).toJson(Locale.ROOT));
    }

    private static List<Path> catalogs() throws IOException {
        try (var s = Files.list(DATA.resolve("catalogs"))) {
            return s.sorted().toList();
        }
    }

    /** The text with a few random spans deleted or repeated: mostly still JSON (or CSV), often wrong. */
    private static String damaged(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            int at = random.nextInt(sb.length());
            int len = Math.min(1 + random.nextInt(12), sb.length() - at);
            if (random.nextBoolean()) {
                sb.delete(at, at + len);
            } else {
                sb.insert(at, sb.substring(at, at + len));
            }
        }
        return sb.toString();
    }

    /** Each input's outcome (result or refusal) from one thread, then from eight at once, in another order. */
    private static <T> void sameFromEightThreads(List<T> inputs, Function<T, String> task) throws Exception {
        List<String> expected = new ArrayList<>();
        for (T in : inputs) {
            expected.add(outcome(task, in));
        }
        assertTrue(expected.stream().distinct().count() > inputs.size() / 4, "the inputs differ in outcome");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i : order) {
                Callable<String> c = () -> {
                    start.await();
                    return outcome(task, inputs.get(i));
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            for (int k = 0; k < order.size(); k++) {
                int i = order.get(k);
                assertEquals(expected.get(i), futures.get(k).get(), "input " + i + ": " + inputs.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> String outcome(Function<T, String> task, T input) {
        try {
            return task.apply(input);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
