package org.talentcatalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.lifecycle.internal.ScoringResultReader;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.PositionScore;
import org.talentcatalog.scoring.ScoringResult;

/** Reading a scoring result's JSON: each member the lifecycle uses, and each fault at its place. */
class ScoringResultReaderTest {

    @TempDir
    Path dir;

    private ScoringResult read(String json) throws Exception {
        Path file = dir.resolve("scores.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return Renewal.readScores(file);
    }

    private String refusal(String json) throws Exception {
        Path file = dir.resolve("scores.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return assertThrows(LifecycleInputException.class, () -> Renewal.readScores(file)).describe(Locale.ENGLISH)
                .substring(file.toString().length());
    }

    @Test
    void everyMemberTheLifecycleUsesIsRead() throws Exception {
        ScoringResult r = read("{\"weights\": {\"a\": 0.25, \"b\": 0.75}, \"classification\": {\"method\": \"JENKS\"},"
                + " \"positions\": [{\"id\": \"IC-1\", \"name\": \"设计\", \"industry\": \"IC\", \"score\": 0.5, \"rank\": 2,"
                + " \"level\": \"SCARCE\", \"indicators\": {\"vacancies\": 12}, \"levelProbabilities\": {\"SCARCE\": 0.9},"
                + " \"respondents\": 7}, {\"id\": \"IC-2\", \"score\": -1, \"level\": null, \"respondents\": 1.5}]}");
        assertEquals(Map.of("a", 0.25, "b", 0.75), r.weights());
        assertEquals("JENKS", r.classificationMethod());
        PositionScore first = r.positions().get(0);
        assertEquals(new PositionScore("IC-1", "设计", "IC", 0.5, 2, ShortageLevel.SCARCE, Map.of("vacancies", 12.0), Map.of(),
                Map.of("SCARCE", 0.9), null, 7), first);
        PositionScore second = r.positions().get(1);
        assertEquals(new PositionScore("IC-2", "", "", -1, 0, null, Map.of(), Map.of(), Map.of(), null, null), second,
                "absent members take their defaults; a respondent count that is no integer is left out");
        assertEquals(List.of(), read("{\"positions\": []}").positions());
        assertEquals("", read("{\"positions\": []}").classificationMethod());
    }

    @Test
    void aPositionWithoutAUsableIdScoreOrLevelIsRefusedAtItsIndex() throws Exception {
        assertEquals(" [/positions/1]: member id is missing or invalid",
                refusal("{\"positions\": [{\"id\": \"A\", \"score\": 1}, {\"score\": 1}]}"));
        assertEquals(" [/positions/0]: member id is missing or invalid", refusal("{\"positions\": [{\"id\": 7, \"score\": 1}]}"));
        assertEquals(" [/positions/0]: member id is missing or invalid", refusal("{\"positions\": [{\"id\": \" \", \"score\": 1}]}"));
        assertEquals(" [/positions/0]: member id is missing or invalid", refusal("{\"positions\": [\"A\"]}"));
        assertEquals(" [/positions/0]: member score is missing or invalid", refusal("{\"positions\": [{\"id\": \"A\"}]}"));
        assertEquals(" [/positions/0]: member score is missing or invalid",
                refusal("{\"positions\": [{\"id\": \"A\", \"score\": 1e400}]}"));
        assertEquals(" [/positions/0]: member level is missing or invalid",
                refusal("{\"positions\": [{\"id\": \"A\", \"score\": 1, \"level\": \"RARE\"}]}"));
        assertEquals(" [/positions/0]: member vacancies is missing or invalid",
                refusal("{\"positions\": [{\"id\": \"A\", \"score\": 1, \"indicators\": {\"vacancies\": \"12\"}}]}"));
        assertEquals(" [/weights]: member a is missing or invalid", refusal("{\"weights\": {\"a\": true}, \"positions\": []}"));
        assertEquals(": not a scoring result: no positions array (expected the output of catalog score --format json)",
                refusal("{\"positions\": {}}"));
    }

    @Test
    void aFileBeyondTheBoundIsNotRead() throws Exception {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(ScoringResultReader.MAX_BYTES + 1);
        }
        LifecycleInputException e = assertThrows(LifecycleInputException.class, () -> Renewal.readScores(file));
        assertEquals(file + ": the scoring result is larger than 64 MiB and is not read", e.describe(Locale.ENGLISH));
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(ScoringResultReader.MAX_BYTES);
        }
        e = assertThrows(LifecycleInputException.class, () -> Renewal.readScores(file));
        assertTrue(e.describe(Locale.ENGLISH).contains("not valid JSON"), "a file of exactly the bound is read: "
                + e.describe(Locale.ENGLISH));
    }
}
