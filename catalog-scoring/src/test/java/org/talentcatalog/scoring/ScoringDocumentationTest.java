package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.scoring.internal.SurveyIndicators;

/**
 * Keeps {@code docs/scoring.md} current with the code: every method, configuration member and
 * option the configuration parser accepts (asked from the parser itself, through the names its
 * errors allow), the random-index tables, the survey indicators and CSV columns, the warning codes
 * and the members of the JSON outputs.
 */
class ScoringDocumentationTest {

    private static final Path DOC = Path.of("../docs/scoring.md");
    private static final Path SOURCES = Path.of("src/main/java/org/talentcatalog/scoring");
    private static final String INDICATORS = "\"indicators\": [{\"id\": \"a\"}]";
    private static final Pattern ALLOWED = Pattern.compile("\\(allowed: ([^)]*)\\)");
    private static final Map<String, String> STAGES = Map.of("normalization", "MIN_MAX", "weighting", "EQUAL",
            "aggregation", "WEIGHTED_SUM", "classification", "JENKS");

    private static String doc() throws IOException {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    /** The identifiers written as code: in code spans and fenced blocks. */
    private static Set<String> codeWords(String doc) {
        Set<String> words = new TreeSet<>();
        Matcher m = Pattern.compile("(?ms)^```.*?^```|`[^`\\n]+`").matcher(doc);
        while (m.find()) {
            for (String w : m.group().split("[^A-Za-z0-9_]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** The names the parser's error for {@code json} lists as allowed. */
    private static List<String> allowed(String json) {
        ScoringException e = assertThrows(ScoringException.class, () -> ScoringConfig.fromJson(json, "t.json"), json);
        Matcher m = ALLOWED.matcher(e.issue().text().en());
        assertTrue(m.find(), () -> "no list of allowed names in: " + e.issue().text().en());
        return List.of(m.group(1).split(",\\s*"));
    }

    /** The library's own methods of a stage (an extension registered by the tests' services file is not documented here). */
    private static List<String> methods(String stage) {
        Class<?> type = Map.<String, Class<?>>of("normalization", Normalization.class, "weighting", Weighting.class,
                "aggregation", Aggregation.class, "classification", Classification.class).get(stage);
        return allowed("{" + INDICATORS + ", \"" + stage + "\": {\"method\": \"NO_SUCH_METHOD\"}}").stream()
                .filter(name -> ScoringMethods.standard().find(type, name).orElseThrow().getClass().getName()
                        .startsWith("org.talentcatalog."))
                .toList();
    }

    @Test
    void everyMethodOfEveryStageHasItsOwnEntry() throws IOException {
        String doc = doc();
        List<String> missing = new ArrayList<>();
        for (String stage : STAGES.keySet()) {
            List<String> methods = methods(stage);
            assertTrue(methods.contains(STAGES.get(stage)), () -> stage + ": " + methods);
            for (String method : methods) {
                String entry = stage.equals("normalization") ? "| `" + method + "` |" : "- **`" + method + "`**";
                if (!doc.contains(entry)) {
                    missing.add(stage + " " + method);
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "methods without an entry in docs/scoring.md: " + missing);
    }

    @Test
    void everyConfigurationMemberIsDocumented() throws IOException {
        Set<String> words = codeWords(doc());
        Set<String> members = new TreeSet<>();
        members.addAll(allowed("{" + INDICATORS + ", \"zz_unknown\": 1}"));
        members.addAll(allowed("{\"indicators\": [{\"id\": \"a\", \"zz_unknown\": 1}]}"));
        for (String part : List.of("survey", "uncertainty", "sensitivity")) {
            members.addAll(allowed("{" + INDICATORS + ", \"" + part + "\": {\"zz_unknown\": 1}}"));
        }
        for (String stage : STAGES.keySet()) {
            for (String method : methods(stage)) {
                members.addAll(allowed("{" + INDICATORS + ", \"" + stage + "\": {\"method\": \"" + method
                        + "\", \"zz_unknown\": 1}}"));
            }
        }
        assertTrue(members.containsAll(List.of("indicators", "pairwise", "alpha", "floor", "classes", "seed")), members::toString);
        members.removeIf(words::contains);
        assertTrue(members.isEmpty(), () -> "configuration members not in docs/scoring.md: " + members);
    }

    @Test
    void everyEnumeratedOptionIsDocumented() throws IOException {
        Set<String> words = codeWords(doc());
        Set<String> options = new TreeSet<>();
        for (Class<? extends Enum<?>> type : List.of(AhpPriority.class, RandomIndex.class, MissingValues.class,
                SurveyOptions.ZeroApplicants.class, IndicatorDirection.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                options.add(constant.name());
            }
        }
        ScoringException on = assertThrows(ScoringException.class, () -> ScoringConfig.fromJson(
                "{" + INDICATORS + ", \"weighting\": {\"method\": \"ENTROPY\", \"on\": \"zz\"}}", "t.json"));
        Matcher m = Pattern.compile("\\b[A-Z][A-Z_]+\\b").matcher(on.issue().text().en().substring(0, on.issue().text().en().indexOf(':')));
        while (m.find()) {
            options.add(m.group());
        }
        assertTrue(options.containsAll(List.of("RAW", "NORMALIZED")), options::toString);
        options.removeIf(words::contains);
        assertTrue(options.isEmpty(), () -> "options not in docs/scoring.md: " + options);
    }

    @Test
    void randomIndexTablesMatchTheCode() throws IOException {
        List<String> lines = doc().lines().toList();
        for (RandomIndex table : RandomIndex.values()) {
            String row = lines.stream().filter(l -> l.strip().startsWith("| `" + table.name() + "`")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + table));
            String[] cells = row.strip().split("\\s*\\|\\s*");
            assertEquals(RandomIndex.MAX_ORDER - 3 + 1, cells.length - 2, () -> "values n = 3 … 10 in " + row);
            for (int n = 3; n <= RandomIndex.MAX_ORDER; n++) {
                assertEquals(table.of(n), Double.parseDouble(cells[n - 1]), 0, table + " RI(" + n + ")");
            }
            assertEquals(0, table.of(1), "RI is 0 for n ≤ 2");
            assertEquals(0, table.of(2));
            for (int n : new int[] {0, -1, RandomIndex.MAX_ORDER + 1}) {
                assertThrows(IllegalArgumentException.class, () -> table.of(n), table + " has no RI(" + n + ")");
            }
        }
    }

    @Test
    void surveyIndicatorsColumnsWarningsAndOutputMembersAreDocumented() throws IOException {
        Set<String> words = codeWords(doc());
        Set<String> names = new TreeSet<>(SurveyIndicators.IDS);
        String sources = allSources();
        names.addAll(matches(sources, "\\.(?:require|optional)\\(\"([a-z_]+)\"\\)"));
        names.addAll(matches(sources, "new ScoringWarning\\(\"([A-Z_]+)\""));
        String json = Files.readString(SOURCES.resolve("internal/ScoringJson.java"), StandardCharsets.UTF_8)
                + Files.readString(SOURCES.resolve("internal/ConsensusJson.java"), StandardCharsets.UTF_8);
        Set<String> output = matches(json, "(?:Field|FieldStart|FieldName)\\(\"([A-Za-z]+)\"|(?:numbers?|counts|unscored)\\(g, \"([A-Za-z]+)\"");
        assertTrue(output.containsAll(List.of("levelProbabilities", "rankInterval", "wCorrected", "fullMarkRatio")), output::toString);
        assertTrue(names.containsAll(List.of("respondent_id", "expert_id", "AHP_INCONSISTENT")), names::toString);
        names.addAll(output);
        names.removeIf(words::contains);
        assertTrue(names.isEmpty(), () -> "not in docs/scoring.md: " + names);
    }

    private static String allSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(m.group(g));
                }
            }
        }
        assertFalse(out.isEmpty(), regex);
        return out;
    }
}
