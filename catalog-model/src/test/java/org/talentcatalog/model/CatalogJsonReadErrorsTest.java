package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.model.Documents.MINIMAL;
import static org.talentcatalog.model.Documents.assertAt;
import static org.talentcatalog.model.Documents.failsWith;
import static org.talentcatalog.model.Documents.lineColumnOf;
import static org.talentcatalog.model.Documents.minimalWith;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Binding errors: each names its problem id, JSON Pointer, line and column (docs/format.md, "Validation"). */
class CatalogJsonReadErrorsTest {

    @Test
    void theMinimalDocumentReads() {
        Catalog c = CatalogJson.readString(MINIMAL);
        assertEquals("sh-ic", c.id());
        assertEquals(java.util.List.of("微电子"), c.positions().get(0).requirements().majors());
    }

    @Test
    void rejectsAnUnknownMemberAtItsValueWithExactLineAndColumn() {
        String json = minimalWith("  \"kind\": \"INDUSTRY\",", "  \"kind\": \"INDUSTRY\", \"colour\": \"红\",");
        CatalogJsonException e = failsWith(json, "model:unknownMember", "/colour");
        // line 5 is `  "kind": "INDUSTRY", "colour": "红",`; the value "红" starts at column 33
        assertAt(e, 5, 33);
        assertTrue(e.issue().message(Locale.ENGLISH).contains("unknown member \"colour\""), e.issue().message(Locale.ENGLISH));
        assertTrue(e.issue().message(Locale.CHINESE).contains("未知成员"), e.issue().message(Locale.CHINESE));
        assertTrue(e.getMessage().startsWith("5:33 [/colour] "), e.getMessage());
    }

    @Test
    void rejectsAnUnknownMemberInsideAPositionAtItsPointer() {
        String json = minimalWith("\"category\":", "\"salary\": 1, \"category\":");
        CatalogJsonException e = failsWith(json, "model:unknownMember", "/positions/0/salary");
        int[] at = lineColumnOf(json, "1, \"category\"");
        assertAt(e, at[0], at[1]);
    }

    @ParameterizedTest(name = "x- member inside {0} is rejected")
    @CsvSource(delimiter = '|', value = {
        "edition    | \"edition\": {\"version\": \"2024\"     | \"edition\": {\"x-note\": 1, \"version\": \"2024\" | /edition/x-note",
        "title      | \"title\": {\"zh\":                    | \"title\": {\"x-note\": 1, \"zh\":                | /title/x-note",
        "scope      | \"scope\": {                           | \"scope\": {\"x-note\": 1,                         | /scope/x-note",
        "issuance   | \"issuance\": {                        | \"issuance\": {\"x-note\": 1,                      | /issuance/x-note",
        "organization | \"role\": \"INDUSTRY_AUTHORITY\"      | \"role\": \"INDUSTRY_AUTHORITY\", \"x-note\": 1    | /issuance/compilers/0/x-note",
        "name       | \"name\": {\"zh\": \"集成                | \"name\": {\"x-note\": 1, \"zh\": \"集成             | /positions/0/name/x-note",
    })
    void rejectsExtensionMembersWhereFormatDoesNotAllowThem(String where, String target, String replacement, String pointer) {
        CatalogJsonException e = failsWith(minimalWith(target.strip(), replacement.strip()), "model:unknownMember", pointer);
        assertTrue(e.issue().message(Locale.ENGLISH).contains("no extension members allowed here"), e.issue().message(Locale.ENGLISH));
        assertTrue(e.issue().line() > 0 && e.issue().column() > 0, e::getMessage);
    }

    @ParameterizedTest(name = "\"{0}\" is not an extension member name")
    @CsvSource({"X-vendor", "x-", "x_vendor", "vendor"})
    void rejectsNamesThatAreNotExtensionNamesAtTheCatalogLevel(String name) {
        failsWith(minimalWith("\"kind\":", "\"" + name + "\": 1, \"kind\":"), "model:unknownMember", "/" + name);
    }

