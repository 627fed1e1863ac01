package org.talentcatalog.scoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The survey rows a {@link org.talentcatalog.scoring.spi.PositionResolver} could not place: how many,
 * and the first {@value #KEPT} distinct titles (so a survey of any size is noted in bounded memory).
 */
public final class Unresolved {

    /** The most distinct titles kept for the warning. */
    public static final int KEPT = 20;

    private long rows;
    private final Set<String> titles = new LinkedHashSet<>();
    private boolean more;

    /** Notes one row left out. */
    void add(String title) {
        rows++;
        if (titles.size() < KEPT) {
            titles.add(title.length() > 100 ? title.substring(0, 100) + "…" : title);
        } else if (!titles.contains(title)) {
            more = true;
        }
    }

    /** Rows left out. */
    public long rows() {
        return rows;
    }

    /** The first distinct titles left out, in reading order. */
    public List<String> titles() {
        return new ArrayList<>(titles);
    }

    /** Whether more distinct titles were left out than {@link #titles()} lists. */
    public boolean more() {
        return more;
    }
}
