package org.talentcatalog.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.render.RenderContext;

/** A machine format ends its text with exactly one line break and writes in the context's locale. */
class MachineFormatTest {

    private static final MachineFormat<String> ECHO = new MachineFormat<>("echo", String.class, "text/plain",
            (value, locale) -> value + "@" + locale);

    @Test
    void aLineBreakIsAddedOnlyWhenTheTextHasNone() {
        assertEquals("a@zh\n", ECHO.render("a", RenderContext.defaults()));
        assertEquals("a\n@en\n", ECHO.render("a\n", RenderContext.of(Locale.ENGLISH)));
        MachineFormat<String> ended = new MachineFormat<>("ended", String.class, "text/plain", (value, locale) -> value + "\n");
        assertEquals("b\n", ended.render("b", RenderContext.defaults()));
        assertEquals("\n", ended.render("", RenderContext.defaults()));
    }

    @Test
    void itNamesItsTypeAndName() {
        assertEquals("MachineFormat[String echo]", ECHO.toString());
        assertEquals("echo", ECHO.name());
        assertEquals(String.class, ECHO.type());
        assertEquals("text/plain", ECHO.mediaType());
    }
}
