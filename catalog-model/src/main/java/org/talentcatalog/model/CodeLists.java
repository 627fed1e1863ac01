package org.talentcatalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The open code lists of industries and regions (docs/format.md, "Open code lists"). A code that is not in
 * the lists is a warning (rule R10), not an error, so users register the codes they use.
 *
 * <p>{@link #defaults()} holds the 15 industries and 26 regions that docs/format.md names (Shanghai's
 * 16 districts by GB/T 2260 code, the key areas, the five new cities, the transformation areas),
 * loaded once from the resource {@code org/talentcatalog/model/codelists.json}. Instances are
 * immutable and thread-safe; {@link #withIndustry}, {@link #withRegion} and {@link #merge} return
 * extended copies:
 *
 * <pre>{@code
 * CodeLists lists = CodeLists.defaults()
 *         .withIndustry(new CodeEntry("LOW_ALTITUDE_ECONOMY", "低空经济", "Low-altitude economy", null))
 *         .merge(CodeLists.load(myResourceStream));
 * }</pre>
 */
public final class CodeLists {

    private final Map<String, CodeEntry> industries;
    private final Map<String, CodeEntry> regions;

    private CodeLists(Map<String, CodeEntry> industries, Map<String, CodeEntry> regions) {
        this.industries = Collections.unmodifiableMap(industries);
        this.regions = Collections.unmodifiableMap(regions);
    }

    /** The default lists shipped with the library. */
    public static CodeLists defaults() {
        return Defaults.INSTANCE;
    }

    /** Empty lists. */
    public static CodeLists empty() {
        return new CodeLists(new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /**
     * Reads lists in the resource's format: {@code {"industries": [{"code", "zh", "en"}...],
     * "regions": [{"code", "zh", "en", "type"}...]}}; both members are optional.
     *
     * @param in the JSON document (not closed)
     * @throws IllegalArgumentException when the document is not in that format
     */
    public static CodeLists load(InputStream in) {
        try {
            JsonNode root = new ObjectMapper().readTree(in);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("a code list document is a JSON object");
            }
            return new CodeLists(entries(root.get("industries"), "industries"), entries(root.get("regions"), "regions"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, CodeEntry> entries(JsonNode array, String member) {
        Map<String, CodeEntry> out = new LinkedHashMap<>();
        if (array == null) {
            return out;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"" + member + "\" must be an array");
        }
        for (JsonNode e : array) {
            if (!e.isObject() || !e.path("code").isTextual() || !e.path("zh").isTextual()) {
                throw new IllegalArgumentException("each entry of \"" + member + "\" needs \"code\" and \"zh\" strings");
            }
            CodeEntry entry = new CodeEntry(e.get("code").asText(), e.get("zh").asText(),
                    e.path("en").isTextual() ? e.get("en").asText() : null,
                    e.path("type").isTextual() ? e.get("type").asText() : null);
            out.put(entry.code(), entry);
        }
        return out;
    }

    /** The industry with the given code. */
    public Optional<CodeEntry> industry(String code) {
        return Optional.ofNullable(industries.get(code));
    }

    /** The region with the given code. */
    public Optional<CodeEntry> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** Whether the industry code is registered. */
    public boolean isKnownIndustry(String code) {
        return industries.containsKey(code);
    }

    /** Whether the region code is registered. */
    public boolean isKnownRegion(String code) {
        return regions.containsKey(code);
    }

    /** All industries in registration order. */
    public Collection<CodeEntry> industries() {
        return industries.values();
    }

    /** All regions in registration order. */
    public Collection<CodeEntry> regions() {
        return regions.values();
    }

    /** A copy with one more industry (replacing one with the same code). */
    public CodeLists withIndustry(CodeEntry entry) {
        Map<String, CodeEntry> copy = new LinkedHashMap<>(industries);
        copy.put(entry.code(), entry);
        return new CodeLists(copy, new LinkedHashMap<>(regions));
    }

    /** A copy with one more region (replacing one with the same code). */
    public CodeLists withRegion(CodeEntry entry) {
        Map<String, CodeEntry> copy = new LinkedHashMap<>(regions);
        copy.put(entry.code(), entry);
        return new CodeLists(new LinkedHashMap<>(industries), copy);
    }

    /** A copy holding the codes of both lists; {@code other}'s entries win on equal codes. */
    public CodeLists merge(CodeLists other) {
        Map<String, CodeEntry> i = new LinkedHashMap<>(industries);
        i.putAll(other.industries);
        Map<String, CodeEntry> r = new LinkedHashMap<>(regions);
        r.putAll(other.regions);
        return new CodeLists(i, r);
    }

    /** Lazy holder: the resource is read on first use, once. */
    private static final class Defaults {
        static final CodeLists INSTANCE = loadResource();

        private static CodeLists loadResource() {
            try (InputStream in = CodeLists.class.getResourceAsStream("codelists.json")) {
                if (in == null) {
                    throw new IllegalStateException("resource org/talentcatalog/model/codelists.json is missing");
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
