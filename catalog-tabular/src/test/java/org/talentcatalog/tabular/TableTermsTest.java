package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;

/** In a table, a missing required member is named by its column's header, as the table has it. */
class TableTermsTest {

    @TempDir
    Path dir;

    private static Issue required(String pointer, String member, String cell) {
        return Issue.of(Severity.ERROR, Layer.SCHEMA, "schema:required", pointer,
                LocalizedText.of("缺少必填成员 \"" + member + "\"", "required member \"" + member + "\" is missing")).inCell(cell);
    }

    private CatalogDocument csv(String text) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.writeString(CatalogTables.sideFileOf(file), LocatedProblemsTest.SIDE);
        return CatalogTables.standard().read(file);
    }

    @Test
    void aMissingMemberIsNamedByItsHeaderAsWritten() throws IOException {
        CatalogDocument doc = csv("岗位编号,职业名称,产业类别,岗位类别,学历,专业要求\nA1,工程师,集成电路,应用技术类,,微电子\n");
        assertEquals("E2", doc.locate("/positions/0/requirements/education"));
        Issue named = doc.inOwnTerms(required("/positions/0/requirements", "education", "E2"));
        assertEquals(LocalizedText.of("「学历」为必填", "'学历' is required"), named.text());
        assertEquals("E2", named.cell());
        assertEquals("/positions/0/requirements", named.pointer());
        assertEquals("schema:required", named.rule());
        assertEquals(LocalizedText.of("「学历」为必填", "'学历' is required"),
                doc.inOwnTerms(required("/positions/0", "requirements", "E2")).text(), "the requirements' required member");
        assertEquals(LocalizedText.of("「职业名称」为必填", "'职业名称' is required"),
                doc.inOwnTerms(required("/positions/0/name", "zh", "B2")).text());
    }

    @Test
    void aMemberWhoseColumnIsMissingIsNamedByTheStandardHeader() throws IOException {
        CatalogDocument doc = csv("岗位编号,岗位名称,产业类别,学历要求\nA1,工程师,集成电路,本科\n");
        assertEquals(LocalizedText.of("「岗位类别」为必填", "'Category' is required"),
                doc.inOwnTerms(required("/positions/0", "category", "2:2")).text());
    }

    @Test
    void otherIssuesAndOtherDocumentsAreUnchanged() throws IOException {
        CatalogDocument doc = csv("岗位编号,岗位名称,产业类别,岗位类别,学历要求\nA1,工程师,集成电路,应用技术类,本科\n");
        Issue header = required("", "edition", "t.catalog.json:1:1");
        assertSame(header, doc.inOwnTerms(header));
        Issue salary = required("/positions/0/demand/salary", "period", "2:2");
        assertSame(salary, doc.inOwnTerms(salary), "a member inside a cell's JSON has no column of its own");
        Issue other = Issue.of(Severity.ERROR, Layer.SCHEMA, "schema:enum", "/positions/0/category", LocalizedText.of("x", "x"));
        assertSame(other, doc.inOwnTerms(other));
        Path json = dir.resolve("c.json");
        Files.writeString(json, "{}");
        Issue inJson = required("/positions/0", "category", null);
        assertSame(inJson, CatalogFormats.standard().read(json, ReadOptions.defaults()).inOwnTerms(inJson));
    }
}
