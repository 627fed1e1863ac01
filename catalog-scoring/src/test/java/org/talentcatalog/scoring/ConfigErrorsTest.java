package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration error keeps its location and both messages: the cases and their expected
 * errors are in {@code config-errors.txt}.
 */
class ConfigErrorsTest {

    /** One case: the member(s) added to a minimal configuration (or all of it) and the expected error. */
    record Case(String member, String location, String zh, String en) {
        @Override
        public String toString() {
            return member;
        }
    }

    static Stream<Case> cases() throws IOException {
        String text;
        try (InputStream in = ConfigErrorsTest.class.getResourceAsStream("config-errors.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : (text + "\n\n").lines().toList()) {
            if (line.startsWith("#")) {
                continue;
            }
            if (!line.isBlank()) {
                block.add(line);
            } else if (!block.isEmpty()) {
                assertEquals(4, block.size(), "a case is four lines: " + block);
                out.add(new Case(block.get(0), block.get(1).strip(), block.get(2).strip(), block.get(3).strip()));
                block.clear();
            }
        }
        assertTrue(out.size() > 40, "cases: " + out.size());
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void errorKeepsItsLocationAndMessages(Case c) {
        String json = c.member().startsWith("\"indicators\"") ? "{" + c.member() + "}"
                : "{\"indicators\": [{\"id\": \"x\"}], " + c.member() + "}";
        ScoringException e = assertThrows(ScoringException.class, () -> ScoringConfig.fromJson(json, "c.json"));
        assertAll(() -> assertEquals(c.location(), e.issue().cell()),
                () -> assertEquals(c.zh(), e.issue().text().zh()),
                () -> assertEquals(c.en(), e.issue().text().enOrZh()));
    }
}
