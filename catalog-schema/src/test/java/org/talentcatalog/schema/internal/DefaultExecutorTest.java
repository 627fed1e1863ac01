package org.talentcatalog.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shared pool of validators given no executor, as its documentation promises: daemon threads
 * named {@code catalog-validator-N} with this library's class loader, at least four, one per
 * processor beyond that, ended after 30 idle seconds.
 */
class DefaultExecutorTest {

    @Test
    void itsThreadsAreNamedDaemonsWithTheLibrarysLoader() throws Exception {
        Thread worker = CompletableFuture.supplyAsync(Thread::currentThread, DefaultExecutor.get()).get(1, TimeUnit.MINUTES);
        assertTrue(worker.getName().matches("catalog-validator-[1-9][0-9]*"), worker.getName());
        assertTrue(worker.isDaemon(), "never keeps a JVM from exiting");
        assertSame(DefaultExecutor.class.getClassLoader(), worker.getContextClassLoader());
    }

    @Test
    void itHasAtLeastFourThreadsAndLetsIdleOnesGo() {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) DefaultExecutor.get();
        int expected = Math.max(4, Runtime.getRuntime().availableProcessors());
        assertEquals(expected, pool.getCorePoolSize());
        assertEquals(expected, pool.getMaximumPoolSize());
        assertTrue(pool.allowsCoreThreadTimeOut(), "idle threads end, core ones too");
        assertEquals(30, pool.getKeepAliveTime(TimeUnit.SECONDS));
        assertSame(pool, DefaultExecutor.get(), "one pool for every validator");
    }
}
