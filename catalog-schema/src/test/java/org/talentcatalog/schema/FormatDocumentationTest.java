package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.CodeEntry;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Labelled;
import org.talentcatalog.model.ReadLimits;

/**
 * Keeps {@code docs/format.md} current with the code: every built-in rule (R1–R18) has a
 * heading with its severity, every enum constant of the model and every default code is listed with
 * its labels, and every member, code and pattern of the JSON Schema is named.
 */
class FormatDocumentationTest {

    private static final Path DOC = Path.of("../docs/format.md");
    private static final Path SCHEMA = Path.of("src/main/resources/org/talentcatalog/schema/catalog-1.0.schema.json");
    private static final Path MODEL_SOURCES = Path.of("../catalog-model/src/main/java/org/talentcatalog/model");
    private static final Pattern RULE_HEADING = Pattern.compile("(?m)^### (R\\d+) — .+ \\((ERROR|WARNING)\\)$");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");

    private static String doc() throws IOException {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    /** The contents of every code span, with GitHub's table escape {@code \|} undone. */
    private static Set<String> codeSpans(String text) {
        Set<String> spans = new TreeSet<>();
        Matcher m = CODE_SPAN.matcher(text);
        while (m.find()) {
            spans.add(m.group(1).replace("\\|", "|"));
        }
        return spans;
    }

    /** Member names as the doc writes them: a code span {@code name}, {@code parent.name} or {@code list[].name}. */
    private static Set<String> memberNames(Set<String> spans) {
        Set<String> names = new TreeSet<>();
        for (String span : spans) {
            names.add(span.substring(Math.max(span.lastIndexOf('.'), span.lastIndexOf(']')) + 1));
        }
        return names;
    }

    @Test
    void everyStandardRuleHasAHeadingWithItsSeverityAndAViolation() throws IOException {
        String doc = doc();
        Map<String, String> documented = new TreeMap<>();
        Matcher m = RULE_HEADING.matcher(doc);
        while (m.find()) {
            assertEquals(null, documented.put(m.group(1), m.group(2)), () -> "two headings for " + m.group(1));
        }
        Map<String, String> rules = new TreeMap<>();
        org.talentcatalog.schema.internal.rules.BuiltInRules.all().forEach(r -> rules.put(r.id(), r.severity().name()));
        assertEquals(rules, documented, "### R… — … (SEVERITY) headings of docs/format.md");
        for (String id : rules.keySet()) {
            int start = doc.indexOf("### " + id + " — ");
            int end = doc.indexOf("\n#", start + 1);
            assertTrue(doc.substring(start, end < 0 ? doc.length() : end).contains("Violation:"),
                    () -> id + " has no example of a violation");
        }
    }

    @Test
    void everyEnumConstantOfTheModelIsListedWithItsLabels() throws IOException, ClassNotFoundException {
        String doc = doc();
        Set<String> spans = codeSpans(doc);
        List<Class<?>> enums = modelEnums();
        assertTrue(enums.size() >= 20, () -> "found only " + enums);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                String code = ((Enum<?>) constant).name();
                if (constant instanceof Labelled l) {
                    boolean row = doc.contains("| `" + code + "` | " + l.zh() + " | " + l.en());
                    boolean item = doc.contains("`" + code + "` " + l.zh());
                    if (!row && !item) {
                        missing.add(type.getSimpleName() + "." + code + " (" + l.zh() + " / " + l.en() + ")");
                    }
                } else if (!spans.contains(code)) {
                    missing.add(type.getSimpleName() + "." + code);
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "not in docs/format.md: " + missing);
    }

    /** Every top-level and nested enum of the model's API package, found from its source files. */
    private static List<Class<?>> modelEnums() throws IOException, ClassNotFoundException {
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.list(MODEL_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                if (name.equals("package-info") || name.equals("module-info")) {
                    continue;
                }
                Class<?> type = Class.forName("org.talentcatalog.model." + name, false,
                        FormatDocumentationTest.class.getClassLoader());
                if (type.isEnum()) {
                    enums.add(type);
                }
                for (Class<?> nested : type.getDeclaredClasses()) {
                    if (nested.isEnum() && java.lang.reflect.Modifier.isPublic(nested.getModifiers())) {
                        enums.add(nested);
                    }
                }
            }
        }
        return enums;
    }

    @Test
    void everyDefaultCodeIsListedWithItsChineseName() throws IOException {
        String doc = doc();
        List<String> missing = new ArrayList<>();
        CodeLists lists = CodeLists.defaults();
        for (CodeEntry e : lists.industries()) {
            if (!doc.contains("| `" + e.code() + "` | " + e.zh() + " | " + e.en() + " |")) {
                missing.add(e.code());
            }
        }
        for (CodeEntry e : lists.regions()) {
            if (!doc.contains("| `" + e.code() + "` | " + e.zh() + " | " + e.type() + " |")) {
                missing.add(e.code());
            }
        }
        assertTrue(missing.isEmpty(), () -> "default codes not in docs/format.md: " + missing);
        assertTrue(doc.contains("Industries (" + lists.industries().size() + ")"), "count of industries");
        assertTrue(doc.contains("Regions (" + lists.regions().size() + ")"), "count of regions");
    }

    @Test
    void everyMemberCodeAndPatternOfTheSchemaIsNamed() throws IOException {
        Set<String> spans = codeSpans(doc());
        Set<String> names = memberNames(spans);
        JsonNode schema = new ObjectMapper().readTree(Files.readString(SCHEMA, StandardCharsets.UTF_8));
        Set<String> members = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        Set<String> patterns = new TreeSet<>();
        collect(schema, members, codes, patterns);
        assertFalse(members.isEmpty() || codes.isEmpty() || patterns.isEmpty(), "the schema walk found nothing");
        members.removeIf(names::contains);
        codes.removeIf(spans::contains);
        patterns.removeIf(p -> spans.stream().anyMatch(s -> s.contains(p)));
        assertTrue(members.isEmpty(), () -> "schema members not in docs/format.md: " + members);
        assertTrue(codes.isEmpty(), () -> "schema codes not in docs/format.md: " + codes);
        assertTrue(patterns.isEmpty(), () -> "schema patterns not in docs/format.md: " + patterns);
    }

    private static void collect(JsonNode node, Set<String> members, Set<String> codes, Set<String> patterns) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, members, codes, patterns));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        node.fields().forEachRemaining(e -> {
            switch (e.getKey()) {
                case "properties" -> e.getValue().fieldNames().forEachRemaining(members::add);
                case "patternProperties" -> e.getValue().fieldNames().forEachRemaining(patterns::add);
                case "enum" -> e.getValue().forEach(v -> codes.add(v.asText()));
                case "pattern" -> patterns.add(e.getValue().asText());
                default -> { }
            }
            collect(e.getValue(), members, codes, patterns);
        });
    }

    @Test
    void readLimitsAreTheDefaults() throws IOException {
        String doc = doc();
        String section = doc.substring(doc.indexOf("## Read limits"), doc.indexOf("\n## ", doc.indexOf("## Read limits")));
        ReadLimits d = ReadLimits.defaults();
        assertTrue(section.contains("| " + (d.maxDocumentBytes() >> 20) + " MiB |"), "document size");
        assertTrue(section.contains("| " + d.maxDepth() + " "), "depth");
        assertTrue(section.contains(String.format(java.util.Locale.ROOT, "(%,d)", d.maxStringLength())), "string length");
        assertTrue(section.contains("| " + d.maxNumberLength() + " characters |"), "number length");
    }
}
