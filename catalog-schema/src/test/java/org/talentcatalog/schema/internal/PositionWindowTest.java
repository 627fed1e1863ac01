package org.talentcatalog.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The window of positions checked side by side, on executors that never run, reject or run at once:
 * results come back in order, no more than {@link PositionWindow#WINDOW} are held, no more than the
 * workers are handed to the executor, and a run always finishes on the caller's thread if need be.
 */
class PositionWindowTest {

    /** Keeps what it is given and runs nothing until asked: a saturated pool. */
    private static final class Parked implements Executor {
        final List<Runnable> parked = new ArrayList<>();

        @Override
        public void execute(Runnable r) {
            parked.add(r);
        }
    }

    private static List<Integer> upTo(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void theFirstPositionsAndEveryPositionOfOneWorkerRunOnTheCallersThreadAtOnce() {
        Parked none = new Parked();
        List<Integer> done = new ArrayList<>();
        try (PositionWindow<Integer> w = new PositionWindow<>(none, 4)) {
            for (int i = 0; i < PositionWindow.INLINE; i++) {
                int k = i;
                w.submit(() -> k, done::add);
            }
            assertEquals(upTo(PositionWindow.INLINE), done, "handed back as they are submitted");
            w.submit(() -> 99, done::add);
            assertEquals(PositionWindow.INLINE, done.size(), "the next one waits for the executor");
            assertEquals(1, none.parked.size());
        }
        Parked unused = new Parked();
        List<Integer> one = new ArrayList<>();
        try (PositionWindow<Integer> w = new PositionWindow<>(unused, 1)) {
            for (int i = 0; i < 40; i++) {
                int k = i;
                w.submit(() -> k, one::add);
            }
        }
        assertEquals(upTo(40), one);
        assertEquals(List.of(), unused.parked, "one worker: the executor is never used");
    }

    @Test
    void aSaturatedExecutorGetsNoMoreThanTheWorkersAndTheCallerHoldsNoMoreThanTheWindow() {
        Parked saturated = new Parked();
        List<Integer> done = new ArrayList<>();
        AtomicInteger submitted = new AtomicInteger();
        int n = PositionWindow.INLINE + 3 * PositionWindow.WINDOW;
        try (PositionWindow<Integer> w = new PositionWindow<>(saturated, 3)) {
            for (int i = 0; i < n; i++) {
                int k = i;
                w.submit(() -> k, done::add);
                submitted.incrementAndGet();
                assertTrue(submitted.get() - done.size() < PositionWindow.WINDOW,
                        () -> submitted.get() - done.size() + " held at " + k);
            }
            assertEquals(submitted.get() - PositionWindow.WINDOW + 1, done.size(), "the window is full, not less");
            w.drain(done::add);
        }
        assertEquals(upTo(n), done);
        assertEquals(3, saturated.parked.size(), "one drainer per worker, however many positions");
    }

    @Test
    void drainersRunLaterTakeWhatIsStillQueuedInOrder() {
        Parked later = new Parked();
        List<Integer> done = new ArrayList<>();
        List<Integer> ran = new ArrayList<>();
        try (PositionWindow<Integer> w = new PositionWindow<>(later, 2)) {
            for (int i = 0; i < PositionWindow.INLINE + 10; i++) {
                int k = i;
                w.submit(() -> {
                    ran.add(k);
                    return k;
                }, done::add);
            }
            assertEquals(2, later.parked.size());
            later.parked.get(0).run(); // one drainer checks every queued position
            later.parked.get(1).run(); // the other finds none left
            assertEquals(upTo(PositionWindow.INLINE + 10), ran);
            w.submit(() -> -1, done::add);
            w.drain(done::add);
        }
        List<Integer> expected = new ArrayList<>(upTo(PositionWindow.INLINE + 10));
        expected.add(-1);
        assertEquals(expected, done);
        assertEquals(3, later.parked.size(), "a new drainer once the others have stopped");
    }

    @Test
    void closingCancelsWhatNoThreadStartedAndAnExecutorThatRejectsLeavesTheWorkToTheCaller() {
        Parked parked = new Parked();
        List<Integer> ran = new ArrayList<>();
        try (PositionWindow<Integer> w = new PositionWindow<>(parked, 2)) {
            for (int i = 0; i < PositionWindow.INLINE + 5; i++) {
                int k = i;
                w.submit(() -> {
                    ran.add(k);
                    return k;
                }, x -> { });
            }
        }
        parked.parked.forEach(Runnable::run);
        assertEquals(upTo(PositionWindow.INLINE), ran, "the queued five were cancelled");

        Executor rejecting = r -> {
            throw new RejectedExecutionException("shut down");
        };
        List<Integer> done = new ArrayList<>();
        try (PositionWindow<Integer> w = new PositionWindow<>(rejecting, 4)) {
            for (int i = 0; i < 50; i++) {
                int k = i;
                w.submit(() -> k, done::add);
            }
            assertEquals(upTo(50), done, "each checked on the caller's thread as soon as it is submitted");
        }
    }
}
