package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The check of a message bundle against its keys, on bundles held in memory. */
class MessageBundlesTest {

    private static final String BASE = "org.example.messages";

    private enum Keys implements MessageKey {
        GREETING, FAREWELL
    }

    /** The files of a bundle by path, as a module's resources would be opened. */
    private static Function<String, InputStream> files(Map<String, String> byPath) {
        return path -> byPath.containsKey(path)
                ? new ByteArrayInputStream(byPath.get(path).getBytes(StandardCharsets.UTF_8)) : null;
    }

    private static List<String> problems(String zh, String en) {
        return MessageBundles.problems(BASE, files(Map.of("/org/example/messages.properties", zh,
                "/org/example/messages_en.properties", en)), List.of(Keys.values()));
    }

    @Test
    void aConsistentBundleHasNoProblem() {
        assertEquals(List.of(), problems("greeting=你好，{0}\nfarewell=再见\n", "greeting=hello, {0}\nfarewell=bye\n"));
    }

    @Test
    void aKeyOfOneLanguageOnlyIsNamedOnceAndItsArgumentsAreNotCompared() {
        assertEquals(List.of("en: missing key farewell", "key farewell is in one language only"),
                problems("greeting=你好\nfarewell=再见 {0}\n", "greeting=hello\n"));
        assertEquals(List.of("zh: missing key greeting", "key greeting is in one language only",
                "key spare is in one language only"),
                problems("farewell=再见\n", "greeting=hello\nfarewell=bye\nspare=x\n"));
    }

    @Test
    void messagesThatTakeADifferentNumberOfArgumentsOrDoNotParseAreNamed() {
        assertEquals(List.of("key greeting takes 2 argument(s) in zh, 1 in en"),
                problems("greeting=你好，{0}{1}\nfarewell=再见\n", "greeting=hello, {0}\nfarewell=bye\n"));
        List<String> broken = problems("greeting=你好，{0\nfarewell=再见\n", "greeting=hello\nfarewell=bye\n");
        assertEquals(1, broken.size(), broken::toString);
        assertEquals(true, broken.get(0).startsWith("key greeting is not a valid MessageFormat: "), broken.get(0));
    }

    @Test
    void aBundleWithoutOneOfItsFilesSaysWhichIsMissing() {
        assertEquals(List.of("bundle org.example.messages lacks its _en file"), MessageBundles.problems(BASE,
                files(Map.of("/org/example/messages.properties", "greeting=你好\n")), List.of(Keys.values())));
        assertEquals(List.of("bundle org.example.messages lacks its base file"), MessageBundles.problems(BASE,
                files(Map.of("/org/example/messages_en.properties", "greeting=hello\n")), List.of(Keys.values())));
    }

    @Test
    void anEnumsBundleIsLookedForInItsOwnPackage() {
        assertEquals(List.of("bundle org.talentcatalog.model.messages lacks its base file"),
                MessageBundles.problems(Keys.class));
    }
}
