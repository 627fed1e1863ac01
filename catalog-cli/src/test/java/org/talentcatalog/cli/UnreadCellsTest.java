package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One issue per faulty cell: a cell whose value could not be read — a word the reader does not know,
 * a formula a program wrote without calculating it — gets its read error and nothing else: no rule
 * judges the text kept in its place, and nothing reports its member missing.
 */
class UnreadCellsTest {

    static final Path SHIPPED = Path.of("../examples/data/tables/sh-ic-2024.xlsx");

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * The shipped export as a program would have written it: 序号 as {@code =ROW()-1}, 紧缺程度 of
     * IC-003 computed from 紧缺指数, 岗位名称 of IC-004 looked up in another sheet (no English name),
     * 发布日期 as {@code =DATE(…)} — all formulas without saved results — and an industry name the
     * code lists do not know for IC-002.
     */
    private Path programWritten() throws IOException {
        Map<String, String> positions = new java.util.LinkedHashMap<>();
        for (int row = 2; row <= 6; row++) {
            positions.put("A" + row, "<f>ROW()-1</f>");
        }
        positions.put("E3", "<is><t>新能源汽车</t></is>");
        positions.put("Q4", "<f>IF(R4&gt;=0.7,\"非常紧缺\",IF(R4&gt;=0.5,\"紧缺\",\"一般紧缺\"))</f>");
        positions.put("C5", "<f>VLOOKUP(B5,岗位库!A:B,2,FALSE)</f>");
        positions.put("D5", null);
        Path file = dir.resolve("program-written.xlsx");
        try (ZipFile in = new ZipFile(SHIPPED.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                String xml = new String(in.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    xml = rewrite(xml, positions);
                } else if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    xml = rewrite(xml, Map.of("B10", "<f>DATE(2024,3,15)</f>"));
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(xml.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Replaces the content of the given cells (a {@code null} content removes the cell), as a program writes them. */
    private static String rewrite(String sheet, Map<String, String> cells) {
        for (Map.Entry<String, String> c : cells.entrySet()) {
            Matcher m = Pattern.compile("<c r=\"" + c.getKey() + "\"[^>]*>.*?</c>").matcher(sheet);
            assertTrue(m.find(), "cell " + c.getKey() + " in the shipped export");
            String content = c.getValue();
            String cell = content == null ? ""
                    : "<c r=\"" + c.getKey() + "\"" + (content.startsWith("<is>") ? " t=\"inlineStr\"" : "") + ">" + content + "</c>";
            sheet = sheet.substring(0, m.start()) + cell + sheet.substring(m.end());
        }
        return sheet;
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theShippedExportIsClean() {
        assertEquals(0, run("validate", SHIPPED.toString()), out::toString);
    }

    @Test
    void eachUnreadCellHasItsReadErrorAndNothingElse() throws IOException {
        assertEquals(1, run("validate", programWritten().toString(), "--format", "json"), err::toString);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        List<String> issues = new ArrayList<>();
        report.path("issues").forEach(i -> issues.add(i.path("cell").asText() + " " + i.path("severity").asText() + " "
                + i.path("rule").asText() + " " + i.path("pointer").asText()));
        assertEquals(List.of(
                "目录信息!B10 ERROR read:cell /edition/publishedOn",
                "岗位!E3 ERROR read:value /positions/1/industry",
                "岗位!Q4 ERROR read:cell /positions/2/shortage/level",
                "岗位!C5 ERROR read:cell /positions/3/name/zh"), issues);
        assertEquals(4, report.path("errors").asInt());
        assertEquals(0, report.path("warnings").asInt());
        for (JsonNode i : report.path("issues")) {
            if (i.path("rule").asText().equals("read:cell")) {
                assertTrue(i.path("message").asText().startsWith("公式没有保存的计算结果（="), i::toString);
            }
        }
    }

    @Test
    void theFormulaMessageIsInEnglishToo() throws IOException {
        assertEquals(1, run("validate", programWritten().toString(), "--lang", "en"));
        assertTrue(out.toString().contains("岗位!Q4  error  read:cell  /positions/2/shortage/level  the formula (=IF(R4>=0.7,"),
                out::toString);
        assertTrue(out.toString().contains("has no saved result"), out::toString);
    }
}
