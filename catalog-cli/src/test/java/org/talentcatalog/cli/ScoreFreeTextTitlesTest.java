package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog score … --catalog TEMPLATE}: survey rows that name their position only in free text. */
class ScoreFreeTextTitlesTest {

    private static final Path SAMPLES = Path.of("../examples/data/scoring/ic-survey-samples.csv");
    private static final String CONFIG = "../examples/data/scoring/ic-scoring-config.json";
    private static final String TEMPLATE = "../examples/data/scoring/ic-catalog-template.json";

    @TempDir
    Path dir;

    /** The samples with IC-003 rows titled 模拟电路设计 and IC-002 rows titled 保安, both without an id. */
    private Path samples() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[2].equals("IC-003") || c[2].equals("IC-002")) {
                c[3] = c[2].equals("IC-003") ? "模拟电路设计" : "保安";
                c[2] = "";
            }
            out.add(String.join(",", c));
        }
        return Files.write(dir.resolve("samples.csv"), out, StandardCharsets.UTF_8);
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void titledRowsArePlacedOnTheTemplateAndLowOnesAreListedInTheWarnings() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path draft = dir.resolve("draft.json");
        int code = run(out, err, "score", samples().toString(), "--config", CONFIG, "--catalog", TEMPLATE,
                "--out", draft.toString(), "--format", "json");
        assertEquals(0, code, err.toString());
        JsonNode result = new ObjectMapper().readTree(out.toString());
        List<String> ids = new ArrayList<>();
        result.get("positions").forEach(p -> ids.add(p.get("id").asText()));
        assertTrue(ids.contains("IC-003"), ids.toString());
        assertTrue(!ids.contains("IC-002"), ids.toString());
        String warnings = result.get("warnings").toString();
        assertTrue(warnings.matches(".*\\d+ 行调研样本的岗位名称无法可靠匹配到模板目录的岗位，未计入评分：保安\".*"), warnings);
    }

    @Test
    void withoutATemplateARowWithoutAnIdIsStillAnError() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "score", samples().toString(), "--config", CONFIG);
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("catalog score: samples.csv:"), err.toString());
    }
}
