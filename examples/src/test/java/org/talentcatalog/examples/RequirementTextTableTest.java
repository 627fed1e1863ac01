package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Issue;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.tabular.CatalogTables;

/**
 * A newcomer's table with a free-text 任职要求 column, one row in each published style (Chongqing
 * {@code 1.…；2.…}, Hangzhou {@code （1）} on lines, Zhengzhou {@code ①}, Chengdu {@code 1、} in one
 * line), validates with one warning per cell saying what was read, as its shipped report says.
 * Regenerate the report with
 * {@code mvn -pl examples -am test -Dtest=RequirementTextTableTest -Dsurefire.failIfNoSpecifiedTests=false -Dexamples.regenerate=true}.
 */
class RequirementTextTableTest {

    static final Path TABLE = Path.of("data/tables/cq-auto-requirements.csv");
    static final Path REPORT = Path.of("data/tables/cq-auto-requirements.report.json");

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("examples.regenerate")) {
            Files.writeString(REPORT, VendorSpreadsheetExample.validate(TABLE).toJson(Locale.CHINESE));
        }
    }

    @Test
    void givesItsShippedReport() throws IOException {
        assertEquals(Files.readString(REPORT, StandardCharsets.UTF_8), VendorSpreadsheetExample.validate(TABLE).toJson(Locale.CHINESE));
    }

    @Test
    void isValidWithOneWarningPerRequirementsCell() {
        ValidationReport report = VendorSpreadsheetExample.validate(TABLE);
        assertTrue(report.valid(), report.issues()::toString);
        List<Issue> read = report.issues("read:inferred");
        assertEquals(List.of("G2", "G3", "G4", "G5"), read.stream().map(Issue::cell).toList());
        assertTrue(read.get(3).text().zh().contains("文字中的学历要求 大学本科与表中该列不同，以该列为准（硕士研究生）"), read.get(3).text()::zh);
    }

    @Test
    void readsEachStyleIntoTheRequirements() {
        Catalog catalog = CatalogTables.standard().readCatalog(TABLE);
        var r = catalog.positions().stream().map(p -> p.requirements()).toList();
        assertEquals(List.of(Education.BACHELOR, Education.MASTER, Education.ASSOCIATE, Education.MASTER),
                r.stream().map(x -> x.education()).toList());
        assertEquals(List.of(5, 3, 2, 3), r.stream().map(x -> x.experience().minYears()).toList());
        assertEquals(List.of("熟练掌握CANoe、CAD、CATIA"), r.get(0).competencies());
        assertEquals(List.of("计算机", "自动化"), r.get(1).majors());
        assertEquals(List.of("持有汽车维修工中级及以上职业资格证书"), r.get(2).certifications());
        assertEquals(List.of("电化学", "材料"), r.get(3).majors());
    }
}
