package org.talentcatalog.render.internal.changelog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.FieldChange;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.Labelled;
import org.talentcatalog.model.Languages;
import org.talentcatalog.model.Policy;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;

/** Human labels of change paths and values, in Chinese or English, for the changelog renderings. */
final class Labels {

    private static final String BUNDLE = "org.talentcatalog.render.internal.changelog.labels";
    private static final Map<String, Function<String, Labelled>> CODES = Map.of(
            "/requirements/education", Education::valueOf,
            "/category", JobCategory::valueOf,
            "/shortage/level", ShortageLevel::valueOf,
            "/status", Status::valueOf,
            "/kind", CatalogKind::valueOf,
            "/level", CatalogLevel::valueOf,
            "/policies", Policy::valueOf,
            "/industry", Labels::industry,
            "/scope/industries", Labels::industry);

    private Labels() {
    }

    /** The bundle {@code labels*.properties} beside this class, in the language {@link Languages} decides. */
    private static ResourceBundle labels(Locale locale) {
        return Languages.bundle(locale, l -> ResourceBundle.getBundle(BUNDLE, l, Labels.class.getModule()));
    }

    /** The label under a key, or {@code null} when the bundle has none. */
    private static String label(Locale locale, String key) {
        ResourceBundle b = labels(locale);
        return b.containsKey(key) ? b.getString(key) : null;
    }

    /** The label of an industry code: the registered name, or the code itself. */
    static Labelled industry(String code) {
        return CodeLists.defaults().industry(code).map(e -> (Labelled) e).orElseGet(() -> new Labelled() {
            public String code() {
                return code;
            }

            public String zh() {
                return code;
            }

            public String en() {
                return code;
            }
        });
    }

    /** The label of a code at a path, or the code when the path has no code list or the code is unknown. */
    static String code(String path, String code, Locale locale) {
        Function<String, Labelled> list = CODES.get(path);
        if (list == null || code == null) {
            return code;
        }
        try {
            Labelled l = list.apply(code);
            String label = l.label(locale);
            return l instanceof ShortageLevel s ? label + " " + s.stars() : label;
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** A label for a change path: {@code 要求 · 学历}, {@code x-vendor-ref}. */
    static String path(String path, Locale locale) {
        String whole = label(locale, "path." + path);
        if (whole != null) {
            return whole;
        }
        List<String> parts = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            String l = label(locale, "member." + name);
            parts.add(l == null ? name : l);
        }
        return String.join(" · ", parts);
    }

    /** A value for people: text as is, codes as labels, lists joined, objects as compact JSON. */
    static String value(String path, JsonNode v, Locale locale) {
        if (v == null) {
            return label(locale, "none");
        }
        if (v.isTextual()) {
            return code(path, v.asText(), locale);
        }
        if (v.isArray() && allText(v)) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(code(path, item.asText(), locale)));
            return String.join(label(locale, "list"), items);
        }
        if (v.isObject() && v.size() <= 2 && v.has("zh") && v.path("zh").isTextual()) {
            return v.path("zh").asText() + (v.has("en") ? " / " + v.path("en").asText() : "");
        }
        return v.toString();
    }

    /** One change for people: {@code 学历：大学本科 → 硕士研究生}, {@code 专业背景：+微电子；−物理}. */
    static String change(FieldChange c, Locale locale) {
        String label = path(c.path(), locale);
        JsonNode o = c.oldValue();
        JsonNode n = c.newValue();
        String sep = label(locale, "colon");
        if (o != null && n != null && o.isArray() && n.isArray() && allText(o) && allText(n)) {
            Set<String> before = texts(o);
            Set<String> after = texts(n);
            List<String> parts = new ArrayList<>();
            after.stream().filter(s -> !before.contains(s)).forEach(s -> parts.add("+" + code(c.path(), s, locale)));
            before.stream().filter(s -> !after.contains(s)).forEach(s -> parts.add("−" + code(c.path(), s, locale)));
            if (parts.isEmpty()) {
                parts.add(label(locale, "reordered"));
            }
            return label + sep + String.join(label(locale, "parts"), parts);
        }
        return label + sep + value(c.path(), o, locale) + " → " + value(c.path(), n, locale);
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }
}
