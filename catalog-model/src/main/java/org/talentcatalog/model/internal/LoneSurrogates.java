package org.talentcatalog.model.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.Severity;

/**
 * A JSON string or member name holding a lone UTF-16 surrogate ({@code "\u005CuD800集成"}) is an
 * error, {@code read:surrogate}, at its JSON Pointer, line and column: it is no character, and a
 * writer would merge it with the character after it. Both JSON readers reject it, the tree parser
 * ({@link JsonTrees}) and the located streaming reader ({@link LocatedTrees}). Stateless.
 */
public final class LoneSurrogates {

    /** The rule id. */
    public static final String RULE = "read:surrogate";

    private LoneSurrogates() {
    }

    /** The pointer of the first string or member name in {@code node} (document order) with a lone surrogate, or null. */
    static @Nullable String find(JsonNode node, String pointer) {
        if (node.isTextual()) {
            return Texts.loneSurrogate(node.textValue()) >= 0 ? pointer : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = find(node.get(i), JsonPointers.child(pointer, i));
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                String at = JsonPointers.child(pointer, member.getKey());
                String found = Texts.loneSurrogate(member.getKey()) >= 0 ? at : find(member.getValue(), at);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The first lone surrogate at {@code pointer} of the tree, as its hexadecimal code. */
    static String code(JsonNode root, String pointer) {
        JsonNode value = root.at(pointer);
        String text = value.isTextual() ? value.textValue() : "";
        int i = Texts.loneSurrogate(text);
        if (i < 0) { // the member name holds it
            String name = JsonPointers.unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
            return Texts.hex(name, Texts.loneSurrogate(name));
        }
        return Texts.hex(text, i);
    }

    /** The error at a value. */
    public static CatalogJsonException error(String pointer, @Nullable Integer line, @Nullable Integer column, String code) {
        return new CatalogJsonException(new Issue(Severity.ERROR, Layer.READ, RULE, pointer, line, column, null,
                Messages.READ_LONE_SURROGATE.text(code), false));
    }

    /**
     * Checks the text of the parser's current token (a string value or a member name) and returns it.
     *
     * @throws CatalogJsonException at the token's pointer, line and column when it holds a lone surrogate
     */
    public static String checked(JsonParser p, String text) {
        int i = Texts.loneSurrogate(text);
        if (i >= 0) {
            JsonLocation at = p.currentTokenLocation();
            throw error(p.getParsingContext().pathAsPointer().toString(), JsonProblems.known(at.getLineNr()),
                    JsonProblems.known(at.getColumnNr()), Texts.hex(text, i));
        }
        return text;
    }
}
