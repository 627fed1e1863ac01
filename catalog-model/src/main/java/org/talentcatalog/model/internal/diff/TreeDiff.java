package org.talentcatalog.model.internal.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.talentcatalog.model.FieldChange;
import org.talentcatalog.model.internal.JsonPointers;

/**
 * Field-level differences of two canonical JSON trees: objects present on both sides are compared
 * member by member, everything else (scalars, arrays) as a whole value. Member order is not a
 * difference; changes are listed in {@link MemberOrder}.
 */
public final class TreeDiff {

    private TreeDiff() {
    }

    /** The changes between two catalog documents outside {@code positions}, with absolute paths. */
    public static List<FieldChange> catalogChanges(JsonNode older, JsonNode newer) {
        List<FieldChange> out = new ArrayList<>();
        objects("", older, newer, false, "positions", out);
        return out;
    }

    /** The changes between two position objects, with paths relative to the position. */
    public static List<FieldChange> changes(JsonNode older, JsonNode newer) {
        List<FieldChange> out = new ArrayList<>();
        walk("", older, newer, false, out);
        return out;
    }

    private static void walk(String path, JsonNode o, JsonNode n, boolean free, List<FieldChange> out) {
        if (o.equals(n)) {
            return;
        }
        if (o.isObject() && n.isObject()) {
            objects(path, o, n, free, null, out);
        } else {
            out.add(new FieldChange(path, o, n));
        }
    }

    private static void objects(String path, JsonNode o, JsonNode n, boolean free, String skip, List<FieldChange> out) {
        Comparator<String> order = free ? MemberOrder.FREE : MemberOrder.FORMAT;
        TreeSet<String> names = new TreeSet<>(order);
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        if (skip != null) {
            names.remove(skip);
        }
        for (String name : names) {
            JsonNode a = o.get(name);
            JsonNode b = n.get(name);
            String child = JsonPointers.child(path, name);
            if (a == null) {
                out.add(new FieldChange(child, null, b));
            } else if (b == null) {
                out.add(new FieldChange(child, a, null));
            } else {
                walk(child, a, b, free || name.startsWith("x-"), out);
            }
        }
    }
}
