package org.talentcatalog.schema.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a result without losing an interrupt or wrapping the task's own exception. */
final class Futures {

    private Futures() {
    }

    /**
     * The task's result. An interrupt while waiting is remembered and restored afterwards; an
     * exception of the task is rethrown as it was (checked ones wrapped in an
     * {@link IllegalStateException}).
     */
    static <T> T await(Future<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Calls a task on this thread, its exception rethrown as {@link #await} would. */
    static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw unchecked(e);
        }
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
