package org.talentcatalog.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator's version line is held back while a factory is built, in this JVM (the tests of
 * standard error run a separate one), unless the application chose a level for its logger or a parent.
 */
class QuietStartTest {

    private static final Logger VERSION = Logger.getLogger(QuietStart.VERSION_LOGGER);

    @Test
    void theVersionLoggerIsAtWarningWhileBuildingAndInheritsAgainAfter() {
        assertNull(VERSION.getLevel());
        assertEquals(Level.WARNING, QuietStart.quietly(VERSION::getLevel));
        assertNull(VERSION.getLevel(), "set back to inherit its level");
    }

    @Test
    void theLevelIsSetBackWhenTheBootstrapFails() {
        assertThrows(IllegalStateException.class, () -> QuietStart.quietly(() -> {
            throw new IllegalStateException("no provider");
        }));
        assertNull(VERSION.getLevel());
    }

    @Test
    void aLevelTheApplicationChoseForTheLoggerOrAParentIsLeftAlone() {
        Logger hibernate = Logger.getLogger("org.hibernate");
        hibernate.setLevel(Level.INFO);
        try {
            assertNull(QuietStart.quietly(VERSION::getLevel), "inherits INFO from org.hibernate as asked");
        } finally {
            hibernate.setLevel(null);
        }
        VERSION.setLevel(Level.FINE);
        try {
            assertEquals(Level.FINE, QuietStart.quietly(VERSION::getLevel));
            assertEquals(Level.FINE, VERSION.getLevel());
        } finally {
            VERSION.setLevel(null);
        }
    }
}
