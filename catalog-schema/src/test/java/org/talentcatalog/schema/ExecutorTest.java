package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.schema.internal.DefaultExecutor;

/**
 * Where the work runs: positions on the executor the builder was given (or a shared pool), never on
 * a thread the validator starts itself, and always to the end — on the caller's thread alone, on an
 * executor that rejects work, or from inside the executor's only thread.
 */
class ExecutorTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);
    /** 300 positions, some with faults of the schema and of rules across positions. */
    private static final String DOC = document();

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    private static String document() {
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            positions.add(Fixtures.position("P-" + i, "岗位" + (i % 250), ShortageLevel.SCARCE, 0.6));
        }
        ObjectNode doc = (ObjectNode) CatalogJson.toTree(Fixtures.catalog().withPositions(positions));
        ArrayNode array = (ArrayNode) doc.get("positions");
        for (int i = 20; i < 290; i += 29) {
            ((ObjectNode) array.get(i)).put("category", "RESEARCH");
            ((ObjectNode) array.get(i + 1)).put("id", "P-" + (i - 3));
        }
        return doc.toPrettyString();
    }

    private static String sequential() {
        return CatalogValidator.builder().parallelism(1).build().validateText(DOC).toJson(Locale.ENGLISH);
    }

    @Test
    void positionsAreCheckedOnTheGivenExecutorWithTheSameReport() {
        AtomicInteger tasks = new AtomicInteger();
        Set<Thread> ran = ConcurrentHashMap.newKeySet();
        CatalogValidator v = CatalogValidator.builder().parallelism(3).executor(r -> {
            tasks.incrementAndGet();
            POOL.execute(() -> {
                ran.add(Thread.currentThread());
                r.run();
            });
        }).build();
        tasks.set(0);
        ValidationReport report = v.validateText(DOC);
        assertTrue(report.issues("R2").size() >= 9, report::toString);
        assertEquals(sequential(), report.toJson(Locale.ENGLISH));
        assertTrue(tasks.get() >= 1, "the executor was used");
        assertTrue(!ran.isEmpty() && ran.stream().noneMatch(t -> t == Thread.currentThread()));
    }

    @Test
    void theCallersThreadAloneOrAnExecutorThatRejectsGiveTheSameReport() {
        Set<Thread> ran = ConcurrentHashMap.newKeySet();
        CatalogValidator direct = CatalogValidator.builder().parallelism(4).executor(r -> {
            ran.add(Thread.currentThread());
            r.run();
        }).build();
        assertEquals(sequential(), direct.validateText(DOC).toJson(Locale.ENGLISH));
        assertEquals(Set.of(Thread.currentThread()), ran);

        CatalogValidator rejecting = CatalogValidator.builder().parallelism(4).executor(r -> {
            throw new RejectedExecutionException("shut down");
        }).build();
        assertEquals(sequential(), rejecting.validateText(DOC).toJson(Locale.ENGLISH));
    }

    @Test
    void validatingFromInsideTheExecutorsOnlyThreadFinishes() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        try {
            CatalogValidator v = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> single.submit(() -> CatalogValidator.builder().parallelism(4).executor(single).build()).get());
            String json = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> single.submit(() -> v.validateText(DOC).toJson(Locale.ENGLISH)).get());
            assertEquals(sequential(), json);
        } finally {
            single.shutdownNow();
        }
    }

    @Test
    void buildingAValidatorOrValidatingStartsNoThreadOfItsOwn() {
        ((ThreadPoolExecutor) POOL).prestartAllCoreThreads();
        long before = THREADS.getTotalStartedThreadCount();
        CatalogValidator v = CatalogValidator.builder().parallelism(4).executor(POOL).build();
        v.validateText(DOC);
        v.validateText(DOC);
        assertEquals(before, THREADS.getTotalStartedThreadCount(), "only the pool's threads, started before");
    }

    @Test
    void theDefaultExecutorIsSharedAcrossRunsAndValidators() {
        CatalogValidator first = CatalogValidator.builder().parallelism(2).build();
        first.validateText(DOC);
        // The pool starts a thread per task until it has its size; then it only reuses them.
        ((ThreadPoolExecutor) DefaultExecutor.get()).prestartAllCoreThreads();
        long before = THREADS.getTotalStartedThreadCount();
        first.validateText(DOC);
        CatalogValidator.builder().parallelism(2).build().validateText(DOC);
        assertEquals(before, THREADS.getTotalStartedThreadCount(), "no new pool per run or per validator");
    }

    @Test
    void settingsOutOfRangeAreRefusedWithTheirNameAndTheLastValueSetWins() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CatalogValidator.builder().parallelism(0));
        assertEquals("parallelism 须至少为 1 parallelism must be at least 1: 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CatalogValidator.builder().maxIssues(-5));
        assertEquals("maxIssues 须至少为 1 maxIssues must be at least 1: -5", e.getMessage());
        assertEquals("executor", assertThrows(NullPointerException.class, () -> CatalogValidator.builder().executor(null)).getMessage());
        assertEquals("rules", assertThrows(NullPointerException.class, () -> CatalogValidator.builder().rules(null)).getMessage());

        ValidationReport capped = CatalogValidator.builder().maxIssues(1).maxIssues(3).build().validateText(DOC);
        assertEquals(3, capped.issues().size());
        assertTrue(capped.omitted() > 0);
    }
}
