package org.talentcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.render.CsvReportRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.render.spi.Renderer;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;

/**
 * Runs the renderer example of {@code docs/extending.md} ("A new renderer") and keeps the page's code
 * identical to the files that run here.
 */
class ExtendingGuideTest {

    private static final Path GUIDE = Path.of("../docs/extending.md");
    private static final Path SOURCE = Path.of("src/test/java/com/example/render/CsvReportRenderer.java");
    private static final Path SERVICES = Path.of("src/test/resources/META-INF/services/org.talentcatalog.render.spi.Renderer");
    private static final Path THIS = Path.of("src/test/java/org/talentcatalog/render/ExtendingGuideTest.java");

    private static String section() throws Exception {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int from = guide.indexOf("## A new renderer\n");
        assertTrue(from >= 0, "docs/extending.md has a section \"## A new renderer\"");
        int to = guide.indexOf("\n## ", from + 1);
        return guide.substring(from, to < 0 ? guide.length() : to + 1);
    }

    /** The body of the first fenced block after {@code heading} that opens with {@code fence}. */
    private static String block(String section, String heading, String fence) {
        int at = section.indexOf(heading);
        assertTrue(at >= 0, heading);
        int open = section.indexOf(fence + "\n", at);
        int close = section.indexOf("\n```\n", open);
        assertTrue(open >= 0 && close > open, fence + " block after " + heading);
        return section.substring(open + fence.length() + 1, close + 1);
    }

    @Test
    void theGuidesClassAndRegistrationLineAreTheFilesThatRunHere() throws Exception {
        String section = section();
        assertEquals(Files.readString(SOURCE, StandardCharsets.UTF_8), block(section, "### The class", "```java"),
                "docs/extending.md's renderer class differs from " + SOURCE);
        assertEquals(Files.readString(SERVICES, StandardCharsets.UTF_8), block(section, "### The registration line", "```"),
                "docs/extending.md's registration line differs from " + SERVICES);
        String source = Files.readString(THIS, StandardCharsets.UTF_8);
        String snippet = source.substring(source.lastIndexOf("// snippet:use begin"), source.lastIndexOf("// snippet:use end"));
        snippet = snippet.substring(snippet.indexOf('\n') + 1).stripIndent();
        assertEquals(snippet, block(section, "### Using it", "```java"), "docs/extending.md's \"Using it\" differs from this test");
    }

    @Test
    void theStandardRegistryFindsTheExampleThroughItsServicesLine() {
        assertEquals(List.of("text", "json", "csv"), Renderers.standard().names(ValidationReport.class));
        assertInstanceOf(CsvReportRenderer.class, Renderers.standard().get(ValidationReport.class, "csv"));
        UnknownRendererException e = assertThrows(UnknownRendererException.class,
                () -> Renderers.standard().get(ValidationReport.class, "xml"));
        assertEquals(List.of("text", "json", "csv"), e.registered());
    }

    @Test
    void theExampleWritesOneCsvRowPerIssueOfARealReport() {
        ValidationReport report = CatalogValidator.standard().validate(Path.of("../examples/data/invalid/vendor-export-faults.json"));
        assertTrue(report.issues().size() > 3, report::toString);
        // snippet:use begin
        Renderer<ValidationReport> csv = Renderers.standard().get(ValidationReport.class, "csv");
        String table = csv.render(report, RenderContext.of(Locale.ENGLISH));
        // snippet:use end
        List<List<String>> rows = parse(table);
        assertEquals(List.of("severity", "rule", "pointer", "line", "column", "cell", "message"), rows.get(0));
        assertEquals(report.issues().size() + 1, rows.size());
        for (int k = 0; k < report.issues().size(); k++) {
            Issue i = report.issues().get(k);
            List<String> row = rows.get(k + 1);
            assertEquals(List.of(i.severity().label(Locale.ENGLISH), i.rule(), i.pointer() == null ? "" : i.pointer(),
                    i.line() == null ? "" : i.line().toString(), i.column() == null ? "" : i.column().toString(), "",
                    i.message(Locale.ENGLISH)), row);
        }
        assertTrue(csv.render(report, RenderContext.defaults()).startsWith("级别,规则,位置,行,列,单元格,说明\r\n"));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndAbsentPartsLeftEmpty() {
        Issue odd = Issue.of(Severity.WARNING, Layer.EMBEDDER, "X-SALARY", null,
                LocalizedText.of("范围 \"10,20\"", "range \"10,20\"\nper month")).inCell("岗位!E12");
        String table = new CsvReportRenderer().render(ValidationReport.of(List.of(odd)), RenderContext.of(Locale.ENGLISH));
        assertTrue(table.endsWith("\"range \"\"10,20\"\"\nper month\"\r\n"), table);
        assertEquals(List.of("warning", "X-SALARY", "", "", "", "岗位!E12", "range \"10,20\"\nper month"), parse(table).get(1));
    }

    @Test
    void registeringTheExampleAgainNamesBothClasses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Renderers.standard().toBuilder().add(new CsvReportRenderer()).build());
        assertTrue(e.getMessage().contains("csv") && e.getMessage().contains(CsvReportRenderer.class.getName() + ", "
                + CsvReportRenderer.class.getName()), e.getMessage());
        assertEquals(List.of("csv"), Renderers.builder().add(new CsvReportRenderer()).build().names(ValidationReport.class));
    }

    /** RFC 4180: CRLF rows, quoted fields with doubled quotes. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.length() == 0, "ends with CRLF");
        return rows;
    }
}
