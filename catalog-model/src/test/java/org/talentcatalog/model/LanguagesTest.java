package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final String PROBE = "org.talentcatalog.model.probe";

    /** A key of the test bundle {@code probe*.properties} (Chinese, English and a pseudo-locale xx). */
    private enum Probe implements MessageKey {
        GREETING;

        @Override
        public String key() {
            return "greeting";
        }

        @Override
        public ResourceBundle bundle(Locale locale) {
            return Languages.bundle(locale, l -> ResourceBundle.getBundle(PROBE, l, Probe.class.getModule()));
        }
    }

    private Locale saved;

    @BeforeEach
    void englishDefault() {
        // The JVM's default locale must never decide the language.
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsForEnglishLocales() {
        assertTrue(Languages.isEnglish(Locale.ENGLISH));
        assertTrue(Languages.isEnglish(Locale.UK));
        for (Locale other : new Locale[] {null, Locale.CHINESE, Locale.SIMPLIFIED_CHINESE, Locale.ROOT, Locale.FRENCH}) {
            assertFalse(Languages.isEnglish(other), String.valueOf(other));
        }
    }

    @Test
    void aMessageComesOutInTheLanguageOfItsBundle() {
        assertEquals("你好，张三", Probe.GREETING.format(null, "张三"));
        assertEquals("你好，张三", Probe.GREETING.format(Locale.SIMPLIFIED_CHINESE, "张三"));
        assertEquals("hello, Ann's", Probe.GREETING.format(Locale.UK, "Ann"));
        assertEquals("你好，张三", Probe.GREETING.format(Locale.FRENCH, "张三"), "no French bundle");
    }

    @Test
    void aThirdLanguageIsOneFile() {
        assertEquals("[xx] a", Probe.GREETING.format(new Locale("xx"), "a"));
        assertEquals("[xx] a", Probe.GREETING.format(new Locale("xx", "YY"), "a"));
    }

    @Test
    void aTextFromAKeyHasChineseAndEnglish() {
        assertEquals(LocalizedText.of("你好，12345", "hello, 12345's"), Probe.GREETING.text(12345));
    }

    @Test
    void theBundleCheckFindsMissingKeysAndArgumentMismatches() {
        assertEquals(List.of(),
                MessageBundles.problems(PROBE, LanguagesTest.class::getResourceAsStream, List.of(Probe.GREETING)));
        MessageKey missing = () -> "FAREWELL";
        assertEquals(List.of("zh: missing key farewell", "en: missing key farewell"),
                MessageBundles.problems(PROBE, LanguagesTest.class::getResourceAsStream, List.of(missing)));
        assertEquals(1, MessageBundles.problems("org.talentcatalog.model.absent",
                LanguagesTest.class::getResourceAsStream, List.of()).size());
        assertEquals(2, MessageBundles.arguments("{1} and {0}"));
        assertEquals(0, MessageBundles.arguments("no '{0}' here"));
    }

    @Test
    void aTextOrALabelledArgumentComesOutInTheLanguageOfTheMessage() {
        LocalizedText name = LocalizedText.of("张三", "Zhang San");
        assertEquals("你好，张三", Probe.GREETING.format(null, name));
        assertEquals("hello, Zhang San's", Probe.GREETING.format(Locale.UK, name));
        assertEquals("[xx] 张三", Probe.GREETING.format(new Locale("xx"), name), "a third language gets the Chinese text");
        assertEquals("你好，编制中", Probe.GREETING.format(Locale.CHINA, Status.DRAFT));
        assertEquals("hello, draft's", Probe.GREETING.format(Locale.ENGLISH, Status.DRAFT));
    }
}
