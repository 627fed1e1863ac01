package org.talentcatalog.schema.internal;

/** Navigation over RFC 6901 pointer strings. */
final class Pointers {

    private Pointers() {
    }

    /** The pointer of the enclosing value, or {@code null} for the root {@code ""}. */
    static String parent(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return null;
        }
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
