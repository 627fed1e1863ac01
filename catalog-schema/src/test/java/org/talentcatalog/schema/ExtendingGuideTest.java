package org.talentcatalog.schema;

import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.Rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.rules.SalaryRangeRule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Runs the rule example of {@code docs/extending.md} ("A new rule") and keeps the page's code
 * identical to the files that run here.
 */
class ExtendingGuideTest {

    private static final Path GUIDE = Path.of("../docs/extending.md");
    private static final Path SOURCE = Path.of("src/test/java/com/example/rules/SalaryRangeRule.java");
    private static final Path SERVICES = Path.of("src/test/resources/META-INF/services/org.talentcatalog.schema.spi.Rule");
    private static final Path THIS = Path.of("src/test/java/org/talentcatalog/schema/ExtendingGuideTest.java");

    private static String section() throws Exception {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int from = guide.indexOf("## A new rule\n");
        assertTrue(from >= 0, "docs/extending.md has a section \"## A new rule\"");
        int to = guide.indexOf("\n## ", from + 1);
        return guide.substring(from, to < 0 ? guide.length() : to + 1);
    }

    /** The body of the first fenced block after {@code heading} that opens with {@code fence}. */
    private static String block(String section, String heading, String fence) {
        int at = section.indexOf(heading);
        assertTrue(at >= 0, heading);
        int open = section.indexOf(fence + "\n", at);
        int close = section.indexOf("\n```\n", open);
        assertTrue(open >= 0 && close > open, fence + " block after " + heading);
        return section.substring(open + fence.length() + 1, close + 1);
    }

    /** The fixture with the second position's salary from 100,000 to {@code max} a year. */
    private static String withSalaryMax(long max) {
        ObjectNode doc = Fixtures.tree();
        Fixtures.obj(doc, "/positions/1/demand/salary").put("min", 100_000).put("max", max);
        return doc.toPrettyString();
    }

    @Test
    void theGuidesClassAndRegistrationLineAreTheFilesThatRunHere() throws Exception {
        String section = section();
        assertEquals(Files.readString(SOURCE, StandardCharsets.UTF_8), block(section, "### The class", "```java"),
                "docs/extending.md's rule class differs from " + SOURCE);
        assertEquals(Files.readString(SERVICES, StandardCharsets.UTF_8), block(section, "### The registration line", "```"),
                "docs/extending.md's registration line differs from " + SERVICES);
        String source = Files.readString(THIS, StandardCharsets.UTF_8);
        String snippet = source.substring(source.lastIndexOf("// snippet:use begin"), source.lastIndexOf("// snippet:use end"));
        snippet = snippet.substring(snippet.indexOf('\n') + 1).stripIndent();
        assertEquals(snippet, block(section, "### Using it", "```java"), "docs/extending.md's \"Using it\" differs from this test");
    }

    @Test
    void theStandardRegistryFindsTheExampleThroughItsServicesLineAfterR1ToR18() {
        List<String> ids = Rules.standard().ids();
        assertEquals(19, ids.size(), ids::toString);
        assertEquals("X-SALARY-RANGE", ids.get(18), "found rules run after the built-ins");
        assertInstanceOf(SalaryRangeRule.class, Rules.standard().get("X-SALARY-RANGE"));
    }

    @Test
    void aStandardValidatorWarnsAboutARangeWiderThanFiveTimes() {
        String json = withSalaryMax(600_000);
        // snippet:use begin
        ValidationReport report = CatalogValidator.standard().validateText(json);
        List<Issue> wide = report.issues("X-SALARY-RANGE");
        // snippet:use end
        assertEquals(1, wide.size(), report::toString);
        Issue issue = wide.get(0);
        assertEquals(Severity.WARNING, issue.severity());
        assertEquals("/positions/1/demand/salary/max", issue.pointer());
        assertNotNull(issue.line(), "located while streaming");
        assertEquals("薪酬上限 600000 超过下限 100000 的 5 倍", issue.message(Locale.CHINESE));
        assertEquals("salary max 600000 exceeds 5 times the min 100000", issue.message(Locale.ENGLISH));
        assertTrue(report.valid(), "a warning leaves the catalog valid");
        assertEquals(List.of(), CatalogValidator.standard().validateText(withSalaryMax(500_000)).issues(), "five times is allowed");
    }

    @Test
    void registeringTheExampleAgainNamesBothClassesAndWithoutItNothingIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatalogValidator.builder().addRule(new SalaryRangeRule()));
        assertTrue(e.getMessage().contains("X-SALARY-RANGE is registered twice: " + SalaryRangeRule.class.getName() + ", "
                + SalaryRangeRule.class.getName()), e.getMessage());
        CatalogValidator without = CatalogValidator.builder().removeRule("X-SALARY-RANGE").build();
        assertEquals(List.of(), without.validateText(withSalaryMax(600_000)).issues());
        CatalogValidator explicit = CatalogValidator.builder().rules(Rules.builder().add(new SalaryRangeRule()).build()).build();
        assertEquals(List.of("X-SALARY-RANGE"), explicit.validateText(withSalaryMax(600_000)).issues().stream().map(Issue::rule).toList());
    }
}
