package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog evaluate} on the worked example (examples/data/lifecycle), and its refusals. */
class EvaluateCommandTest {

    private static final Path DATA = Path.of("../examples/data");
    private static final String CATALOG = DATA.resolve("catalogs/sh-ic-2024.json").toString();
    private static final String NEXT = DATA.resolve("catalogs/sh-ic-2025.json").toString();
    private static final String BEFORE = DATA.resolve("scoring/ic-survey-samples.csv").toString();
    private static final String AFTER = DATA.resolve("lifecycle/survey-2025.csv").toString();

    @TempDir
    Path dir;

    @Test
    void jsonHasTheDocumentedMembersOnly() throws Exception {
        Run r = run("evaluate", CATALOG, "--before", BEFORE, "--after", AFTER, "--format", "json", "--replicates", "100");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> members = new ArrayList<>();
        json.fieldNames().forEachRemaining(members::add);
        assertEquals(List.of("positions", "groups", "differenceInDifferences", "intervals"), members);
        assertEquals(12, json.get("groups").get("listed").get("positions").asInt());
        assertEquals(28, json.get("groups").get("unlisted").get("positions").asInt());
        JsonNode first = json.get("positions").get(0);
        assertEquals("IC-001", first.get("id").asText());
        assertTrue(first.get("listed").asBoolean());
        double before = first.get("before").get("days_to_fill").asDouble();
        double after = first.get("after").get("days_to_fill").asDouble();
        assertEquals(after - before, first.get("change").get("days_to_fill").asDouble(), 1e-9);
        for (String ind : List.of("demand_supply_ratio", "unfilled_rate", "days_to_fill")) {
            double did = json.get("differenceInDifferences").get(ind).asDouble();
            assertEquals(json.get("groups").get("listed").get("meanChange").get(ind).asDouble()
                    - json.get("groups").get("unlisted").get("meanChange").get(ind).asDouble(), did, 1e-9);
            JsonNode interval = json.get("intervals").get(ind);
            assertTrue(interval.get(0).asDouble() < did && did < interval.get(1).asDouble(), ind + " " + interval);
            assertTrue(interval.get(1).asDouble() < 0, "the example's listed positions eased: " + ind + " " + interval);
        }
    }

    @Test
    void markdownWithTheBackTestIsAReport() {
        Run r = run("evaluate", CATALOG, "--before", BEFORE, "--after", AFTER, "--next", NEXT, "--replicates", "50", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("## Difference in differences"), r.out());
        assertTrue(r.out().contains("### very scarce"), r.out());
        assertTrue(r.out().contains("- left: IC-004, IC-009"), r.out());
        Run json = run("evaluate", CATALOG, "--before", BEFORE, "--after", AFTER, "--next", NEXT, "--replicates", "0", "--format", "json");
        assertTrue(json.out().contains("\"backTest\""), json.out());
    }

    @Test
    void unreadableWavesAndWrongCallsExitTwo() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, Files.readString(Path.of(BEFORE), StandardCharsets.UTF_8).replaceFirst("\nE001,EMPLOYER,IC-001,([^,]*),([^,]*),([^,]*),1,", "\nE001,EMPLOYER,IC-001,$1,$2,$3,many,"), StandardCharsets.UTF_8);
        Run r = run("evaluate", CATALOG, "--before", bad.toString(), "--after", AFTER);
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("catalog evaluate: bad.csv:2:"), r.err());
        Run missing = run("evaluate", CATALOG, "--before", BEFORE, "--after", dir.resolve("none.csv").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("catalog evaluate: "), missing.err());
        Run replicates = run("evaluate", CATALOG, "--before", BEFORE, "--after", AFTER, "--replicates", "-1");
        assertEquals(2, replicates.code());
        assertEquals("catalog evaluate: --replicates 的值“-1”无效：应为 0 到 100000 的整数", replicates.err().strip());
    }
}
