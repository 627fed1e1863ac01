package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talentcatalog.schema.Fixtures.arr;
import static org.talentcatalog.schema.Fixtures.obj;
import static org.talentcatalog.schema.Fixtures.tree;
import static org.talentcatalog.schema.Fixtures.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;

/**
 * What the schema layer says for each kind of violation: the rule, the pointer and the message in
 * both languages, naming the value and what is allowed.
 */
class SchemaMessagesTest {

    /** The one issue of the report, checked to be a schema error at the pointer. */
    private static Issue only(ObjectNode doc, String rule, String pointer) {
        ValidationReport report = validate(doc);
        assertEquals(1, report.issues().size(), () -> report.issues().toString());
        Issue issue = report.issues().get(0);
        assertEquals(rule, issue.rule());
        assertEquals(pointer, issue.pointer());
        assertEquals(Severity.ERROR, issue.severity());
        return issue;
    }

    @Test
    void aMissingMemberIsNamed() {
        ObjectNode doc = tree();
        doc.remove("status");
        Issue issue = only(doc, "schema:required", "");
        assertEquals("required member \"status\" is missing", issue.message(Locale.ENGLISH));
    }

    /** No rule concludes anything from a member that is missing: the schema's one issue says it all. */
    @ParameterizedTest
    @ValueSource(strings = {"formatVersion", "id", "title", "kind", "level", "scope", "edition", "status", "issuance"})
    void aMissingHeaderMemberIsReportedOnceAndByTheSchemaOnly(String member) {
        ObjectNode doc = tree();
        doc.remove(member);
        Issue issue = only(doc, "schema:required", "");
        assertEquals("required member \"" + member + "\" is missing", issue.message(Locale.ENGLISH));
    }

    @Test
    void anUnknownMemberIsReportedAtItself() {
        ObjectNode doc = tree();
        obj(doc, "/edition").put("revision", 2);
        Issue issue = only(doc, "schema:additionalProperties", "/edition/revision");
        assertEquals("unknown member \"revision\" (only the catalog, positions and requirements allow x- extension members)",
                issue.message(Locale.ENGLISH));
    }

    @Test
    void aWrongTypeNamesTheExpectedAndTheFoundType() {
        ObjectNode doc = tree();
        obj(doc, "/issuance").put("documentNumber", 15);
        Issue issue = only(doc, "schema:type", "/issuance/documentNumber");
        assertEquals("wrong type: expected a string, found an integer", issue.message(Locale.ENGLISH));
        obj(doc, "/issuance").put("documentNumber", true);
        assertEquals("wrong type: expected a string, found a boolean", only(doc, "schema:type", "/issuance/documentNumber")
                .message(Locale.ENGLISH));
        obj(doc, "/issuance").putArray("documentNumber");
        assertEquals("wrong type: expected a string, found an array", only(doc, "schema:type", "/issuance/documentNumber")
                .message(Locale.ENGLISH));
        obj(doc, "/issuance").put("documentNumber", "沪人社力〔2024〕15号");
        obj(doc, "/methodology/scoring/thresholds").put("SCARCE", "0.5");
        assertEquals("wrong type: expected a number, found a string",
                only(doc, "schema:type", "/methodology/scoring/thresholds/SCARCE").message(Locale.ENGLISH));
    }

    @Test
    void anUnknownCodeListsTheAllowedOnesInOrder() {
        ObjectNode doc = tree();
        doc.put("level", "PROVINCIAL");
        Issue issue = only(doc, "schema:enum", "/level");
        assertEquals("unknown code \"PROVINCIAL\", allowed: DISTRICT, MUNICIPAL", issue.message(Locale.ENGLISH));
    }

    @Test
    void anotherFormatVersionIsNotAccepted() {
        ObjectNode doc = tree();
        doc.put("formatVersion", "2.0");
        Issue issue = only(doc, "schema:const", "/formatVersion");
        assertEquals("value \"2.0\" is not accepted (the format version is \"1.0\")", issue.message(Locale.ENGLISH));
    }

    @Test
    void aMalformedCodeNamesThePattern() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0").put("occupationCode", "9-99");
        Issue issue = only(doc, "schema:pattern", "/positions/0/occupationCode");
        assertEquals("malformed: \"9-99\" does not match ^[1-8]-[0-9]{2}(-[0-9]{2}){0,2}$", issue.message(Locale.ENGLISH));
    }

    @Test
    void aTooLongTextNamesTheLimit() {
        ObjectNode doc = tree();
        obj(doc, "/issuance").put("documentNumber", "沪".repeat(95) + "〔2024〕15号");
        Issue issue = only(doc, "schema:maxLength", "/issuance/documentNumber");
        assertEquals("longer than 100 characters", issue.message(Locale.ENGLISH));
    }

    @Test
    void numbersOutOfRangeNameTheValueAndTheBound() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0/requirements/experience").put("minYears", 51);
        Issue above = only(doc, "schema:maximum", "/positions/0/requirements/experience/minYears");
        assertEquals("51 is above the maximum 50", above.message(Locale.ENGLISH));
        obj(doc, "/positions/0/requirements/experience").put("minYears", -1);
        Issue below = only(doc, "schema:minimum", "/positions/0/requirements/experience/minYears");
        assertEquals("-1 is below the minimum 0", below.message(Locale.ENGLISH));
    }

    @Test
    void anEmptyListThatNeedsItemsNamesTheLeast() {
        ObjectNode doc = tree();
        obj(doc, "/issuance").putArray("compilers");
        Issue issue = only(doc, "schema:minItems", "/issuance/compilers");
        assertEquals("needs at least 1 items", issue.message(Locale.ENGLISH));
    }

    @Test
    void aRepeatedItemIsReportedAtItsSecondOccurrenceWithItsValue() {
        ObjectNode doc = tree();
        arr(doc, "/scope/industries").add("ARTIFICIAL_INTELLIGENCE").add("INTEGRATED_CIRCUIT");
        Issue issue = only(doc, "schema:uniqueItems", "/scope/industries/2");
        assertEquals("duplicates an earlier item: \"INTEGRATED_CIRCUIT\"", issue.message(Locale.ENGLISH));
    }

    @Test
    void anImpossibleDateAndAValueTooLongToShowAreNamedShortly() {
        ObjectNode doc = tree();
        obj(doc, "/edition").put("validUntil", "2026-02-29");
        Issue date = only(doc, "schema:format", "/edition/validUntil");
        assertEquals("not a valid date (YYYY-MM-DD): \"2026-02-29\"", date.message(Locale.ENGLISH));
        ObjectNode wordy = tree();
        wordy.put("level", "L".repeat(100));
        Issue level = only(wordy, "schema:enum", "/level");
        assertEquals("unknown code \"" + "L".repeat(76) + "…, allowed: DISTRICT, MUNICIPAL", level.message(Locale.ENGLISH));
    }

    @Test
    void everyLeafOfOneDocumentIsReportedOnce() {
        ObjectNode doc = tree();
        doc.put("level", "PROVINCIAL");
        obj(doc, "/edition").put("validUntil", "2026-02-29");
        obj(doc, "/positions/1").put("occupationCode", "9-99");
        List<String> rules = validate(doc).issues().stream().map(Issue::rule).toList();
        assertEquals(List.of("schema:enum", "schema:format", "schema:pattern"), rules);
    }
}
