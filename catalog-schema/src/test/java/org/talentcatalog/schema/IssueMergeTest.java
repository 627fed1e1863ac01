package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.schema.Fixtures.arr;
import static org.talentcatalog.schema.Fixtures.obj;
import static org.talentcatalog.schema.Fixtures.tree;
import static org.talentcatalog.schema.Fixtures.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.internal.SchemaLayer;

/**
 * Findings of several layers at one place: an error is never replaced by a warning, and a value the
 * reader could not read is judged by no rule.
 */
class IssueMergeTest {

    private static List<Issue> at(ValidationReport report, String pointer) {
        return report.issues().stream().filter(i -> pointer.equals(i.pointer())).toList();
    }

    /** The same tree through the tree pipeline (as a table is validated), without reader issues. */
    private static ValidationReport asTree(ObjectNode doc) {
        return Fixtures.VALIDATOR.validate(doc, pointer -> null, List.of());
    }

    @Test
    void aSchemaErrorIsNotHiddenByARuleWarningAtTheSamePointer() {
        ObjectNode doc = tree();
        obj(doc, "/scope").putObject("region").put("code", "Lingang").put("name", "临港新片区");
        for (ValidationReport report : List.of(validate(doc), asTree(doc))) {
            List<Issue> here = at(report, "/scope/region/code");
            assertEquals(1, here.size(), here::toString);
            assertEquals(Severity.ERROR, here.get(0).severity());
            assertEquals("schema:pattern", here.get(0).rule());
            assertFalse(report.valid());
            assertEquals(1, report.errorCount());
            assertEquals(0, report.warningCount(), report.issues()::toString);
        }
    }

    @Test
    void anUnknownIndustryNameInTheScopeIsAnError() {
        ObjectNode doc = tree();
        arr(doc, "/scope/industries").set(0, "新能源汽车");
        for (ValidationReport report : List.of(validate(doc), asTree(doc))) {
            List<Issue> here = at(report, "/scope/industries/0");
            assertEquals(List.of(Severity.ERROR), here.stream().map(Issue::severity).toList(), here::toString);
            assertFalse(report.valid());
        }
    }

    @Test
    void aRuleErrorStillWinsOverASchemaErrorAtTheSameFault() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0/demand/salary").put("max", -1); // below the minimum (R6) and below 0 (schema)
        assertTrue(new SchemaLayer().validate(doc).stream().anyMatch(f -> f.fault().equals("/positions/0/demand/salary/max")),
                "the schema reports the value too");
        for (ValidationReport report : List.of(validate(doc), asTree(doc))) {
            assertEquals(List.of("R6"), at(report, "/positions/0/demand/salary/max").stream().map(Issue::rule).toList(),
                    report.issues()::toString);
            assertFalse(report.valid());
        }
    }

    @Test
    void aValueTheReaderCouldNotReadIsJudgedByNoRule() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0").put("industry", "新能源汽车"); // the reader keeps the cell text
        Issue unread = Issue.of(Severity.ERROR, Layer.READ, "read:value", "/positions/0/industry",
                LocalizedText.of("未知的产业类别「新能源汽车」", "unknown industry '新能源汽车'")).inCell("岗位!D2");
        ValidationReport report = Fixtures.VALIDATOR.validate(doc, pointer -> null, List.of(unread));
        assertEquals(List.of("read:value"), at(report, "/positions/0/industry").stream().map(Issue::rule).toList(),
                report.issues()::toString);
        assertEquals(1, report.issues().size(), report.issues()::toString);
        assertEquals(1, report.errorCount());
    }

    @Test
    void noRuleReportsTheAbsenceOfAValueTheReaderCouldNotRead() {
        ObjectNode doc = tree();
        obj(doc, "/edition").remove("publishedOn"); // its cell held an error value, so nothing was read
        Issue unread = Issue.of(Severity.ERROR, Layer.READ, "read:cell", "/edition/publishedOn",
                LocalizedText.of("单元格是错误值 #N/A", "the cell holds the error value #N/A")).inCell("目录信息!B14");
        ValidationReport report = Fixtures.VALIDATOR.validate(doc, pointer -> null, List.of(unread));
        assertTrue(report.issues("R5").isEmpty(), report.issues()::toString);
        assertEquals(List.of("read:cell"), report.issues().stream().map(Issue::rule).toList());
        assertTrue(!asTree(doc).issues("R5").isEmpty(), "without the reader's error, R5 reports the missing date");
    }

    @Test
    void aReaderWarningDoesNotSilenceTheRules() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0").put("industry", "FOO_BAR");
        Issue formula = Issue.of(Severity.WARNING, Layer.READ, "read:formula", "/positions/0/industry",
                LocalizedText.of("公式单元格：取其缓存值", "a formula cell: its cached value is used")).inCell("岗位!D2");
        ValidationReport report = Fixtures.VALIDATOR.validate(doc, pointer -> null, List.of(formula));
        assertFalse(report.issues("R10").isEmpty(), report.issues()::toString);
    }
}
