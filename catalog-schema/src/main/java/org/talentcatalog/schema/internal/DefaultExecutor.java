package org.talentcatalog.schema.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of validators that were given none: one pool shared by all of them, created when it is
 * first used, of daemon threads named {@code catalog-validator-N} (so it never keeps a JVM from
 * exiting), at most one per processor and at least four, each started when work arrives and ended
 * after {@value #IDLE_SECONDS} seconds without. The common {@code ForkJoinPool} is not used: it has
 * one thread fewer than there are processors (none of its own on two), and it belongs to the
 * application's parallel streams.
 */
public final class DefaultExecutor {

    /** How long an idle thread is kept. */
    static final int IDLE_SECONDS = 30;

    private DefaultExecutor() {
    }

    /** The shared pool, created on first use. */
    public static Executor get() {
        return Holder.POOL;
    }

    private static final class Holder {

        static final ThreadPoolExecutor POOL = create();

        private static ThreadPoolExecutor create() {
            int threads = Math.max(4, Runtime.getRuntime().availableProcessors());
            AtomicInteger count = new AtomicInteger();
            ThreadFactory factory = r -> {
                Thread t = new Thread(r, "catalog-validator-" + count.incrementAndGet());
                t.setDaemon(true);
                // This library's loader, whichever thread happened to start the thread.
                t.setContextClassLoader(DefaultExecutor.class.getClassLoader());
                return t;
            };
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), factory);
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }
}
