package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Severity;

/** A 任职要求 column, or a heading in a text cell, is read into the requirements, kept as written, and reported. */
class RequirementColumnTest {

    static final Path SIDE = Path.of("../examples/data/tables/sh-ic-2024.catalog.json");
    static final String CHONGQING = "1.本科及以上学历，汽车、机械、电气、软件等相关专业；2.5年及以上EE架构工作经验；3.熟练掌握CANoe、CAD、CATIA";

    @TempDir
    Path dir;

    private CatalogDocument csv(String text) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.copy(SIDE, CatalogTables.sideFileOf(file));
        return CatalogTables.standard().read(file);
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static List<Issue> warnings(CatalogDocument doc) {
        return doc.problems().stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }

    @Test
    void aRequirementsColumnFillsTheRequirementsAndKeepsTheText() throws IOException {
        CatalogDocument doc = csv("序号,岗位编号,岗位名称,产业类别,岗位类别,任职要求\n1,EE-01,EE架构工程师,集成电路,应用技术类," + quoted(CHONGQING) + "\n");
        assertEquals(List.of(), doc.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList(),
                "学历要求 is no required column when 任职要求 states it");
        JsonNode r = doc.tree().at("/positions/0/requirements");
        assertEquals("{\"x-text\":\"" + CHONGQING + "\",\"education\":\"BACHELOR\",\"majors\":[\"汽车\",\"机械\",\"电气\",\"软件\"],"
                + "\"experience\":{\"minYears\":5,\"description\":\"5年及以上EE架构工作经验\"},"
                + "\"competencies\":[\"熟练掌握CANoe、CAD、CATIA\"]}", r.toString());
        Catalog catalog = doc.toCatalog();
        Position p = catalog.positions().get(0);
        assertEquals(Education.BACHELOR, p.requirements().education());
        assertEquals(CHONGQING, p.requirements().extensions().get("x-text").orElseThrow().asText());
    }

    @Test
    void oneWarningAtTheCellSaysWhatWasRead() throws IOException {
        CatalogDocument doc = csv("岗位编号,岗位名称,产业类别,岗位类别,任职要求\nEE-01,EE架构工程师,集成电路,应用技术类," + quoted(CHONGQING) + "\n");
        List<Issue> w = warnings(doc);
        assertEquals(1, w.size(), w::toString);
        Issue i = w.get(0);
        assertEquals("read:inferred", i.rule());
        assertEquals("E2", i.cell());
        assertEquals("/positions/0/requirements/x-text", i.pointer());
        assertEquals("从文字要求中读出（请核对）：学历要求 大学本科；专业要求 「汽车」「机械」「电气」「软件」；工作经验 5 年及以上；"
                + "能力要求 「熟练掌握CANoe、CAD、CATIA」", i.text().zh());
        assertEquals("read from the requirements text (please check): education bachelor's degree; majors 「汽车」「机械」「电气」「软件」; "
                + "experience of at least 5 years; competencies 「熟练掌握CANoe、CAD、CATIA」", i.text().en());
        assertEquals("E2", doc.locate("/positions/0/requirements/majors/1"), "values read from the text are located at it");
        assertEquals("E2", doc.locate("/positions/0/requirements/education"));
    }

    @Test
    void explicitColumnsWinAndTheWarningSaysWhereTheyDisagree() throws IOException {
        CatalogDocument doc = csv("岗位编号,岗位名称,产业类别,岗位类别,学历要求,工作经验,任职要求,专业要求\n"
                + "EE-01,EE架构工程师,集成电路,应用技术类,硕士,5年以上," + quoted(CHONGQING) + ",汽车；机械；电气；软件\n");
        JsonNode r = doc.tree().at("/positions/0/requirements");
        assertEquals("MASTER", r.get("education").asText());
        assertEquals(5, r.at("/experience/minYears").asInt());
        assertTrue(r.at("/experience/description").isMissingNode(), "the column gave the experience");
        Issue i = warnings(doc).get(0);
        assertEquals("G2", i.cell());
        assertEquals("从文字要求中读出（请核对）：文字中的学历要求 大学本科与表中该列不同，以该列为准（硕士研究生）；能力要求 「熟练掌握CANoe、CAD、CATIA」",
                i.text().zh());
        assertEquals("read from the requirements text (please check): the text's education bachelor's degree differs from its column, "
                + "whose value is kept (master's degree); competencies 「熟练掌握CANoe、CAD、CATIA」", i.text().en());
        assertEquals("F2", doc.locate("/positions/0/requirements/experience/minYears"), "an explicit column keeps its cell");
    }

    @Test
    void aHeadingInTheDescriptionIsReadForTheEmptyRequirements() throws IOException {
        String description = "负责SoC验证平台搭建。任职要求：（1）硕士及以上学历；（2）3年以上芯片验证经验；（3）持有相关职业资格证书者优先";
        CatalogDocument doc = csv("岗位编号,岗位名称,产业类别,岗位类别,岗位职责,学历要求\nV-01,验证工程师,集成电路,应用技术类," + quoted(description) + ",\n");
        JsonNode p = doc.tree().at("/positions/0");
        assertEquals(description, p.at("/description/zh").asText(), "the text stays where it was");
        assertEquals("MASTER", p.at("/requirements/education").asText());
        assertEquals(3, p.at("/requirements/experience/minYears").asInt());
        assertEquals("[\"持有相关职业资格证书者优先\"]", p.at("/requirements/certifications").toString());
        assertTrue(p.at("/requirements/x-text").isMissingNode());
        Issue i = warnings(doc).get(0);
        assertEquals("E2", i.cell());
        assertEquals("/positions/0/description/zh", i.pointer());
        assertFalse(doc.hasErrors(), doc.problems()::toString);
    }

    @Test
    void aTextThatStatesNothingIsKeptWithoutWarning() throws IOException {
        CatalogDocument doc = csv("岗位编号,岗位名称,产业类别,岗位类别,学历要求,任职要求\nA-01,工程师,集成电路,应用技术类,本科,   \n"
                + "A-02,设计师,集成电路,应用技术类,本科,；\n");
        assertEquals(List.of(), doc.problems());
        assertEquals(";", doc.tree().at("/positions/1/requirements/x-text").asText().replace('；', ';'));
    }

    @Test
    void listColumnsSplitOnTheDunOnlyBetweenNames() throws IOException {
        CatalogDocument doc = csv("岗位编号,岗位名称,产业类别,岗位类别,学历要求,专业要求,能力要求\n"
                + "A-01,工程师,集成电路,应用技术类,本科,汽车、机械,熟练掌握CANoe、CAD、CATIA；沟通能力\n");
        assertEquals("[\"汽车\",\"机械\"]", doc.tree().at("/positions/0/requirements/majors").toString());
        assertEquals("[\"熟练掌握CANoe、CAD、CATIA\",\"沟通能力\"]", doc.tree().at("/positions/0/requirements/competencies").toString());
    }

    @Test
    void theRequirementsTextIsWrittenAsItsExtensionAndReadBackUnchanged() throws IOException {
        Catalog catalog = csv("岗位编号,岗位名称,产业类别,岗位类别,任职要求\nEE-01,EE架构工程师,集成电路,应用技术类," + quoted(CHONGQING) + "\n").toCatalog();
        Path out = dir.resolve("out.csv");
        CatalogTables.standard().write(catalog, out);
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.contains(",熟练掌握CANoe、CAD、CATIA,"), "a competency read back as one item is written plainly: " + written);
        CatalogDocument back = CatalogTables.standard().read(out);
        assertEquals(List.of(), back.problems());
        assertEquals(catalog, back.toCatalog());
    }
}
