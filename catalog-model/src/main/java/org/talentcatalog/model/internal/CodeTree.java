package org.talentcatalog.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * An immutable hierarchy of reference codes: entries by key, each entry's parent (the nearest of its
 * candidate ancestors that exists) and its children in key order; plus the name search that both
 * reference lists share. Shared by {@code OccupationCodes} and {@code IndustryClasses}.
 *
 * @param <T> the entry type
 */
public final class CodeTree<T> {

    private final SortedMap<String, T> byKey;
    private final Function<String, List<String>> ancestors;
    private final Map<String, T> parents = new HashMap<>();
    private final Map<String, List<T>> children = new HashMap<>();
    private final List<T> roots = new ArrayList<>();

    /**
     * Indexes the entries.
     *
     * @param entries the entries by key; copied
     * @param ancestors a key's candidate ancestor keys, nearest first (they need not exist)
     */
    public CodeTree(Map<String, T> entries, Function<String, List<String>> ancestors) {
        this.byKey = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
        this.ancestors = ancestors;
        for (Map.Entry<String, T> e : byKey.entrySet()) {
            Optional<String> parent = parentKey(e.getKey());
            if (parent.isPresent()) {
                parents.put(e.getKey(), byKey.get(parent.get()));
                children.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(e.getValue());
            } else {
                roots.add(e.getValue());
            }
        }
        children.replaceAll((k, v) -> List.copyOf(v));
    }

    /** The entries in key order. */
    public SortedMap<String, T> entries() {
        return byKey;
    }

    /** The entry with the key. */
    public Optional<T> get(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /** The nearest existing ancestor of any key, present in the tree or not. */
    public Optional<T> parent(String key) {
        if (byKey.containsKey(key)) {
            return Optional.ofNullable(parents.get(key));
        }
        return parentKey(key).map(byKey::get);
    }

    private Optional<String> parentKey(String key) {
        return ancestors.apply(key).stream().filter(k -> !k.equals(key) && byKey.containsKey(k)).findFirst();
    }

    /** The children of a key in key order; empty for a leaf or an unknown key. */
    public List<T> children(String key) {
        return children.getOrDefault(key, List.of());
    }

    /** The entries without a parent, in key order. */
    public List<T> roots() {
        return Collections.unmodifiableList(roots);
    }

    /** The descendants of a key, depth first in key order (the key itself excluded). */
    public List<T> descendants(String key, Function<T, String> keyOf) {
        List<T> out = new ArrayList<>();
        for (T child : children(key)) {
            out.add(child);
            out.addAll(descendants(keyOf.apply(child), keyOf));
        }
        return out;
    }

    /**
     * The entries whose name contains the fragment, ranked: exact name, then names starting with the
     * fragment, then names containing it; within a rank by level (broader first), then by key.
     *
     * @param fragment the name fragment, already stripped and non-empty
     */
    public List<T> searchNames(String fragment, Function<T, String> name, ToIntFunction<T> level, Function<T, String> keyOf) {
        List<T> found = new ArrayList<>();
        for (T e : byKey.values()) {
            if (name.apply(e).contains(fragment)) {
                found.add(e);
            }
        }
        Comparator<T> order = Comparator.<T>comparingInt(e -> rank(name.apply(e), fragment))
                .thenComparingInt(level).thenComparing(keyOf);
        found.sort(order);
        return List.copyOf(found);
    }

    private static int rank(String name, String fragment) {
        return name.equals(fragment) ? 0 : name.startsWith(fragment) ? 1 : 2;
    }
}
