package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves the test applier right on the add, remove, replace and move cases of the official json-patch-tests
 * suite (https://github.com/json-patch/json-patch-tests, tests.json and spec_tests.json), copied into
 * {@code json-patch-tests.json} with attribution.
 */
class JsonPatchApplierSuiteTest {

    private static JsonNode suite() throws Exception {
        try (InputStream in = JsonPatchApplierSuiteTest.class.getResourceAsStream("json-patch-tests.json")) {
            return new ObjectMapper().readTree(in).get("tests");
        }
    }

    @TestFactory
    Stream<DynamicTest> applierPassesEveryAddRemoveReplaceMoveCaseOfTheOfficialSuite() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode c : suite()) {
            String name = (i++) + ": " + c.path("comment").asText(c.has("error") ? c.get("error").asText() : "case");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                if (c.has("error")) {
                    assertThrows(IllegalArgumentException.class, () -> JsonPatchApplier.apply(c.get("doc"), c.get("patch")));
                } else {
                    JsonNode expected = c.has("expected") ? c.get("expected") : c.get("doc");
                    assertEquals(expected, JsonPatchApplier.apply(c.get("doc"), c.get("patch")));
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void suiteHoldsBothSuccessAndErrorCasesOfAllFourOperations() throws Exception {
        int errors = 0;
        java.util.Set<String> ops = new java.util.HashSet<>();
        for (JsonNode c : suite()) {
            errors += c.has("error") ? 1 : 0;
            c.get("patch").forEach(op -> ops.add(op.get("op").asText()));
        }
        assertTrue(errors >= 10, "error cases: " + errors);
        assertTrue(ops.containsAll(List.of("add", "remove", "replace", "move")), ops.toString());
    }

    @Test
    void moveIntoItsOwnChildIsRefused() {
        JsonNode doc = JsonNodeFactory.instance.objectNode().set("a", JsonNodeFactory.instance.objectNode().put("b", 1));
        JsonNode patch = JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode()
                .put("op", "move").put("from", "/a").put("path", "/a/b/c"));
        assertThrows(IllegalArgumentException.class, () -> JsonPatchApplier.apply(doc, patch));
    }

    @Test
    void moveWithinAnArrayReadsTheTargetIndexAfterTheRemoval() {
        JsonNode doc = JsonNodeFactory.instance.arrayNode().add("a").add("b").add("c");
        JsonNode patch = JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode()
                .put("op", "move").put("from", "/0").put("path", "/2"));
        assertEquals(JsonNodeFactory.instance.arrayNode().add("b").add("c").add("a"), JsonPatchApplier.apply(doc, patch));
        JsonNode beyond = JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode()
                .put("op", "move").put("from", "/0").put("path", "/3"));
        assertThrows(IllegalArgumentException.class, () -> JsonPatchApplier.apply(doc, beyond));
    }
}
