package org.talentcatalog.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.Renderers;

class MarkdownHandbookTest {

    /** The example handbook the README links to; when this test says it is out of date, copy the one it wrote under target. */
    static final Path EXAMPLE = Path.of("../docs/examples/handbook.md");

    @TempDir
    Path tmp;

    @Test
    void theRendererIsRegisteredAsMarkdownForARelease() throws IOException {
        var renderer = Renderers.standard().get(Release.class, "markdown");
        assertInstanceOf(MarkdownRenderer.class, renderer);
        assertEquals("markdown", renderer.name());
        assertEquals(Release.class, renderer.type());
        assertEquals("text/markdown; charset=UTF-8", renderer.mediaType());
        assertTrue(Renderers.standard().names(Release.class).contains("markdown"));
        for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            StringBuilder out = new StringBuilder();
            renderer.render(Examples.release(), RenderContext.of(locale), out);
            assertEquals(Handbooks.markdown(Examples.release(), RenderContext.of(locale)), out.toString(), locale.toString());
        }
    }

    @Test
    void everyPositionIsARowOfItsCatalogsTableAndTheAboutSectionIsThere() {
        Release release = Examples.release();
        String md = Handbooks.markdown(release, RenderContext.defaults());
        for (Catalog c : release.catalogs()) {
            assertTrue(md.contains("## " + c.title().zh().replace("(", "(")), c.id());
            for (Position p : c.positions()) {
                assertTrue(md.contains("| " + p.name().zh() + " | " + p.id() + " |"), p.id());
            }
        }
        assertTrue(md.contains("- **文号**: " + release.catalogs().get(0).issuance().documentNumber()));
        assertTrue(md.contains("## 专业索引"));
        assertTrue(md.contains("### 新增岗位（"));
    }

    @Test
    void aCatalogNotYetPublishedCarriesItsNoticeUnderItsTitle() {
        String md = Handbooks.markdown(Examples.release(), RenderContext.defaults());
        assertTrue(md.contains("\n\n> **本目录尚未正式发布（状态：公开征求意见），内容可能调整，以正式发布的版本为准。**\n\n### 编制说明"), md);
        String published = Handbooks.markdown(Release.of(Examples.read("sh-ic-2025")), RenderContext.defaults());
        assertFalse(published.contains("> **"), "a published catalog has no notice");
    }

    @Test
    void aPipeOrALineBreakInTheDataStaysInsideItsCell() {
        Catalog ic = Examples.read("sh-ic-2025");
        Position p = ic.positions().get(0);
        Position odd = p.toBuilder().name(LocalizedText.of("设计 | 验证\n工程师 *重点*")).build();
        String md = Handbooks.markdown(Release.of(ic.withPositions(List.of(odd))), RenderContext.defaults());
        assertTrue(md.contains("| 设计 \\| 验证 工程师 \\*重点\\* | " + p.id() + " |"), md);
    }

    @Test
    void englishIsInEnglish() {
        String md = Handbooks.markdown(Examples.release(), RenderContext.of(Locale.ENGLISH));
        assertTrue(md.contains("## Majors index"));
        assertFalse(md.contains("专业索引"));
    }

    @Test
    void theFormatWritesHandbookMdIntoTheFolder() throws FileWriteException, IOException {
        Path out = tmp.resolve("md");
        Handbooks.write(Examples.release(), HandbookFormat.MARKDOWN, RenderContext.defaults(), out);
        assertEquals(Handbooks.markdown(Examples.release(), RenderContext.defaults()),
                Files.readString(out.resolve("handbook.md"), StandardCharsets.UTF_8));
    }

    @Test
    void theExampleInDocsIsWhatTheExamplesGiveNow() throws IOException {
        String now = Handbooks.markdown(Examples.release(), RenderContext.defaults());
        Files.writeString(Path.of("target").resolve("handbook.md"), now, StandardCharsets.UTF_8);
        assertEquals(now, Files.readString(EXAMPLE, StandardCharsets.UTF_8),
                "the example handbook in docs/examples is out of date: copy the handbook.md this test wrote under catalog-publish's target folder over it");
    }
}
