package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.tabular.CatalogTables;

/**
 * The shipped spreadsheets in the Hangzhou, Chengdu and 人社部 conventions are what
 * {@link PublishedTablesExample} writes today and give their shipped reports. Regenerate them with
 * {@code mvn -pl examples -am test -Dtest=PublishedTablesTest -Dsurefire.failIfNoSpecifiedTests=false -Dexamples.regenerate=true}.
 */
class PublishedTablesTest {

    static final Path TABLES = Path.of("data/tables");

    private static Path report(String name) {
        return TABLES.resolve(name.substring(0, name.lastIndexOf('.')) + ".report.json");
    }

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("examples.regenerate")) {
            PublishedTablesExample.write(TABLES);
            for (String name : PublishedTablesExample.FILES) {
                Files.writeString(report(name), PublishedTablesExample.validate(TABLES.resolve(name)).toJson(Locale.CHINESE));
            }
        }
    }

    @Test
    void eachTableGivesItsShippedReport() throws IOException {
        for (String name : PublishedTablesExample.FILES) {
            ValidationReport report = PublishedTablesExample.validate(TABLES.resolve(name));
            assertEquals(Files.readString(report(name), StandardCharsets.UTF_8), report.toJson(Locale.CHINESE), name);
            assertTrue(report.valid(), name + ": " + report.issues());
            assertTrue(report.issues().stream().allMatch(i -> i.cell() != null), report.issues()::toString);
        }
    }

    @Test
    void shippedTablesAreWhatTheExampleWritesToday(@TempDir Path dir) throws IOException {
        PublishedTablesExample.write(dir);
        for (String name : new String[] {"chengdu-style-2025.csv", "chengdu-style-2025.catalog.json", "mohrss-style-2025.csv",
            "mohrss-style-2025.catalog.json"}) {
            assertArrayEquals(Files.readAllBytes(TABLES.resolve(name)), Files.readAllBytes(dir.resolve(name)), name);
        }
        assertEquals(ShippedTablesTest.sheets(TABLES.resolve("hangzhou-style-2025.xlsx")), ShippedTablesTest.sheets(dir.resolve("hangzhou-style-2025.xlsx")));
    }

    @Test
    void publishedHeadersAndTheirUnitsLandInTheirMembers() {
        JsonNode hz = CatalogTables.standard().read(TABLES.resolve("hangzhou-style-2025.xlsx")).tree().at("/positions/0");
        assertEquals(350000, hz.at("/demand/salary/min").asInt(), "起薪范围（万元/年） 35-60");
        assertEquals("YEAR", hz.at("/demand/salary/period").asText());
        assertEquals(5, hz.at("/requirements/experience/minYears").asInt(), "工作经验要求");
        assertEquals("0.91", hz.at("/shortage/score").decimalValue().toPlainString(), "紧缺指数, a number");
        JsonNode cd = CatalogTables.builder().fiveStarMapping(PublishedTablesExample.CHENGDU_STARS).build()
                .read(TABLES.resolve("chengdu-style-2025.csv")).tree().at("/positions/1");
        assertEquals("SCARCE", cd.at("/shortage/level").asText(), "紧缺指数 ★★★★ with the five-star mapping");
        assertEquals("张江科学城、临港新片区", cd.at("/x-regionalGuidance").asText(), "区域导向 is kept");
        assertEquals("紧缺", cd.at("/x-shortageType").asText(), "紧缺类型 is kept");
        assertEquals(25, cd.at("/demand/headcount").asInt(), "需求数量（人） 25人");
        assertEquals(25000, cd.at("/demand/salary/min").asInt(), "薪酬（元/月）");
        assertEquals("MONTH", cd.at("/demand/salary/period").asText());
        assertEquals(3, cd.at("/requirements/experience/minYears").asInt(), "资历要求");
        JsonNode ms = CatalogTables.standard().read(TABLES.resolve("mohrss-style-2025.csv")).tree().at("/positions/2");
        assertEquals("焊工", ms.at("/name/zh").asText(), "职业名称");
        assertEquals("6-18-02-04", ms.at("/occupationCode").asText(), "职业代码");
        assertEquals("按图纸与工艺要求完成金属构件的焊接", ms.at("/description/zh").asText(), "职业定义");
        assertEquals(2, ms.at("/requirements/experience/minYears").asInt(), "工作经验（年）");
        assertEquals(2, ms.at("/requirements/certifications").size(), "职业资格证书");
    }
}
