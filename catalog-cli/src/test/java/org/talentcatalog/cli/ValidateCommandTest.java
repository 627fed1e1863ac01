package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.Organization;
import org.talentcatalog.model.OrganizationRole;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Requirements;
import org.talentcatalog.model.Scope;
import org.talentcatalog.model.Status;

/** {@code catalog validate}: exit codes, output formats and languages, bad input as one line. */
class ValidateCommandTest {

    @TempDir
    Path dir;
    private Path valid;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeDraft() throws IOException {
        Catalog draft = Catalog.builder()
                .id("minhang-ai").title("闵行区人工智能人才目录", null)
                .kind(CatalogKind.INDUSTRY).level(CatalogLevel.DISTRICT)
                .scope(Scope.ofIndustries("ARTIFICIAL_INTELLIGENCE"))
                .edition(Edition.of("2025")).status(Status.DRAFT)
                .compiler(Organization.of("闵行区人社局", OrganizationRole.DISTRICT_HRSS))
                .position(Position.builder("AI-1").name("算法工程师", null).industry("ARTIFICIAL_INTELLIGENCE")
                        .category(JobCategory.APPLIED_TECHNOLOGY).requirements(Requirements.of(Education.MASTER)).build())
                .build();
        valid = dir.resolve("draft.json");
        Files.write(valid, CatalogJson.writeBytes(draft));
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void validCatalogExitsZero() {
        assertEquals(0, run("validate", valid.toString()));
        assertTrue(out.toString().contains("通过"), out.toString());
    }

    @Test
    void invalidCatalogExitsOneWithLocatedLinesInEnglish() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(valid).replace("\"2025\"", "\"25\""));
        assertEquals(1, run("validate", bad.toString(), "--lang", "en"));
        String text = out.toString();
        assertTrue(text.contains(bad + ":15:16  error  schema:pattern  /edition/version"), text);
        assertTrue(text.contains("invalid, 1 error(s), 0 warning(s)"), text);
    }

    @Test
    void jsonFormatPrintsOnlyTheReport() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(valid).replace("\"DRAFT\"", "\"PUBLISHED\""));
        assertEquals(1, run("validate", bad.toString(), "--format", "json"));
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertFalse(report.get("valid").asBoolean());
        assertEquals(report.get("issues").size(), report.get("errors").asInt() + report.get("warnings").asInt());
        for (JsonNode issue : report.get("issues")) {
            for (String member : new String[] {"severity", "rule", "pointer", "line", "column", "message"}) {
                assertTrue(issue.has(member), member);
            }
        }
        assertEquals("", err.toString());
    }

    @Test
    void unreadableJsonIsALocatedIssueWithExitOne() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"id\": ", StandardCharsets.UTF_8);
        assertEquals(1, run("validate", broken.toString()));
        assertTrue(out.toString().contains("read:syntax"), out.toString());
    }

    @Test
    void missingFileAndDirectoryExitTwoWithOneLine() {
        assertEquals(2, run("validate", dir.resolve("nope.json").toString()));
        assertEquals(2, run("validate", dir.toString()));
        assertEquals(2, err.toString().lines().count(), err.toString());
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedWholeWithExitTwo() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.write(("{" + " ".repeat(16 * 1024)).getBytes(StandardCharsets.US_ASCII)); // text to the detector
            f.setLength((256L << 20) + 1); // sparse: one byte over the default limit
        }
        assertEquals(2, run("validate", huge.toString(), "--lang", "en"));
        assertEquals("", out.toString());
        assertEquals("catalog validate: " + huge + ": document too large: 268435457 bytes, the limit is 268435456",
                err.toString().strip());
    }

    @Test
    void aDocumentTooDeepIsALocatedIssueWithExitOne() throws IOException {
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "[".repeat(100) + "]".repeat(100), StandardCharsets.UTF_8);
        assertEquals(1, run("validate", deep.toString()));
        assertTrue(out.toString().contains("read:limit"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aCsvQuoteThatIsNeverClosedIsAnErrorAtItsCellNotRowsSwallowed() throws IOException {
        Path csv = dir.resolve("ai.csv");
        assertEquals(0, run("convert", "../examples/data/catalogs/draft-minhang-ai-2025.json", csv.toString()));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        String row = text.lines().filter(l -> l.startsWith("2,MH-AI-02,")).findFirst().orElseThrow();
        String broken = row.replace(",不限,,", ",不限,\"无,");
        String third = row.replace("2,MH-AI-02,人工智能训练师", "3,MH-AI-03,数据标注员");
        Files.writeString(csv, text.replace(row, broken) + third + "\r\n", StandardCharsets.UTF_8);
        assertEquals(1, run("validate", csv.toString(), "--lang", "en"));
        int column = broken.indexOf('"') + 1;
        assertTrue(out.toString().contains(csv + ":O3  error  read:syntax  quoted cell is not closed (line 3, column "
                + column + " of the file)"), out.toString());
    }

    @Test
    void wrongCallExitsTwoWithOneLine() {
        assertEquals(2, run("validate"));
        assertEquals(2, run("validate", valid.toString(), "--format", "xml"));
        assertEquals(2, err.toString().lines().count(), err.toString());
    }
}
