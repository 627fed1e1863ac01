package org.talentcatalog.schema.internal;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts Hibernate Validator without its version line on standard error.
 *
 * <p>Hibernate Validator logs {@code HV000001: Hibernate Validator x.y} at INFO once per class
 * loader, when its configuration class is first initialised, under the logger
 * {@value #VERSION_LOGGER}. It logs through jboss-logging, which uses {@code java.util.logging}
 * unless the application brings another back end (Log4j 2, SLF4J, JBoss LogManager), and the JDK's
 * default {@code java.util.logging} configuration prints INFO to standard error: a library that
 * validates a document would print a line its user never asked for.
 *
 * <p>So while a factory is built, this one logger is set to WARNING (the message is never
 * created), and then set back to inheriting its level. An application that chose a level for the
 * logger or for one of its parents ({@code org.hibernate.validator}, {@code org.hibernate},
 * {@code org}), in code or in {@code logging.properties}, is left alone and sees what it asked
 * for; applications with another logging back end decide with their own configuration. Only the
 * version line is affected: Hibernate Validator logs nothing else at INFO.
 */
final class QuietStart {

    /** The logger of Hibernate Validator's version line. */
    static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

    private QuietStart() {
    }

    /**
     * Runs {@code bootstrap} (which builds a validator factory) with the version line held back.
     * Thread-safe: the line is logged during the first bootstrap in the class loader, which
     * completes before any bootstrap returns, so restoring the level never lets it through.
     */
    static <T> T quietly(Supplier<T> bootstrap) {
        Logger logger = Logger.getLogger(VERSION_LOGGER); // held here, so the level sticks while we build
        if (chosenByApplication(logger)) {
            return bootstrap.get();
        }
        logger.setLevel(Level.WARNING);
        try {
            return bootstrap.get();
        } finally {
            logger.setLevel(null);
        }
    }

    /**
     * Whether the logger or a named parent has a level of its own. The root logger does not count:
     * the JDK's default configuration sets it to INFO for everything.
     */
    private static boolean chosenByApplication(Logger logger) {
        for (Logger l = logger; l != null && l.getParent() != null; l = l.getParent()) {
            if (l.getLevel() != null) {
                return true;
            }
        }
        return false;
    }
}
