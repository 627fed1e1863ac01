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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.tabular.CatalogTables;

/** What the commands write: every format through the registry, both files or neither, and one line when a file cannot be written. */
class OutputFilesTest {

    static final Path IC = Path.of("../examples/data/catalogs/sh-ic-2024.json");

    @TempDir
    Path dir;

    private void noTemporaryFileIsLeft() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().matches(".*\\.(tmp|bak)")), "no temporary or backup file is left");
        }
    }

    @Test
    void convertIntoAMissingFolderSaysSoInOneLineNamingTheTarget() throws IOException {
        Path target = dir.resolve("missing").resolve("ic.csv");
        Run zh = run("convert", IC.toString(), target.toString());
        assertEquals(2, zh.code(), zh.err());
        assertEquals("catalog convert: 无法写入 " + target + "：目录 " + target.getParent() + " 不存在", zh.err().strip());
        assertEquals("", zh.out());
        Run en = run("convert", IC.toString(), target.toString(), "--lang", "en");
        assertEquals("catalog convert: cannot write " + target + ": the folder " + target.getParent() + " does not exist",
                en.err().strip());
        noTemporaryFileIsLeft();
    }

    @Test
    void aSideFileThatCannotBeReplacedLeavesTheCsvAsItWas() throws IOException {
        Path csv = dir.resolve("ic.csv");
        byte[] before = "岗位编号,岗位名称\r\nA1,上一版\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(csv, before);
        Path side = Files.createDirectory(CatalogTables.sideFileOf(csv));
        Files.writeString(side.resolve("notes.txt"), "someone's folder, named like the side file");
        Run r = run("convert", IC.toString(), csv.toString(), "--lang", "en");
        assertArrayEquals(before, Files.readAllBytes(csv));
        assertEquals(2, r.code(), r.err());
        assertEquals("catalog convert: cannot write " + side + ": it is a directory; " + csv + " was left as it was", r.err().strip());
        noTemporaryFileIsLeft();
    }

    @Test
    void scoreReadsATableTemplateAndWritesTheDraftInItsOutExtensionsFormat() throws IOException {
        Path table = Files.writeString(dir.resolve("table.csv"), "position_id,ratio,days\nIC-001,3.0,90\nIC-002,1.5,60\n"
                + "IC-003,0.5,20\nIC-004,2.0,45\n");
        Path config = Files.writeString(dir.resolve("config.json"), "{\"indicators\": [{\"id\": \"ratio\"}, {\"id\": \"days\"}],"
                + " \"classification\": {\"method\": \"THRESHOLDS\", \"VERY_SCARCE\": 0.7, \"SCARCE\": 0.45, \"GENERALLY_SCARCE\": 0.2}}");
        Path fromJson = dir.resolve("draft.json");
        Run json = run("score", table.toString(), "--config", config.toString(), "--catalog", IC.toString(), "--out", fromJson.toString());
        assertEquals(0, json.code(), json.err());

        Path template = dir.resolve("template.xlsx");
        CatalogTables.standard().write(CatalogJson.read(IC), template);
        Path draft = dir.resolve("draft.xlsx");
        Run xlsx = run("score", table.toString(), "--config", config.toString(), "--catalog", template.toString(), "--out", draft.toString());
        assertEquals(0, xlsx.code(), xlsx.err());
        assertEquals(json.out(), xlsx.out());
        assertEquals(CatalogJson.read(fromJson), CatalogTables.standard().readCatalog(draft));

        Path pdf = Files.writeString(dir.resolve("template.pdf"), "%PDF-1.7\n");
        Run refused = run("score", table.toString(), "--config", config.toString(), "--catalog", pdf.toString(),
                "--out", dir.resolve("never.json").toString(), "--lang", "en");
        assertEquals(2, refused.code());
        assertEquals("catalog score: " + pdf + ": PDF files are not supported: give the spreadsheet it was made from (.xlsx or .csv) or a .json file",
                refused.err().strip());
        assertFalse(Files.exists(dir.resolve("never.json")));

        Path missing = dir.resolve("missing").resolve("result.txt");
        Run unwritable = run("score", table.toString(), "--config", config.toString(), "--out", missing.toString(), "--lang", "en");
        assertEquals(2, unwritable.code());
        assertEquals("catalog score: cannot write " + missing + ": the folder " + missing.getParent() + " does not exist",
                unwritable.err().strip());
        noTemporaryFileIsLeft();
    }
}
