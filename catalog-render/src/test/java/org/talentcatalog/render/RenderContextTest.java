package org.talentcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language and source a rendering depends on. */
class RenderContextTest {

    @Test
    void chineseUnlessTheLocaleIsEnglish() {
        assertEquals(Locale.CHINESE, RenderContext.defaults().locale());
        assertEquals("中", RenderContext.defaults().pick("中", "en"));
        assertEquals("en", RenderContext.of(Locale.UK).pick("中", "en"));
        assertTrue(RenderContext.of(Locale.ENGLISH).english());
        assertFalse(RenderContext.of(Locale.FRENCH).english());
        assertFalse(RenderContext.of(Locale.SIMPLIFIED_CHINESE).english());
        assertThrows(NullPointerException.class, () -> RenderContext.of(null));
    }

    @Test
    void theSourceIsNullUntilGivenAndPartOfEquality() {
        RenderContext en = RenderContext.of(Locale.ENGLISH);
        assertNull(en.source());
        RenderContext file = en.withSource("a.json");
        assertEquals("a.json", file.source());
        assertEquals(Locale.ENGLISH, file.locale());
        assertNotEquals(en, file);
        assertEquals(file, RenderContext.of(Locale.ENGLISH).withSource("a.json"));
        assertEquals(file.hashCode(), RenderContext.of(Locale.ENGLISH).withSource("a.json").hashCode());
    }

    @Test
    void contextsOfDifferentLanguagesOrSourcesDifferAndSaySo() {
        assertNotEquals(RenderContext.of(Locale.ENGLISH), RenderContext.of(Locale.CHINESE));
        assertNotEquals(RenderContext.of(Locale.ENGLISH).withSource("a.json"), RenderContext.of(Locale.CHINESE).withSource("a.json"));
        assertNotEquals(RenderContext.defaults().withSource("a.json"), RenderContext.defaults().withSource("b.json"));
        assertNotEquals(RenderContext.defaults(), (Object) "RenderContext[zh]");
        assertEquals(RenderContext.defaults(), RenderContext.of(Locale.CHINESE));
        assertEquals("RenderContext[zh]", RenderContext.defaults().toString());
        assertEquals("RenderContext[en, a.json]", RenderContext.of(Locale.ENGLISH).withSource("a.json").toString());
        assertThrows(NullPointerException.class, () -> RenderContext.defaults().withSource(null));
    }
}
