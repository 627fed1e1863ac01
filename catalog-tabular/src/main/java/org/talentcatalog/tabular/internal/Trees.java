package org.talentcatalog.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.talentcatalog.model.internal.JsonPointers;

/** Setting values in a Jackson tree by JSON Pointer, creating the objects on the way. */
public final class Trees {

    private Trees() {
    }

    /** Puts {@code value} at {@code pointer} (relative to {@code root}), creating missing objects. */
    public static void set(ObjectNode root, String pointer, JsonNode value) {
        set(root, tokens(pointer), value);
    }

    /** The unescaped member names of a pointer, to be reused across rows (one string per name, not per row). */
    public static String[] tokens(String pointer) {
        String[] tokens = pointer.substring(1).split("/", -1);
        for (int k = 0; k < tokens.length; k++) {
            tokens[k] = JsonPointers.unescape(tokens[k]);
        }
        return tokens;
    }

    /** Puts {@code value} at the member path {@code tokens}, creating missing objects. */
    public static void set(ObjectNode root, String[] tokens, JsonNode value) {
        ObjectNode at = root;
        for (int k = 0; k < tokens.length - 1; k++) {
            String name = tokens[k];
            JsonNode next = at.get(name);
            if (!(next instanceof ObjectNode)) {
                next = at.putObject(name);
            }
            at = (ObjectNode) next;
        }
        at.set(tokens[tokens.length - 1], value);
    }

    /**
     * Ensures the object that holds the member at {@code pointer} exists: a cell that could not be
     * read still says that its member's object is there, so only the member itself is missing (and
     * the cell's read error is what reports it).
     */
    public static void ensureParent(ObjectNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        if (slash > 0) {
            ensureObject(root, pointer.substring(0, slash));
        }
    }

    /** Ensures an object exists at {@code pointer}. */
    public static void ensureObject(ObjectNode root, String pointer) {
        if (!(root.at(pointer) instanceof ObjectNode)) {
            set(root, pointer, root.objectNode());
        }
    }
}
