package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.tabular.CatalogTemplate;
import org.talentcatalog.tabular.HeaderLanguage;

/** {@code catalog template}: a workbook to fill in that validates as it is written. */
class TemplateCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesAnIndustryTemplateInChineseThatValidatesWithoutAnyIssue() {
        Path file = dir.resolve("模板.xlsx");
        assertEquals(0, run("template", file.toString()), err::toString);
        assertEquals("已写出模板 " + file + "（产业人才目录，1 个示例岗位）；填写说明见工作表「填写说明」", out.toString().strip());
        assertEquals("", err.toString());
        assertEquals(0, run("validate", file.toString()), out::toString);
        assertEquals(file + ": 通过，0 个错误，0 个警告", out.toString().strip());
    }

    @Test
    void everyKindAndLanguageReadsBackAsItsExample() throws IOException {
        for (CatalogKind kind : CatalogKind.values()) {
            for (String lang : new String[] {"zh", "en"}) {
                Path file = dir.resolve(kind + "-" + lang + ".xlsx");
                assertEquals(0, run("template", file.toString(), "--kind", kind.name(), "--lang", lang), err::toString);
                assertEquals(0, run("validate", file.toString(), "--lang", "en"), out::toString);
                assertEquals(file + ": valid, 0 error(s), 0 warning(s)", out.toString().strip());
                Path json = dir.resolve(kind + "-" + lang + ".json");
                assertEquals(0, run("convert", file.toString(), json.toString()), err::toString);
                HeaderLanguage headers = lang.equals("en") ? HeaderLanguage.ENGLISH : HeaderLanguage.CHINESE;
                assertEquals(CatalogJson.write(CatalogTemplate.of(kind, headers).example()), Files.readString(json));
            }
        }
    }

    @Test
    void replacesAnExistingFileAsConvertDoes() throws IOException {
        Path file = dir.resolve("t.xlsx");
        Files.writeString(file, "an old file");
        assertEquals(0, run("template", file.toString(), "--lang", "en", "--kind", "REGIONAL"), err::toString);
        assertEquals("wrote the template " + file + " (regional catalog, 1 example position); see its sheet Instructions",
                out.toString().strip());
        assertEquals(0, run("validate", file.toString()), out::toString);
    }

    @Test
    void refusesAnotherExtensionAMissingFolderAndAnUnknownKindInOneLine() {
        Path csv = dir.resolve("t.csv");
        assertEquals(2, run("template", csv.toString(), "--lang", "en"));
        assertEquals("catalog template: the template can only be written as an .xlsx file: " + csv, err.toString().strip());
        assertFalse(Files.exists(csv));

        Path missing = dir.resolve("no/t.xlsx");
        assertEquals(2, run("template", missing.toString(), "--lang", "en"));
        assertEquals("catalog template: cannot write " + missing + ": the folder " + missing.getParent() + " does not exist",
                err.toString().strip());

        assertEquals(2, run("template", dir.resolve("k.xlsx").toString(), "--kind", "NATIONAL", "--lang", "en"));
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().contains("--kind") && err.toString().contains("NATIONAL"), err::toString);
        assertFalse(Files.exists(dir.resolve("k.xlsx")));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
