package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;

/** The report's counts, its positions-only view and its JSON form, member by member. */
class ReportJsonTest {

    private static final Issue ERROR = Issue.of(Severity.ERROR, Layer.RULE, "R2", "/positions/1/id",
            LocalizedText.of("岗位标识 \"A\" 重复", "duplicate position id \"A\"")).locatedAt(9, 13);
    private static final Issue WARNING = Issue.of(Severity.WARNING, Layer.RULE, "R11", "/edition",
            LocalizedText.of("未给出失效日期", "no validUntil")).locatedAt(4, 3);
    private static final Issue NOTE = Issue.of(Severity.INFO, Layer.READ, "read:note", null,
            LocalizedText.of("提示", "a note")).inCell("岗位!B7");

    @Test
    void countsErrorsAndWarningsButNotNotes() {
        ValidationReport report = ValidationReport.of(List.of(ERROR, WARNING, NOTE, WARNING));
        assertEquals(1, report.errorCount());
        assertEquals(2, report.warningCount());
        assertEquals(0, report.omitted());
        assertFalse(report.valid());
        assertTrue(ValidationReport.of(List.of(WARNING, NOTE)).valid());
    }

    @Test
    void writesEveryMemberOfEveryIssueInTheRequestedLanguage() {
        ValidationReport report = new ValidationReport(List.of(WARNING, ERROR, NOTE), 2, 3, 1);
        assertEquals("""
                {
                  "valid": false,
                  "errors": 3,
                  "warnings": 1,
                  "omitted": 2,
                  "issues": [
                    {
                      "severity": "WARNING",
                      "rule": "R11",
                      "pointer": "/edition",
                      "line": 4,
                      "column": 3,
                      "message": "no validUntil"
                    },
                    {
                      "severity": "ERROR",
                      "rule": "R2",
                      "pointer": "/positions/1/id",
                      "line": 9,
                      "column": 13,
                      "message": "duplicate position id \\"A\\""
                    },
                    {
                      "severity": "INFO",
                      "rule": "read:note",
                      "pointer": null,
                      "line": null,
                      "column": null,
                      "cell": "岗位!B7",
                      "message": "a note"
                    }
                  ]
                }
                """, report.toJson(Locale.ENGLISH));
        assertTrue(report.toJson(Locale.CHINESE).contains("\"message\": \"未给出失效日期\""), report.toJson(Locale.CHINESE));
    }

    @Test
    void aReportWithNothingOmittedSaysNothingOfIt() {
        String json = ValidationReport.of(List.of()).toJson(Locale.ENGLISH);
        assertEquals("""
                {
                  "valid": true,
                  "errors": 0,
                  "warnings": 0,
                  "issues": []
                }
                """, json);
    }

    @Test
    void positionsOnlyDropsTheHeaderIssuesFromTheCountsAndKeepsTheOmitted() {
        Issue header = Issue.of(Severity.ERROR, Layer.SCHEMA, "schema:required", "",
                LocalizedText.of("缺少成员", "missing member"));
        Issue positions = Issue.of(Severity.ERROR, Layer.RULE, "R3", "/positions",
                LocalizedText.of("须有岗位", "needs positions"));
        Issue near = Issue.of(Severity.WARNING, Layer.RULE, "X", "/positionsExtra",
                LocalizedText.of("相似的名称", "a similar name"));
        ValidationReport all = new ValidationReport(List.of(header, positions, ERROR, WARNING, near, NOTE), 5, 9, 4);
        ValidationReport only = all.positionsOnly();
        assertEquals(List.of(positions, ERROR, NOTE), only.issues());
        assertEquals(8, only.errorCount());
        assertEquals(2, only.warningCount());
        assertEquals(5, only.omitted());
    }
}
