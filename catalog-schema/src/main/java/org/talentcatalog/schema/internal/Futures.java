package org.talentcatalog.schema.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a result without losing an interrupt or wrapping the task's own exception. */
public final class Futures {

    private Futures() {
    }

    /**
     * The task's result. An interrupt while waiting is remembered and restored afterwards; an
     * exception of the task is rethrown as it was (checked ones wrapped in an
     * {@link IllegalStateException}).
     */
    public static <T> T await(Future<T> future) {
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
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
