package org.talentcatalog.schema.internal;

import java.util.function.ToLongFunction;
import org.talentcatalog.model.internal.LocatedTrees;
import org.talentcatalog.model.Issue;
import org.talentcatalog.schema.SourceMap;

/**
 * Where the values of (a part of) a document came from: places a finding at the line and column of
 * its value in JSON text, or at the cell of a table it was read from. A finding already placed, or
 * whose value this locator does not know, is returned as it is. Implementations never throw.
 */
@FunctionalInterface
public interface Locator {

    /** Knows no place: a document built in code. */
    Locator NOWHERE = f -> f;

    /** The finding, placed if this locator knows where its value is. */
    Finding place(Finding f);

    /**
     * Lines and columns of JSON text: {@code at} gives where the value at a pointer starts, packed as
     * {@link LocatedTrees#pack}, or -1 when unknown. An issue stands at the line of its own pointer (for
     * a missing member, the object that lacks it).
     */
    static Locator lines(ToLongFunction<String> at) {
        return f -> {
            Issue i = f.issue();
            if (i.line() != null || i.pointer() == null) {
                return f;
            }
            long packed = at.applyAsLong(i.pointer());
            return packed < 0 ? f : new Finding(i.locatedAt(LocatedTrees.line(packed), LocatedTrees.column(packed)), f.fault());
        };
    }

    /**
     * Cells of a table: an issue stands at the cell of its fault (for a missing member, the cell it
     * would have been in, when the map knows it).
     */
    static Locator cells(SourceMap map) {
        return f -> {
            Issue i = f.issue();
            if (i.cell() != null || f.fault() == null) {
                return f;
            }
            String cell = map.cell(f.fault());
            return cell == null ? f : new Finding(i.inCell(cell), f.fault());
        };
    }
}
