package org.talentcatalog.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.LocalizedText;

class WordsTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Every key the templates and the Java code ask for: {@code t("key"}. */
    private static Set<String> used() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern call = Pattern.compile("\\bt\\(\"([a-z0-9.]+)\"");
        List<Path> roots = List.of(Path.of("src/main/jte"), Path.of("src/main/java"));
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = call.matcher(Files.readString(f));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyUsedIsInBothLanguagesAndBothHaveTheSameKeys() throws IOException {
        Properties zh = bundle("words.properties");
        Properties en = bundle("words_en.properties");
        Set<String> used = used();
        assertTrue(used.size() > 50, "the scan finds the keys: " + used.size());
        List<String> missing = new ArrayList<>();
        for (String k : used) {
            if (!zh.containsKey(k)) {
                missing.add("zh " + k);
            }
            if (!en.containsKey(k)) {
                missing.add("en " + k);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void anEnglishLocaleGetsEnglishAndAnyOtherChinese() {
        assertEquals("Majors index", new Words(Locale.ENGLISH).t("majors.title"));
        assertEquals("专业索引", new Words(Locale.CHINESE).t("majors.title"));
        assertEquals("专业索引", new Words(Locale.GERMAN).t("majors.title"));
        assertEquals("3 年以上", new Words(Locale.CHINESE).t("experience.years", 3));
    }

    @Test
    void aTextIsShownInTheWordsLanguageElseInTheOtherElseAsNothing() {
        Words zh = new Words(Locale.CHINESE);
        Words en = new Words(Locale.ENGLISH);
        LocalizedText both = new LocalizedText("工程师", "Engineer");
        LocalizedText chinese = new LocalizedText("工程师", null);
        LocalizedText english = new LocalizedText(null, "Engineer");
        LocalizedText blank = new LocalizedText(" ", " ");
        assertEquals(List.of("工程师", "工程师", "Engineer", ""), List.of(zh.of(both), zh.of(chinese), zh.of(english), zh.of(blank)));
        assertEquals(List.of("Engineer", "工程师", "Engineer", ""), List.of(en.of(both), en.of(chinese), en.of(english), en.of(blank)));
        assertEquals("Engineer", zh.of(new LocalizedText(" ", "Engineer")), "a blank Chinese text is none");
        assertEquals("工程师", en.of(new LocalizedText("工程师", "")), "an empty English text is none");
    }
}
