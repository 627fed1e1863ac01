package org.talentcatalog.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Null-safe immutable copies for the records' compact constructors. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <K, V> Map<K, V> copy(@Nullable Map<K, V> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }
}