    @Test
    void acceptsExtensionMembersWithAnyValueAtTheThreeLevels() {
        String json = minimalWith("\"kind\":", "\"x-a\": null, \"x-b\": {\"n\": [1, 2.50, 1e400]}, \"kind\":")
                .replace("\"education\": \"MASTER\"", "\"education\": \"MASTER\", \"x-c\": \"要求\"")
                .replace("\"category\":", "\"x-d\": 12345678901234567890123, \"category\":");
        Catalog c = CatalogJson.readString(json);
        assertEquals(java.util.List.of("x-a", "x-b"), java.util.List.copyOf(c.extensions().names()));
        assertTrue(c.extensions().get("x-a").orElseThrow().isNull());
        assertEquals("2.50", c.extensions().get("x-b").orElseThrow().get("n").get(1).asText());
        assertEquals("1E+400", c.extensions().get("x-b").orElseThrow().get("n").get(2).decimalValue().toString());
        assertEquals("要求", c.positions().get(0).requirements().extensions().get("x-c").orElseThrow().textValue());
        assertTrue(c.positions().get(0).extensions().get("x-d").orElseThrow().isBigInteger());
        String written = CatalogJson.write(c);
        assertTrue(written.contains("\"n\": [\n      1,\n      2.50,\n      1E+400\n    ]"), written);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
        "\"id\": \"sh-ic\"                | \"id\": 7                     | /id",
        "\"id\": \"sh-ic\"                | \"id\": null                  | /id",
        "\"title\": {\"zh\": \"上海市集成电路产业急需紧缺人才目录\"} | \"title\": \"目录\" | /title",
        "\"industries\": [\"INTEGRATED_CIRCUIT\"] | \"industries\": \"INTEGRATED_CIRCUIT\" | /scope/industries",
        "\"majors\": [\"微电子\"]          | \"majors\": [\"微电子\", 3]    | /positions/0/requirements/majors/1",
        "\"education\": \"MASTER\"        | \"education\": \"MASTER\", \"experience\": {\"minYears\": 1.5} | /positions/0/requirements/experience/minYears",
        "\"education\": \"MASTER\"        | \"education\": \"MASTER\", \"experience\": {\"minYears\": \"3\"} | /positions/0/requirements/experience/minYears",
        "\"positions\": [                 | \"positions\": {\"p\": [       | /positions",
    })
    void rejectsAMemberOfTheWrongJsonTypeAtItsPointer(String target, String replacement, String pointer) {
        String json = minimalWith(target.strip(), replacement.strip());
        if (pointer.equals("/positions")) {
            json = json.replace("]\n}", "]}\n}");
        }
        failsWith(json, "model:type", pointer);
    }

    @Test
    void rejectsAnIntegerBeyondTheIntRange() {
        failsWith(minimalWith("\"education\": \"MASTER\"",
                "\"education\": \"MASTER\", \"experience\": {\"minYears\": 3000000000}"),
                "model:range", "/positions/0/requirements/experience/minYears");
    }

    @Test
    void rejectsARootThatIsNotAnObject() {
        failsWith("[]", "model:type", "");
    }

    @Test
    void rejectsAnUnknownCodeAndListsTheAllowedOnes() {
        CatalogJsonException e = failsWith(minimalWith("\"INDUSTRY\"", "\"INDUSTRIAL\""), "model:code", "/kind");
        assertEquals("unknown code \"INDUSTRIAL\", allowed: INDUSTRY, REGIONAL, SPECIAL", e.issue().message(Locale.ENGLISH));
        assertEquals("未知代码 \"INDUSTRIAL\"，允许: INDUSTRY, REGIONAL, SPECIAL", e.issue().message(Locale.CHINESE));
        int[] at = lineColumnOf(minimalWith("\"INDUSTRY\"", "\"INDUSTRIAL\""), "\"INDUSTRIAL\"");
        assertAt(e, at[0], at[1]);
    }

    @Test
    void codesAreCaseSensitive() {
        failsWith(minimalWith("\"DRAFT\"", "\"draft\""), "model:code", "/status");
    }

    @Test
    void rejectsAnUnknownCodeInsideAListAtItsIndex() {
        failsWith(minimalWith("[\"TALENT_INTRODUCTION\"]", "[\"TALENT_INTRODUCTION\", \"VISA\"]"),
                "model:code", "/positions/0/policies/1");
    }

    @Test
    void rejectsAnUnknownRespondentType() {
        String json = minimalWith("\"positions\":",
                "\"methodology\": {\"survey\": {\"respondents\": {\"EMPLOYER\": 3, \"STUDENT\": 1}}},\n  \"positions\":");
        failsWith(json, "model:code", "/methodology/survey/respondents/STUDENT");
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @CsvSource({"2024-02-30", "2023-02-29", "2024-13-01", "2024-1-01", "20240101", "2024-01-01T00:00", "2024-04-31", "+12024-01-01"})
    void rejectsDatesThatAreNotRealCalendarDates(String date) {
        String json = minimalWith("2024-01-01", date);
        CatalogJsonException e = failsWith(json, "model:date", "/edition/validFrom");
        assertTrue(e.issue().message(Locale.ENGLISH).contains(date), e.issue().message(Locale.ENGLISH));
        int[] at = lineColumnOf(json, "\"" + date + "\"");
        assertAt(e, at[0], at[1]);
    }

    @Test
    void acceptsTheLeapDayOfALeapYear() {
        assertEquals(java.time.LocalDate.of(2024, 2, 29),
                CatalogJson.readString(minimalWith("2024-01-01", "2024-02-29")).edition().validFrom());
    }

    @Test
    void rejectsADuplicateMemberNameAtTheLaterOccurrence() {
        String json = minimalWith("\"status\": \"DRAFT\",", "\"status\": \"DRAFT\",\n  \"status\": \"PUBLISHED\",");
        CatalogJsonException e = failsWith(json, "read:duplicateKey", null);
        assertEquals(10, e.issue().line(), e::getMessage);
        assertTrue(e.issue().message(Locale.ENGLISH).contains("status"), e.issue().message(Locale.ENGLISH));
    }

    @Test
    void rejectsContentAfterTheDocument() {
        CatalogJsonException e = failsWith(MINIMAL + "{}", "read:syntax", null);
        assertAt(e, 17, 1);
    }

    @Test
    void rejectsMalformedJsonWithItsLocation() {
        CatalogJsonException e = failsWith(minimalWith("\"level\": \"MUNICIPAL\",", "\"level\": \"MUNICIPAL\""),
                "read:syntax", null);
        assertEquals(7, e.issue().line(), e::getMessage);
    }

    @Test
    void aSyntaxErrorNamesWhereTheOpenArrayStartedByLineAndColumnNotByJacksonsSource() {
        CatalogJsonException e = failsWith("{\"id\": \"x\",\n  \"positions\": [}", "read:syntax", null);
        assertAt(e, 2, 17);
        String message = e.issue().message(Locale.ENGLISH);
        assertTrue(message.endsWith("Unexpected close marker '}': expected ']' (for Array starting at line 2, column 16)"), message);
        assertFalse(message.contains("Source:") || message.contains("REDACTED"), message);
    }

    @ParameterizedTest(name = "[{index}] an empty document")
    @CsvSource(value = {"''", "'   '", "'\n\n'"}, quoteCharacter = '\'')
    void rejectsAnEmptyDocument(String json) {
        failsWith(json, "read:empty", null);
        failsWith(() -> CatalogJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "read:empty", null);
    }

    @Test
    void rejectsAThresholdsObjectThatLacksALevel() {
        String json = minimalWith("\"positions\":",
                "\"methodology\": {\"scoring\": {\"thresholds\": {\"VERY_SCARCE\": 0.8, \"SCARCE\": 0.5}}},\n  \"positions\":");
        failsWith(json, "model:required", "/methodology/scoring/thresholds");
    }

    @Test
    void writesCharactersOutsideTheBmpAsUtf8NotAsEscapedSurrogates() {
        Catalog c = CatalogJson.readString(minimalWith("上海市集成电路", "𠮷😀上海市集成电路"));
        String json = CatalogJson.write(c);
        assertTrue(json.contains("\"zh\": \"𠮷😀上海市集成电路"), json);
        assertEquals(c, CatalogJson.readString(json));
    }
}
