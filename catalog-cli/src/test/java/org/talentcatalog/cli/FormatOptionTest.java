package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.cli.Run.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code --format} of validate, diff, score and consensus: a renderer from the standard registry by the
 * result's type and the name; an unknown name is a wrong call (exit 2) named on one line with the
 * registered formats, before any input is read.
 */
class FormatOptionTest {

    private static final Path DATA = Path.of("../examples/data");
    private static final String OLD = DATA.resolve("catalogs/sh-ic-2024.json").toString();
    private static final String NEW = DATA.resolve("catalogs/sh-ic-2025.json").toString();
    private static final String SURVEY = DATA.resolve("scoring/ic-survey-samples.csv").toString();
    private static final String CONFIG = DATA.resolve("scoring/ic-scoring-config.json").toString();

    @Test
    void unknownDiffFormatExitsTwoNamingTheRegisteredFormats() {
        Run r = run("diff", OLD, NEW, "--format", "html");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("catalog diff: --format 的值“html”无效：应为 text、json、patch 或 markdown (catalog diff --help)\n",
                r.err());
        Run en = run("diff", OLD, NEW, "--format", "Markdown", "--lang", "en");
        assertEquals(2, en.code());
        assertEquals("catalog diff: invalid value 'Markdown' for --format: expected text, json, patch or markdown"
                + " (catalog diff --help)\n", en.err());
    }

    @Test
    void unknownFormatOfTheOtherCommandsExitsTwoBeforeReadingAnything() {
        Run validate = run("validate", "no-such-file.json", "--format", "xml", "--lang", "en");
        assertEquals(2, validate.code());
        assertEquals("catalog validate: invalid value 'xml' for --format: expected text or json"
                + " (catalog validate --help)\n", validate.err());
        Run score = run("score", SURVEY, "--config", CONFIG, "--format", "csv");
        assertEquals(2, score.code());
        assertEquals("", score.out());
        assertEquals("catalog score: --format 的值“csv”无效：应为 text 或 json (catalog score --help)\n", score.err());
        Run consensus = run("consensus", "no-such-ratings.csv", "--format", "yaml", "--lang", "en");
        assertEquals(2, consensus.code());
        assertEquals("catalog consensus: invalid value 'yaml' for --format: expected text or json"
                + " (catalog consensus --help)\n", consensus.err());
    }

    @Test
    void helpListsTheFormatsOfTheRegistry() {
        assertTrue(run("diff", "--help").out().contains("输出格式 output format: text, json, patch, markdown"));
        assertTrue(run("validate", "--help").out().contains("输出格式 output format: text, json"));
        assertTrue(run("score", "--help").out().contains("text, json (default: text)"), run("score", "--help").out());
        assertTrue(run("consensus", "--help").out().contains("text, json (default: text)"));
    }

    @Test
    void everyRegisteredDiffFormatRendersTheShippedEditions() {
        for (String format : new String[] {"text", "json", "patch", "markdown"}) {
            Run r = run("diff", OLD, NEW, "--format", format);
            assertEquals(0, r.code(), format + ": " + r.err());
            assertTrue(r.out().endsWith("\n") && !r.out().endsWith("\n\n"), format);
        }
    }
}
