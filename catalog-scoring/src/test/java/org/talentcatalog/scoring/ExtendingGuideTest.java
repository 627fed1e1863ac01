package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.scoring.StandardDeviationWeighting;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The "A new weighting method" section of {@code docs/extending.md}: it shows exactly the class and
 * the services line that this module's tests compile and register, and that method scores.
 */
class ExtendingGuideTest {

    private static final Path GUIDE = Path.of("../docs/extending.md");
    private static final Path SOURCE = Path.of("src/test/java/com/example/scoring/StandardDeviationWeighting.java");
    private static final Path SERVICES =
            Path.of("src/test/resources/META-INF/services/org.talentcatalog.scoring.spi.ScoringMethodProvider");

    private static String section() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int start = guide.indexOf("\n## A new weighting method\n");
        assertTrue(start >= 0, "docs/extending.md has the section");
        int end = guide.indexOf("\n## ", start + 1);
        return guide.substring(start, end < 0 ? guide.length() : end);
    }

    private static String block(String text, String fence) {
        int start = text.indexOf(fence + "\n");
        assertTrue(start >= 0, "a " + fence + " block");
        start += fence.length() + 1;
        return text.substring(start, text.indexOf("```\n", start));
    }

    @Test
    void guideShowsExactlyTheCompiledClassAndItsServicesLine() throws IOException {
        String section = section();
        assertEquals(Files.readString(SOURCE, StandardCharsets.UTF_8), block(section, "```java"));
        assertEquals(Files.readString(SERVICES, StandardCharsets.UTF_8), block(section, "```text"));
        assertTrue(section.contains("`src/main/java/com/example/scoring/StandardDeviationWeighting.java`"));
        assertTrue(section.contains("`src/main/resources/META-INF/services/org.talentcatalog.scoring.spi.ScoringMethodProvider`"));
    }

    @Test
    void standardRegistryFindsTheMethodThroughItsServicesLine() {
        assertInstanceOf(StandardDeviationWeighting.class,
                ScoringMethods.standard().find(Weighting.class, "STANDARD_DEVIATION").orElseThrow());
        ScoringException e = assertThrows(ScoringException.class, () -> ScoringConfig.fromJson(
                "{\"indicators\": [{\"id\": \"a\"}], \"weighting\": {\"method\": \"NOPE\"}}", "c.json"));
        assertEquals("unknown method NOPE (allowed: EQUAL, FIXED, AHP, ENTROPY, CRITIC, COMBINED, STANDARD_DEVIATION)",
                e.issue().text().enOrZh());
        e = assertThrows(ScoringException.class, () -> ScoringConfig.fromJson(
                "{\"indicators\": [{\"id\": \"a\"}], \"weighting\": {\"method\": \"STANDARD_DEVIATION\", \"on\": \"RAW\"}}",
                "c.json"));
        assertEquals("$.weighting.on", e.issue().cell());
        assertEquals("unknown member: on (allowed: method)", e.issue().text().enOrZh());
    }

    @Test
    void weightsAreProportionalToTheStandardDeviationOfNormalisedValues() {
        IndicatorTable table = IndicatorTable.readCsv(new StringReader("position_id,a,b\nP1,1,0\nP2,2,0\nP3,3,0\nP4,4,7\n"), "t.csv");
        ScoringConfig config = ScoringConfig.fromJson("{\"indicators\": [{\"id\": \"a\"}, {\"id\": \"b\"}],"
                + " \"normalization\": {\"method\": \"MIN_MAX\"}, \"weighting\": {\"method\": \"standard_deviation\"}}", "c.json");
        ScoringResult r = ShortageScorer.of(config).score(table);
        // Normalised a = 0, 1/3, 2/3, 1 (sample variance 5/27); b = 0, 0, 0, 1 (sample variance 1/4).
        double sa = Math.sqrt(5.0 / 27);
        double sb = 0.5;
        assertEquals(sa / (sa + sb), r.weights().get("a"), 1e-12);
        assertEquals(sb / (sa + sb), r.weights().get("b"), 1e-12);
    }

    @Test
    void registeredInCodeItNestsInCombinedAndScoresTheShippedSurvey() {
        ScoringMethods methods = ScoringMethods.builder().add(new StandardDeviationWeighting())
                .add(new org.talentcatalog.scoring.internal.EqualWeighting())
                .add(new org.talentcatalog.scoring.internal.CombinedWeighting.Provider()).build();
        ScoringConfig config = ScoringConfig.fromJson("{\"indicators\": [{\"id\": \"demand_supply_ratio\"},"
                + " {\"id\": \"days_to_fill\"}, {\"id\": \"unfilled_rate\"}], \"weighting\": {\"method\": \"COMBINED\","
                + " \"subjective\": {\"method\": \"EQUAL\"}, \"objective\": {\"method\": \"STANDARD_DEVIATION\"}}}",
                "c.json", methods);
        ScoringResult r = ShortageScorer.of(config).score(SurveyData.read(Path.of("../examples/data/scoring/ic-survey-samples.csv")));
        assertEquals(1.0, r.weights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertEquals(40, r.positions().size() + r.insufficientSample().size());
    }
}
