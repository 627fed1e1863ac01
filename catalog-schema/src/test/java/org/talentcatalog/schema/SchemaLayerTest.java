package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.schema.Fixtures.obj;
import static org.talentcatalog.schema.Fixtures.tree;
import static org.talentcatalog.schema.Fixtures.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Issue;

/** Schema-layer findings: rule ids, pointers, lines and columns, clear messages, one issue per fault. */
class SchemaLayerTest {

    @Test
    void missingMemberIsReportedAtTheObjectThatLacksIt() {
        ObjectNode doc = tree();
        obj(doc, "/edition").remove("version");
        ValidationReport r = validate(doc);
        assertEquals(1, r.issues().size(), r.issues().toString());
        Issue i = r.issues().get(0);
        assertEquals("schema:required", i.rule());
        assertEquals("/edition", i.pointer());
        assertTrue(i.message(Locale.ENGLISH).contains("\"version\""));
    }

    @Test
    void linesAndColumnsPointAtTheValueInCharacters() {
        String json = CatalogJson.write(Fixtures.catalog()).replace("\"category\": \"APPLIED_TECHNOLOGY\"",
                "\"category\": \"RESEARCH\"");
        ValidationReport r = Fixtures.VALIDATOR.validateText(json);
        List<Issue> enums = r.issues("schema:enum");
        assertEquals(2, enums.size());
        Issue first = enums.get(0);
        assertEquals("/positions/0/category", first.pointer());
        String[] lines = json.split("\n", -1);
        String line = lines[first.line() - 1];
        assertEquals("\"RESEARCH\"", line.substring(first.column() - 1, first.column() - 1 + 10));
        assertTrue(first.message(Locale.CHINESE).contains("APPLIED_TECHNOLOGY"), "lists the allowed codes");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        String json = CatalogJson.write(Fixtures.catalog()).replace("\"zh\": \"工艺整合工程师\"",
                "\"zh\": \"工艺整合工程师\", \"fr\": \"x\"");
        Issue i = Fixtures.VALIDATOR.validateText(json).issues("schema:additionalProperties").get(0);
        String line = json.split("\n", -1)[i.line() - 1];
        assertEquals("\"x\"", line.substring(i.column() - 1, i.column() + 2));
        assertEquals("/positions/1/name/fr", i.pointer());
    }

    @Test
    void extensionMembersAreAllowedOnlyAtTheThreeLevels() {
        ObjectNode doc = tree();
        doc.put("x-a", 1);
        obj(doc, "/positions/0").putNull("x-b");
        obj(doc, "/positions/0/requirements").putObject("x-c").put("deep", true);
        assertTrue(validate(doc).issues().isEmpty());
        obj(doc, "/edition").put("x-d", 1);
        obj(doc, "/positions/0/shortage").put("x-e", 1);
        doc.put("x-", 1);
        List<String> pointers = validate(doc).issues().stream().map(Issue::pointer).sorted().toList();
        assertEquals(List.of("/edition/x-d", "/positions/0/shortage/x-e", "/x-"), pointers);
    }

    @Test
    void memberNamesWithSlashAndTildeAreEscapedAndStillLocated() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1").put("a/b~c", 1);
        ValidationReport r = validate(doc);
        assertEquals(1, r.issues().size(), r.issues().toString());
        Issue i = r.issues().get(0);
        assertEquals("/positions/1/a~1b~0c", i.pointer());
        assertTrue(i.line() != null && i.line() > 1, "located through the escaped pointer");
    }

    @Test
    void blankTextIncludesIdeographicAndNoBreakSpaces() {
        ObjectNode doc = tree();
        obj(doc, "/title").put("zh", "\u3000\u00a0 ");
        ValidationReport r = validate(doc);
        assertEquals(1, r.issues().size(), r.issues().toString());
        assertEquals("/title/zh", r.issues().get(0).pointer());
        assertEquals("schema:pattern", r.issues().get(0).rule());
    }

    @Test
    void lengthsCountCodePoints() {
        ObjectNode doc = tree();
        obj(doc, "/title").put("zh", "😀".repeat(200));
        assertTrue(validate(doc).valid(), "200 astral characters are 200 code points");
        obj(doc, "/title").put("zh", "😀".repeat(201));
        assertEquals("schema:maxLength", validate(doc).issues().get(0).rule());
    }

    @Test
    void impossibleCalendarDateIsASchemaError() {
        ObjectNode doc = tree();
        obj(doc, "/edition").put("validFrom", "2024-02-30");
        ValidationReport r = validate(doc);
        assertEquals(1, r.issues().size(), r.issues().toString());
        assertEquals("schema:format", r.issues().get(0).rule());
        assertEquals("/edition/validFrom", r.issues().get(0).pointer());
    }

    @Test
    void duplicateListItemIsReportedAtTheLaterOne() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0/requirements").putArray("majors").add("物理学").add("数学").add("物理学");
        ValidationReport r = validate(doc);
        assertEquals(1, r.issues().size(), r.issues().toString());
        assertEquals("/positions/0/requirements/majors/2", r.issues().get(0).pointer());
    }

    @Test
    void malformedSupersedesIsASchemaErrorNotR7() {
        ObjectNode doc = tree();
        obj(doc, "/edition").put("supersedes", "last year");
        ValidationReport r = validate(doc);
        assertEquals(List.of("schema:pattern"), r.issues().stream().map(Issue::rule).toList());
    }

    @Test
    void wrongTypeNamesBothTypes() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0/demand").put("headcount", "十");
        Issue i = validate(doc).issues().get(0);
        assertEquals("schema:type", i.rule());
        assertEquals("/positions/0/demand/headcount", i.pointer());
        assertTrue(i.message(Locale.ENGLISH).contains("integer") && i.message(Locale.ENGLISH).contains("string"),
                i.message(Locale.ENGLISH));
    }

    @Test
    void capListsTheFirstIssuesAndCountsTheRest() {
        StringBuilder sb = new StringBuilder("{\"positions\": [");
        for (int i = 0; i < 3000; i++) {
            sb.append(i == 0 ? "{}" : ",{}");
        }
        sb.append("]}");
        ValidationReport r = CatalogValidator.builder().maxIssues(50).build().validateText(sb.toString());
        assertEquals(50, r.issues().size());
        assertTrue(r.omitted() > 3000, "every position lacks several members");
        assertEquals(r.errorCount(), r.issues().size() + r.omitted());
        assertTrue(r.toJson(Locale.ENGLISH).contains("\"omitted\""));
    }

    @Test
    void issuesAreSortedByPlaceInTheDocument() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1").put("id", "bad id");
        obj(doc, "/edition").put("version", "24");
        List<Issue> issues = validate(doc).issues();
        for (int k = 1; k < issues.size(); k++) {
            assertTrue(issues.get(k - 1).line() <= issues.get(k).line());
        }
    }
}
