package org.talentcatalog.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A task's result or its own exception, whether it ran here or on another thread, and interrupts kept. */
class FuturesTest {

    /** A future whose first {@code get} is interrupted, as a wait on a busy pool can be. */
    private static final class InterruptedOnce implements Future<String> {
        int calls;

        @Override
        public String get() throws InterruptedException {
            if (calls++ == 0) {
                throw new InterruptedException();
            }
            return "done";
        }

        @Override
        public String get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean isDone() {
            return calls > 0;
        }
    }

    @Test
    void anInterruptWhileWaitingIsRememberedAndTheResultStillComes() {
        InterruptedOnce f = new InterruptedOnce();
        try {
            assertEquals("done", Futures.await(f));
            assertEquals(2, f.calls);
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is restored");
        } finally {
            Thread.interrupted();
        }
        assertEquals("x", Futures.await(CompletableFuture.completedFuture("x")));
        assertFalse(Thread.currentThread().isInterrupted(), "no interrupt made up");
    }

    @Test
    void theTasksOwnExceptionIsRethrownAsItWas() {
        IllegalArgumentException bad = new IllegalArgumentException("bad position");
        assertSame(bad, assertThrows(IllegalArgumentException.class,
                () -> Futures.await(CompletableFuture.failedFuture(bad))));
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> Futures.call(() -> {
            throw bad;
        })));
        StackOverflowError deep = new StackOverflowError();
        assertSame(deep, assertThrows(StackOverflowError.class,
                () -> Futures.await(CompletableFuture.failedFuture(deep))));
    }

    @Test
    void aCheckedExceptionIsWrappedWithItAsTheCause() {
        IOException io = new IOException("gone");
        assertSame(io, assertThrows(IllegalStateException.class, () -> Futures.call(() -> {
            throw io;
        })).getCause());
        assertSame(io, assertThrows(IllegalStateException.class,
                () -> Futures.await(CompletableFuture.failedFuture(io))).getCause());
        ExecutionException wrapped = new ExecutionException(io);
        assertSame(wrapped, assertThrows(IllegalStateException.class,
                () -> Futures.call(() -> {
                    throw wrapped;
                })).getCause(), "only a wait unwraps an ExecutionException");
    }
}
