package org.talentcatalog.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a module's message bundle against its {@link MessageKey}s: every key is in the Chinese
 * base file and in the English file, both files hold the same keys, each message parses as a
 * {@link MessageFormat} and takes the same number of arguments in both languages.
 */
public final class MessageBundles {

    private MessageBundles() {
    }

    /**
     * Checks the bundle of an enum of keys: {@code messages*.properties} in the enum's package, read
     * through the enum's class.
     *
     * @param keys the enum whose constants are the keys the code uses
     * @return one line per problem; empty when the bundle is consistent
     */
    public static <E extends Enum<E> & MessageKey> List<String> problems(Class<E> keys) {
        String base = keys.getPackageName() + ".messages";
        return problems(base, keys::getResourceAsStream, List.of(keys.getEnumConstants()));
    }

    /**
     * @param baseName the bundle's base name, e.g. {@code org.talentcatalog.schema.messages}
     * @param opener opens a resource of the bundle's module by path (e.g.
     *     {@code MyTest.class::getResourceAsStream} with a leading {@code /}), or returns {@code null}
     * @param keys the keys the code uses
     * @return one line per problem; empty when the bundle is consistent
     */
    public static List<String> problems(String baseName, Function<String, InputStream> opener,
            Collection<? extends MessageKey> keys) {
        String path = "/" + baseName.replace('.', '/');
        Properties zh = load(opener, path + ".properties");
        Properties en = load(opener, path + "_en.properties");
        List<String> problems = new ArrayList<>();
        if (zh == null || en == null) {
            problems.add("bundle " + baseName + " lacks its " + (zh == null ? "base" : "_en") + " file");
            return problems;
        }
        for (MessageKey k : keys) {
            for (Properties p : List.of(zh, en)) {
                if (!p.containsKey(k.key())) {
                    problems.add((p == zh ? "zh" : "en") + ": missing key " + k.key());
                }
            }
        }
        TreeSet<String> all = new TreeSet<>(zh.stringPropertyNames());
        all.addAll(en.stringPropertyNames());
        for (String key : all) {
            if (!zh.containsKey(key) || !en.containsKey(key)) {
                problems.add("key " + key + " is in one language only");
                continue;
            }
            try {
                int a = arguments(zh.getProperty(key));
                int b = arguments(en.getProperty(key));
                if (a != b) {
                    problems.add("key " + key + " takes " + a + " argument(s) in zh, " + b + " in en");
                }
            } catch (IllegalArgumentException e) {
                problems.add("key " + key + " is not a valid MessageFormat: " + e.getMessage());
            }
        }
        return problems;
    }

    /** The number of arguments a message takes: one more than its highest argument index. */
    public static int arguments(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    private static Properties load(Function<String, InputStream> opener, String path) {
        try (InputStream in = opener.apply(path)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
