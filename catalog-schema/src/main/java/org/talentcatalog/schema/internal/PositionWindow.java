package org.talentcatalog.schema.internal;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Checks positions side by side on a few worker threads while the caller keeps reading, and hands
 * the results back in document order. At most {@link #WINDOW} positions are in flight, so memory
 * stays bounded. With one worker everything runs on the caller's thread. The pool is started on the
 * first position and stopped by {@link #close()}. Not thread-safe: one per run.
 */
final class PositionWindow implements AutoCloseable {

    /** The most positions read but not yet handed back. */
    static final int WINDOW = 128;

    private final int workers;
    private final ArrayDeque<Future<StreamPipeline.Checked>> inFlight = new ArrayDeque<>();
    private ExecutorService pool;
    private int submitted;

    /** Positions checked on the caller's thread before a pool is worth starting. */
    static final int INLINE = 16;

    PositionWindow(int workers) {
        this.workers = workers;
    }

    /** Checks one position; results that are done, in order, go to {@code done}. */
    void submit(Callable<StreamPipeline.Checked> task, Consumer<StreamPipeline.Checked> done) {
        if (workers <= 1 || submitted++ < INLINE) {
            done.accept(call(task)); // nothing is in flight yet, so order is kept
            return;
        }
        if (pool == null) {
            pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "catalog-validator");
                t.setDaemon(true);
                return t;
            });
        }
        inFlight.add(pool.submit(task));
        while (!inFlight.isEmpty() && (inFlight.size() >= WINDOW || inFlight.peek().isDone())) {
            done.accept(get(inFlight.poll()));
        }
    }

    /** Waits for every position in flight and hands them back in order. */
    void drain(Consumer<StreamPipeline.Checked> done) {
        while (!inFlight.isEmpty()) {
            done.accept(get(inFlight.poll()));
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static StreamPipeline.Checked call(Callable<StreamPipeline.Checked> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static StreamPipeline.Checked get(Future<StreamPipeline.Checked> f) {
        return Futures.await(f);
    }
}
