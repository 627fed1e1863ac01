package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.talentcatalog.cli.Run.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.publish.pdf.HandbookFont;

/** {@code catalog publish}: the handbook of the catalogs given, refused for a catalog with errors, written whole. */
class PublishCommandTest {

    static final Path CATALOGS = Path.of("../examples/data/catalogs");
    static final String IC24 = CATALOGS.resolve("sh-ic-2024.json").toString();
    static final String IC25 = CATALOGS.resolve("sh-ic-2025.json").toString();
    static final String LINGANG = CATALOGS.resolve("lingang-2024.json").toString();

    @TempDir
    Path dir;

    private long entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void everyExampleCatalogIsPublishedAsAnHtmlHandbook() throws IOException {
        Path site = dir.resolve("site");
        try (Stream<Path> s = Files.list(CATALOGS)) {
            String[] args = Stream.concat(Stream.of("publish", "--out", site.toString()),
                    s.filter(p -> p.toString().endsWith(".json")).sorted().map(Path::toString)).toArray(String[]::new);
            Run r = run(args);
            assertEquals(0, r.code(), r.err());
            assertEquals("已发布 " + site.resolve("index.html") + "（5 个目录，36 个岗位）", r.out().strip());
        }
        String index = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("<html lang=\"zh-CN\">"));
        assertTrue(Files.exists(site.resolve("catalog-sh-ic-2024.html")), "two editions of a series each get a page");
        assertTrue(Files.exists(site.resolve("catalog-sh-ic-2025.html")));
        assertEquals(1, entries(dir), "no temporary folder is left");
    }

    @Test
    void theOptionsReachTheHandbook() throws IOException {
        Path site = dir.resolve("en");
        Run r = run("publish", IC25, LINGANG, "--out", site.toString(), "--lang", "en", "--previous", IC24, "--title", "Release 2025/1");
        assertEquals(0, r.code(), r.err());
        assertEquals("published " + site.resolve("index.html") + " (2 catalogs, 19 positions)", r.out().strip());
        String index = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("<h1 id=\"cover-h\">Release 2025/1</h1>"), index);
        assertTrue(Files.readString(site.resolve("changes.html"), StandardCharsets.UTF_8).contains("Positions added"));
    }

    @Test
    void markdownIsOneFileInTheFolder() throws IOException {
        Path md = dir.resolve("md");
        Run r = run("publish", IC25, "--out", md.toString(), "--format", "markdown");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(md.resolve("handbook.md"), StandardCharsets.UTF_8).startsWith("# 上海市集成电路产业急需紧缺人才目录"));
    }

    @Test
    void aCatalogWithErrorsIsRefusedWithItsLocatedIssuesAndNothingIsWritten() throws IOException {
        Path bad = dir.resolve("bad.json");
        String text = Files.readString(Path.of(IC25), StandardCharsets.UTF_8).replaceFirst("\"category\": \"APPLIED_TECHNOLOGY\"", "\"category\": \"NOT_A_CATEGORY\"");
        Files.writeString(bad, text, StandardCharsets.UTF_8);
        Path site = dir.resolve("site");
        Run r = run("publish", LINGANG, bad.toString(), "--out", site.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(bad + ":"), r.err());
        assertTrue(r.err().contains("/positions/0/category"), r.err());
        assertTrue(r.err().strip().endsWith("catalog publish: 1 个目录有错误，未发布（" + site + " 未写出）"), r.err());
        assertFalse(Files.exists(site));
        assertEquals("", r.out());
    }

    @Test
    void aWrongCallExitsTwoInOneLine() {
        Run noOut = run("publish", IC25);
        assertEquals(2, noOut.code());
        assertFalse(noOut.err().contains("Exception"), noOut.err());
        Run format = run("publish", IC25, "--out", dir.resolve("x").toString(), "--format", "docx");
        assertEquals(2, format.code());
        assertEquals("catalog publish: --format 的值“docx”无效：应为 html, markdown, pdf", format.err().strip());
        Run missing = run("publish", dir.resolve("nope.json").toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.json"), missing.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void aFolderOfOtherFilesIsNotReplaced() throws IOException {
        Path mine = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep");
        Run r = run("publish", IC25, "--out", mine.toString(), "--lang", "en");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("catalog publish: " + mine + ": exists and is not a handbook folder"), r.err());
        assertEquals("keep", Files.readString(mine.resolve("notes.txt")));
        assertEquals(1, entries(mine));
    }

    @Test
    void pdfIsOneFileInTheFolderAndItsFontsAreTheOnesGiven() throws IOException {
        assumeTrue(Files.isRegularFile(HandbookFont.DEJAVU) && Files.isRegularFile(HandbookFont.DROID), "Debian's fonts are not installed (.ci/run installs them)");
        Path print = dir.resolve("print");
        Run r = run("publish", LINGANG, "--out", print.toString(), "--format", "pdf",
                "--font", HandbookFont.DROID.toString(), "--font", HandbookFont.DEJAVU.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("已发布 " + print.resolve("handbook.pdf")), r.out());
        assertTrue(Files.readString(print.resolve("handbook.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void aMissingFontIsAnErrorNamingItAndNothingIsRead() {
        Path font = dir.resolve("no-font.ttf");
        Path print = dir.resolve("print");
        Run r = run("publish", dir.resolve("nope.json").toString(), "--out", print.toString(), "--format", "pdf", "--font", font.toString(), "--lang", "en");
        assertEquals(2, r.code());
        assertEquals("catalog publish: " + font + ": the font file does not exist or cannot be read", r.err().strip());
        assertFalse(Files.exists(print));
        Run html = run("publish", IC25, "--out", print.toString(), "--font", font.toString());
        assertEquals(2, html.code());
        assertEquals("catalog publish: --font 只用于 --format pdf，不用于 html", html.err().strip());
    }
}
