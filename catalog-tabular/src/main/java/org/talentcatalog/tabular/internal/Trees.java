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
        String[] tokens = pointer.substring(1).split("/", -1);
        ObjectNode at = root;
        for (int k = 0; k < tokens.length - 1; k++) {
            String name = JsonPointers.unescape(tokens[k]);
            JsonNode next = at.get(name);
            if (!(next instanceof ObjectNode)) {
                next = at.putObject(name);
            }
            at = (ObjectNode) next;
        }
        at.set(JsonPointers.unescape(tokens[tokens.length - 1]), value);
    }

    /** Ensures an object exists at {@code pointer}. */
    public static void ensureObject(ObjectNode root, String pointer) {
        if (!(root.at(pointer) instanceof ObjectNode)) {
            set(root, pointer, root.objectNode());
        }
    }
}
