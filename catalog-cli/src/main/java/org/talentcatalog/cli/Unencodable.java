package org.talentcatalog.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Iterator;
import java.util.Map;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;

/**
 * The first character of a catalog's positions that a character set cannot encode, with its JSON
 * Pointer, so that {@code convert --charset US-ASCII} says which character of which position it cannot
 * write instead of a bare "Input length = 1".
 *
 * @param pointer where the character is, e.g. {@code /positions/0/name/zh}
 * @param codePoint the character
 */
record Unencodable(String pointer, int codePoint) {

    /** The first character of the positions {@code charset} cannot encode, or {@code null} when it can encode them all. */
    static Unencodable find(Catalog catalog, Charset charset) {
        return find(CatalogJson.toTree(catalog).path("positions"), "/positions", charset.newEncoder());
    }

    /** Whether {@code e} failed because a character could not be encoded. */
    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** The character as shown: itself and {@code U+XXXX}. */
    String shown() {
        return new String(Character.toChars(codePoint));
    }

    /** {@code U+96C6}. */
    String code() {
        return String.format("U+%04X", codePoint);
    }

    private static Unencodable find(JsonNode node, String pointer, CharsetEncoder encoder) {
        if (node.isTextual()) {
            String text = node.textValue();
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                int c = text.codePointAt(i);
                if (!encoder.canEncode(new String(Character.toChars(c)))) {
                    return new Unencodable(pointer, c);
                }
            }
            return null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Unencodable u = find(node.get(i), pointer + "/" + i, encoder);
                if (u != null) {
                    return u;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                Unencodable u = find(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), encoder);
                if (u != null) {
                    return u;
                }
            }
        }
        return null;
    }
}
