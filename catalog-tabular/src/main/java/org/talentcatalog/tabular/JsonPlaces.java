package org.talentcatalog.tabular;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.internal.JsonPointers;
import org.talentcatalog.model.internal.JsonTrees;

/** Where a value of JSON text is: the line and column of the value at a pointer, or of its nearest parent. */
final class JsonPlaces {

    private JsonPlaces() {
    }

    /**
     * {@code name:line:column} ({@code line:column} when {@code name} is empty) of the value at
     * {@code pointer}, or of the nearest value above it; {@code name} (or {@code null}) when none is found.
     */
    static @Nullable String locate(JsonTrees trees, String text, String name, String pointer) {
        Set<String> chain = new HashSet<>();
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            chain.add(p);
            if (p.isEmpty()) {
                break;
            }
        }
        Map<String, int[]> at = JsonPointers.locate(trees.mapper(), text, chain);
        String prefix = name.isEmpty() ? "" : name + ":";
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            int[] lc = at.get(p);
            if (lc != null) {
                return prefix + lc[0] + ":" + lc[1];
            }
            if (p.isEmpty()) {
                return name.isEmpty() ? null : name;
            }
        }
    }
}
