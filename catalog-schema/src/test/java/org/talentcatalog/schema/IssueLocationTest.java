package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talentcatalog.schema.Fixtures.arr;
import static org.talentcatalog.schema.Fixtures.obj;
import static org.talentcatalog.schema.Fixtures.tree;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Issue;

/**
 * Every issue of a streamed document carries the line and column of its value, whichever layer found
 * it and whenever: while a position was read, with the header, or at the end of the document.
 */
class IssueLocationTest {

    /** The fixture with twelve positions, so that {@code /positions/1} is a prefix of {@code /positions/10}. */
    private static ObjectNode twelvePositions() {
        ObjectNode doc = tree();
        ArrayNode positions = arr(doc, "/positions");
        for (int k = 2; k < 12; k++) {
            ObjectNode copy = obj(doc, "/positions/0").deepCopy();
            copy.put("id", String.format("IC-%03d", k + 1));
            obj(copy, "/name").put("zh", "岗位" + k);
            positions.add(copy);
        }
        return doc;
    }

    private static String text(ObjectNode doc) {
        return doc.toPrettyString();
    }

    /** {@code line:column} (1-based, in characters) of {@code token}, searched after {@code after}. */
    private static String place(String json, String after, String token) {
        int at = json.indexOf(token, json.indexOf(after) + after.length() - token.length());
        return lineAndColumn(json, at);
    }

    /** {@code line:column} of the last {@code token} before {@code before}. */
    private static String placeBefore(String json, String before, String token) {
        return lineAndColumn(json, json.lastIndexOf(token, json.indexOf(before)));
    }

    private static String lineAndColumn(String json, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (json.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (at - lineStart + 1);
    }

    private static String placeOf(Issue issue) {
        return issue.line() + ":" + issue.column();
    }

    private static Issue one(ValidationReport report, String rule, String pointer) {
        List<Issue> found = report.issues(rule).stream().filter(i -> pointer.equals(i.pointer())).toList();
        assertEquals(1, found.size(), () -> rule + " at " + pointer + " in " + report.issues());
        return found.get(0);
    }

    @Test
    void positionIssuesFoundWhileReadingArePlacedAtTheirValueInTheRightPosition() {
        ObjectNode doc = twelvePositions();
        obj(doc, "/positions/1").put("category", "RESEARCH_1");
        obj(doc, "/positions/10").put("category", "RESEARCH_10");
        String json = text(doc);
        ValidationReport report = Fixtures.VALIDATOR.validateText(json);
        assertEquals(place(json, "\"RESEARCH_1\"", "\"RESEARCH_1\""), placeOf(one(report, "schema:enum", "/positions/1/category")));
        assertEquals(place(json, "\"RESEARCH_10\"", "\"RESEARCH_10\""), placeOf(one(report, "schema:enum", "/positions/10/category")));
    }

    @Test
    void issuesFoundAtTheEndOfTheDocumentArePlacedAtTheirValue() {
        ObjectNode doc = twelvePositions();
        obj(doc, "/positions/10").put("industry", "BIOMEDICINE");
        obj(doc, "/positions/11/shortage").put("score", 0.125);
        String json = text(doc);
        ValidationReport report = Fixtures.VALIDATOR.validateText(json);
        assertEquals(place(json, "\"BIOMEDICINE\"", "\"BIOMEDICINE\""), placeOf(one(report, "R9", "/positions/10/industry")));
        String level = placeBefore(json, "0.125", "\"VERY_SCARCE\"");
        assertEquals(level, placeOf(one(report, "R13", "/positions/11/shortage/level")));
    }

    @Test
    void headerIssuesArePlacedAtTheRootTheirMemberOrTheValueInside() {
        ObjectNode doc = tree();
        obj(doc, "/methodology/consultations/0").put("type", "DEPARTMENT_SEMINAR");
        obj(doc, "/methodology/survey/respondents").put("HR_SERVICE_AGENCY", 0);
        doc.remove("title");
        obj(doc, "/issuance").put("documentNumber", "沪人社力[2024]15号");
        String json = text(doc);
        ValidationReport report = Fixtures.VALIDATOR.validateText(json);
        assertEquals("1:1", placeOf(one(report, "schema:required", "")));
        assertEquals(place(json, "\"consultations\" : [", "["), placeOf(one(report, "R14", "/methodology/consultations")));
        assertEquals(place(json, "\"respondents\" : {", "{"), placeOf(one(report, "R15", "/methodology/survey/respondents")));
        assertEquals(place(json, "\"沪人社力[2024]15号\"", "\"沪人社力[2024]15号\""),
                placeOf(one(report, "R16", "/issuance/documentNumber")));
    }

    @Test
    void anEmptyListOfPositionsIsPlacedAtItsBracket() {
        ObjectNode doc = tree();
        doc.remove("positions");
        doc.putArray("positions");
        doc.put("status", "APPROVED");
        String json = text(doc);
        Issue issue = one(Fixtures.VALIDATOR.validateText(json), "R3", "/positions");
        assertEquals(place(json, "\"positions\" : [", "["), placeOf(issue));
    }
}
