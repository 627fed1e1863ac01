package org.talentcatalog.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The code tree against a plain reading of its definition: keys whose candidate ancestors are their prefixes. */
class CodeTreeProperties {

    /** An entry: its key and its name. */
    record E(String key, String name) {
    }

    /** Keys of one to four digits from a small alphabet, so that prefixes are often present and often missing. */
    @Provide
    Arbitrary<Set<String>> keys() {
        return Arbitraries.strings().withChars('1', '2', '3').ofMinLength(1).ofMaxLength(4).set().ofMaxSize(25);
    }

    private static List<String> prefixes(String key) {
        List<String> out = new ArrayList<>();
        for (int n = key.length(); n >= 0; n--) {
            out.add(key.substring(0, n)); // the key itself first: it must not count as its own ancestor
        }
        return out;
    }

    private static String name(String key) {
        return key.length() % 2 == 0 ? "集成" + key : key + "集成";
    }

    private static CodeTree<E> tree(Set<String> keys) {
        Map<String, E> entries = new LinkedHashMap<>();
        keys.forEach(k -> entries.put(k, new E(k, name(k))));
        return new CodeTree<>(entries, CodeTreeProperties::prefixes);
    }

    private static Optional<String> referenceParent(Set<String> keys, String key) {
        for (int n = key.length() - 1; n >= 1; n--) {
            if (keys.contains(key.substring(0, n))) {
                return Optional.of(key.substring(0, n));
            }
        }
        return Optional.empty();
    }

    private static List<String> keysOf(List<E> entries) {
        return entries.stream().map(E::key).toList();
    }

    @Property(tries = 300)
    void parentsChildrenRootsAndDescendantsFollowTheNearestExistingPrefix(@ForAll("keys") Set<String> keys,
            @ForAll("keys") Set<String> probes) {
        CodeTree<E> tree = tree(keys);
        assertEquals(List.copyOf(new TreeSet<>(keys)), List.copyOf(tree.entries().keySet()));
        List<String> roots = new ArrayList<>();
        for (String k : new TreeSet<>(keys)) {
            if (referenceParent(keys, k).isEmpty()) {
                roots.add(k);
            }
        }
        assertEquals(roots, keysOf(tree.roots()));
        Set<String> all = new TreeSet<>(keys);
        all.addAll(probes);
        for (String k : all) {
            assertEquals(referenceParent(keys, k), tree.parent(k).map(E::key), "parent of " + k);
            assertEquals(keys.contains(k) ? Optional.of(k) : Optional.empty(), tree.get(k).map(E::key));
            List<String> children = new TreeSet<>(keys).stream()
                    .filter(c -> referenceParent(keys, c).equals(Optional.of(k))).toList();
            assertEquals(keys.contains(k) ? children : List.of(), keysOf(tree.children(k)), "children of " + k);
            assertEquals(keys.contains(k) ? descendants(keys, k) : List.of(), keysOf(tree.descendants(k, E::key)), "descendants of " + k);
        }
    }

    private static List<String> descendants(Set<String> keys, String key) {
        List<String> out = new ArrayList<>();
        for (String c : new TreeSet<>(keys)) {
            if (referenceParent(keys, c).equals(Optional.of(key))) {
                out.add(c);
                out.addAll(descendants(keys, c));
            }
        }
        return out;
    }

    @Property(tries = 200)
    void aNameSearchRanksExactThenPrefixThenContainedThenLevelThenKey(@ForAll("keys") Set<String> keys, @ForAll("keys") Set<String> fragments) {
        CodeTree<E> tree = tree(keys);
        for (String f : fragments) {
            for (String fragment : List.of(f, "集成", "集成" + f, f + "集成")) {
                Comparator<E> order = Comparator.<E>comparingInt(e -> e.name().equals(fragment) ? 0 : e.name().startsWith(fragment) ? 1 : 2)
                        .thenComparingInt(e -> e.key().length()).thenComparing(E::key);
                List<E> expected = new TreeSet<>(keys).stream().map(k -> new E(k, name(k)))
                        .filter(e -> e.name().contains(fragment)).sorted(order).toList();
                assertEquals(expected, tree.searchNames(fragment, E::name, e -> e.key().length(), E::key), fragment);
            }
        }
    }

    @Example
    void aKeyIsNeverItsOwnParentAndAnUnknownKeyHasTheParentItWouldHave() {
        CodeTree<E> tree = tree(Set.of("1", "12", "1234"));
        assertEquals(Optional.of("12"), tree.parent("1234").map(E::key));
        assertEquals(Optional.of("12"), tree.parent("123").map(E::key));
        assertEquals(Optional.empty(), tree.parent("1").map(E::key));
        assertEquals(Optional.empty(), tree.get(null));
        assertEquals(List.of("12", "1234"), keysOf(tree.descendants("1", E::key)));
    }
}
