package org.talentcatalog.schema.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * The pointers of values that could not be bound or read, growing as a document is read. A finding
 * touches such a value when its pointer is that value, lies inside it, or — when the value is absent
 * from what the later layers see — is the object directly containing it as a member (where a
 * "missing member" finding would stand). Lookups cost O(depth). Not thread-safe.
 */
final class Unbound {

    private final Set<String> pointers = new HashSet<>();
    private final Set<String> parents = new HashSet<>();

    /** A value that is absent from what the later layers see (it could not be bound, say). */
    void add(String pointer) {
        pointers.add(pointer);
        String parent = Pointers.parent(pointer);
        // Only an object member can be "missing" from its parent; an unbound array element (its
        // last token all digits: the format has no numeric member names) says nothing about the array.
        if (parent != null && !isIndex(pointer.substring(parent.length() + 1))) {
            parents.add(parent);
        }
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A value the later layers see, though it is not what the source said (the reader could not read it). */
    void addPresent(String pointer) {
        pointers.add(pointer);
    }

    void addAll(Unbound other) {
        pointers.addAll(other.pointers);
        parents.addAll(other.parents);
    }

    boolean isEmpty() {
        return pointers.isEmpty();
    }

    boolean touches(String pointer) {
        if (pointer == null) {
            return false;
        }
        if (pointers.contains(pointer) || parents.contains(pointer)) {
            return true;
        }
        for (String p = Pointers.parent(pointer); p != null; p = Pointers.parent(p)) {
            if (pointers.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
