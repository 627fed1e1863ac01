package org.talentcatalog.normalize.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentcatalog.normalize.LabelledTitle;

/** Labelled titles to aliases: each cleaned, then counted per (cleaned title, code), in first-seen order. */
public final class Aliases {

    private Aliases() {
    }

    /** The aliases of the labelled titles; titles that clean to nothing are left out. */
    public static List<Alias> of(List<LabelledTitle> labelled) {
        Map<List<String>, int[]> counts = new LinkedHashMap<>();
        for (LabelledTitle t : labelled) {
            String cleaned = Cleaner.clean(t.title());
            if (!cleaned.isEmpty()) {
                counts.computeIfAbsent(List.of(cleaned, t.code()), k -> new int[1])[0]++;
            }
        }
        List<Alias> out = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> out.add(new Alias(k.get(0), k.get(1), n[0])));
        return out;
    }
}
