package org.talentcatalog.postings.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The codings of distinct titles, remembered for one aggregation call and shared by its threads: a
 * title is coded once however many rows and chunks repeat it. Bounded: when {@code limit} titles are
 * remembered, they are all forgotten at once and remembering starts again (a coding is a pure
 * function of the title, so forgetting changes only the time taken). Thread-safe; a title two threads
 * meet at once may be coded twice, never with a lock held.
 */
public final class Titles {

    private final Function<String, String[]> coding;
    private final int limit;
    private final ConcurrentHashMap<String, String[]> known = new ConcurrentHashMap<>(1024);

    /**
     * Remembers codings.
     *
     * @param coding codes a title; pure and thread-safe
     * @param limit the most titles remembered, ≥ 1
     */
    public Titles(Function<String, String[]> coding, int limit) {
        this.coding = coding;
        this.limit = limit;
    }

    /** The coding of a title, remembered or computed. */
    public String[] code(String title) {
        String[] group = known.get(title);
        if (group == null) {
            group = coding.apply(title);
            if (known.size() >= limit) {
                known.clear();
            }
            known.putIfAbsent(title, group);
        }
        return group;
    }
}
