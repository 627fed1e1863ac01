package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.cli.Run.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.tabular.CatalogTables;

/** {@code catalog convert} validates as {@code validate} does and writes nothing when the input has errors, unless forced. */
class ConvertCommandTest {

    static final Path DRAFT = Path.of("../examples/data/catalogs/draft-minhang-ai-2025.json");
    static final Path FAULTS = Path.of("../examples/data/invalid/vendor-spreadsheet-faults.xlsx");

    @TempDir
    Path dir;
    /** The draft marked published: it binds, the schema passes, and the rules find 5 errors (R3, R4, R5). */
    private Path published;

    @BeforeEach
    void writePublished() throws IOException {
        published = dir.resolve("published.json");
        Files.writeString(published, Files.readString(DRAFT).replace("\"DRAFT\"", "\"PUBLISHED\""));
    }

    @Test
    void aCatalogWithRuleErrorsIsNotWrittenAndAnExistingTargetKeepsItsBytes() throws IOException {
        Path target = dir.resolve("out.xlsx");
        byte[] before = "the previous edition".getBytes(StandardCharsets.UTF_8);
        Files.write(target, before);
        Run r = run("convert", published.toString(), target.toString());
        assertEquals(1, r.code(), r.err());
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals("", r.out());
        assertTrue(r.err().contains(published + ":15:14  错误  R5  /edition  已发布的目录须有发布日期"), r.err());
        assertTrue(r.err().contains("未通过，5 个错误"), r.err());
        assertTrue(r.err().strip().endsWith("未写出 " + target + "（用 --force 仍然写出）"), r.err());

        Path csv = dir.resolve("out.csv");
        assertEquals(1, run("convert", published.toString(), csv.toString()).code());
        assertFalse(Files.exists(csv) || Files.exists(CatalogTables.sideFileOf(csv)));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void aWorkbookWhoseOnlyErrorsAreRulesIsRefusedWithTheirCells() throws IOException {
        Path xlsx = dir.resolve("published.xlsx");
        CatalogTables.standard().write(CatalogJson.read(published), xlsx);
        Path target = dir.resolve("out.json");
        Run r = run("convert", xlsx.toString(), target.toString(), "--lang", "en");
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(target));
        assertTrue(r.err().contains(xlsx + ":目录信息  error  R5  /edition"), r.err());
        assertTrue(r.err().contains(xlsx + ":岗位!2:2  error  R3  /positions/0"), r.err());
        assertTrue(r.err().contains("the input has 5 error(s); " + target + " not written (--force writes anyway)"), r.err());
    }

    @Test
    void listsTheSameIssuesAsValidate() {
        Run validate = run("validate", FAULTS.toString());
        Run convert = run("convert", FAULTS.toString(), dir.resolve("out.json").toString());
        assertEquals(1, validate.code());
        assertEquals(1, convert.code());
        assertTrue(convert.err().startsWith(validate.out()), convert.err());
        assertTrue(convert.err().contains("输入有 8 个错误"), convert.err());
    }

    @Test
    void forceWritesAnywayAndSaysSoOnStandardError() throws IOException {
        Path target = dir.resolve("out.xlsx");
        Files.writeString(target, "the previous edition");
        Run r = run("convert", published.toString(), target.toString(), "--force", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertEquals(CatalogJson.read(published), CatalogTables.standard().readCatalog(target));
        assertTrue(r.err().contains("R5"), r.err());
        assertTrue(r.err().strip().endsWith("the input has 5 error(s); writing " + target + " anyway (--force)"), r.err());
        assertTrue(r.out().startsWith("wrote " + target), r.out());
    }

    @Test
    void forceCannotWriteATableWhoseValuesDoNotBind() {
        Path target = dir.resolve("out.json");
        Run r = run("convert", FAULTS.toString(), target.toString(), "--force", "--lang", "en");
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(target));
        String last = r.err().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("catalog convert: " + FAULTS + ":Sheet1!H5: cannot be made a catalog"), last);
    }

    @Test
    void warningsAreListedAndTheCatalogIsWritten() throws IOException {
        Path xlsx = dir.resolve("ic.xlsx");
        Catalog catalog = CatalogJson.read(DRAFT);
        CatalogTables.standard().write(catalog, xlsx);
        Path misnamed = Files.copy(xlsx, dir.resolve("export.json"));
        Path target = dir.resolve("back.json");
        Run r = run("convert", misnamed.toString(), target.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(catalog, CatalogJson.read(target));
        assertTrue(r.err().contains("警告  read:extension"), r.err());
        assertTrue(r.err().contains("通过，0 个错误，1 个警告"), r.err());
    }

    @Test
    void aValidCatalogConvertsQuietly() {
        Run r = run("convert", DRAFT.toString(), dir.resolve("draft.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
    }
}
