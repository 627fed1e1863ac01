package org.talentcatalog.model.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** RFC 6901 JSON Pointers: building, escaping, and finding where a pointed-to value is written. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** Escapes one reference token ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Unescapes one reference token ({@code ~1} → {@code /}, then {@code ~0} → {@code ~}). */
    public static String unescape(String token) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** The pointer of a member of the value at {@code parent}. */
    public static String child(String parent, String member) {
        return parent + "/" + escape(member);
    }

    /** The pointer of an array element of the value at {@code parent}. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /**
     * The 1-based line and column where each pointed-to value starts in {@code text}, in one
     * streaming pass that stops when all are found. Pointers not in the text are absent from the
     * result. The text is assumed to be JSON that parsed before; a parse failure ends the search.
     */
    public static Map<String, int[]> locate(ObjectMapper mapper, String text, Set<String> pointers) {
        return locate(mapper, new java.io.StringReader(text), pointers);
    }

    /** As {@link #locate(ObjectMapper, String, Set)}, streaming the text from a reader (closed here). */
    public static Map<String, int[]> locate(ObjectMapper mapper, java.io.Reader text, Set<String> pointers) {
        Map<String, int[]> found = new HashMap<>();
        if (pointers.isEmpty()) {
            try {
                text.close();
            } catch (IOException e) {
                // nothing to read anyway
            }
            return found;
        }
        List<Object> path = new ArrayList<>(); // String member name or int[] {index}
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken t;
            String pendingName = null;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    pendingName = p.currentName();
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    path.remove(path.size() - 1);
                    continue;
                }
                // t starts a value: work out its pointer from the enclosing container.
                String pointer = pointerOf(path, pendingName);
                pendingName = null;
                if (pointers.contains(pointer)) {
                    JsonLocation at = p.currentTokenLocation();
                    found.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
                    if (found.size() == pointers.size()) {
                        return found;
                    }
                }
                if (t == JsonToken.START_OBJECT) {
                    path.add(new StringBuilder(pointer));
                } else if (t == JsonToken.START_ARRAY) {
                    path.add(new ArrayFrame(pointer));
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    private static String pointerOf(List<Object> path, String pendingName) {
        if (path.isEmpty()) {
            return "";
        }
        Object top = path.get(path.size() - 1);
        if (top instanceof ArrayFrame array) {
            return array.base + "/" + array.next++;
        }
        return top + "/" + escape(pendingName);
    }

    private static final class ArrayFrame {
        final String base;
        int next;

        ArrayFrame(String base) {
            this.base = base;
        }
    }
}
