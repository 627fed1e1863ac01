package org.talentcatalog.schema.internal;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Checks positions side by side on an executor while the caller keeps reading, and hands the results
 * back in document order, on the caller's thread. At most {@link #WINDOW} positions are read but not
 * yet handed back, so memory stays bounded, and at most {@code workers} of them are checked on the
 * executor at once, however many threads it has: the run's tasks wait in a queue of its own, which
 * that many drainers empty. When the oldest result is due and no thread has started it, the caller
 * checks it itself, so a run always progresses, even on an executor that is busy, saturated or rejects
 * work (a validation inside a task of the same pool cannot deadlock). With one worker, and for the first
 * {@link #INLINE} positions, everything runs on the caller's thread. Not thread-safe: one per run.
 *
 * @param <T> the result of checking one position
 */
final class PositionWindow<T> implements AutoCloseable {

    /** The most positions read but not yet handed back. */
    static final int WINDOW = 128;

    /** Positions checked on the caller's thread before handing work to the executor is worth it. */
    static final int INLINE = 16;

    private final Executor executor;
    private final int workers;
    /** Submitted and not yet handed back, oldest first; the caller's thread only. */
    private final ArrayDeque<FutureTask<T>> inFlight = new ArrayDeque<>();
    /** Submitted and not yet started, oldest first; guarded by itself. */
    private final ArrayDeque<FutureTask<T>> queued = new ArrayDeque<>();
    /** Drainers on the executor; guarded by {@link #queued}. */
    private int draining;
    private int submitted;

    PositionWindow(Executor executor, int workers) {
        this.executor = executor;
        this.workers = workers;
    }

    /** Checks one position; results that are done, in order, go to {@code done}. */
    void submit(Callable<T> task, Consumer<T> done) {
        if (workers <= 1 || submitted++ < INLINE) {
            drain(done); // keeps the order should the window have work in flight
            done.accept(Futures.call(task));
            return;
        }
        FutureTask<T> f = new FutureTask<>(task);
        inFlight.add(f);
        boolean start;
        synchronized (queued) {
            queued.add(f);
            start = draining < workers;
            if (start) {
                draining++;
            }
        }
        if (start) {
            try {
                executor.execute(this::work);
            } catch (RejectedExecutionException e) {
                work(); // the caller drains the queue itself
            }
        }
        while (!inFlight.isEmpty() && (inFlight.size() >= WINDOW || inFlight.peek().isDone())) {
            done.accept(next());
        }
    }

    /** Waits for every position in flight and hands them back in order. */
    void drain(Consumer<T> done) {
        while (!inFlight.isEmpty()) {
            done.accept(next());
        }
    }

    /** Forgets what was not handed back: queued checks are cancelled, running ones finish unobserved. */
    @Override
    public void close() {
        synchronized (queued) {
            queued.forEach(f -> f.cancel(false));
            queued.clear();
        }
        inFlight.clear();
    }

    /** One drainer: checks queued positions until there are none. */
    private void work() {
        while (true) {
            FutureTask<T> f;
            synchronized (queued) {
                f = queued.poll();
                if (f == null) {
                    draining--;
                    return;
                }
            }
            f.run();
        }
    }

    /**
     * The oldest result. If no thread has started it, the caller checks it itself: a run thus never
     * waits for an executor that is saturated, rejects work or is the caller's own thread; and it
     * never checks a later position instead, which would hold up reading while the workers run dry.
     */
    private T next() {
        FutureTask<T> head = inFlight.poll();
        boolean unstarted;
        synchronized (queued) {
            unstarted = queued.peek() == head && queued.poll() != null; // the oldest in flight is the oldest queued
        }
        if (unstarted) {
            head.run();
        }
        return Futures.await(head);
    }
}
