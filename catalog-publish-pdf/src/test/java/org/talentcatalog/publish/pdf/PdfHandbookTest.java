package org.talentcatalog.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Position;
import org.talentcatalog.publish.Release;
import org.talentcatalog.render.RenderContext;

/** The PDF handbook of the example release, read back as a reader's tools read it: its text, pages and fonts. */
class PdfHandbookTest {

    static final Path CATALOGS = Path.of("../examples/data/catalogs");

    @TempDir
    static Path tmp;

    static Catalog ic2025;
    static Catalog lingang;
    static List<String> pages = new ArrayList<>();
    static List<PDFont> fonts = new ArrayList<>();
    static int pageCount;

    @BeforeAll
    static void publish() throws IOException {
        ic2025 = CatalogJson.read(CATALOGS.resolve("sh-ic-2025.json"));
        lingang = CatalogJson.read(CATALOGS.resolve("lingang-2024.json"));
        Release release = Release.of(ic2025, lingang).withPrevious(CatalogJson.read(CATALOGS.resolve("sh-ic-2024.json")));
        Path out = tmp.resolve("print");
        PdfHandbooks.write(release, RenderContext.defaults(), Fonts.debian(), out);
        try (PDDocument doc = Loader.loadPDF(out.resolve(PdfHandbooks.FILE).toFile())) {
            pageCount = doc.getNumberOfPages();
            PDFTextStripper text = new PDFTextStripper();
            for (int i = 1; i <= pageCount; i++) {
                text.setStartPage(i);
                text.setEndPage(i);
                pages.add(text.getText(doc));
            }
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
    }

    @Test
    void everyPositionNameComesBackAsText() {
        String all = String.join("\n", pages).replaceAll("\\s+", "");
        for (Catalog c : List.of(ic2025, lingang)) {
            assertTrue(all.contains(c.title().zh().replaceAll("\\s+", "")), c.title().zh());
            for (Position p : c.positions()) {
                assertTrue(all.contains(p.name().zh().replaceAll("\\s+", "")), p.name().zh());
            }
        }
        for (String heading : List.of("编制说明", "岗位一览（按产业分组）", "专业索引", "能力索引", "与上一版")) {
            assertTrue(all.contains(heading), heading);
        }
    }

    @Test
    void coverTocAndCatalogsEachStartAPage() {
        assertTrue(pageCount >= 6, "pages: " + pageCount);
        assertTrue(pages.get(0).contains(ic2025.title().zh()), pages.get(0));
        assertTrue(pages.get(1).startsWith("目录") || pages.get(1).contains("\n目录"), pages.get(1));
    }

    @Test
    void tableOfContentsGivesThePageEachPartStartsOn() {
        String toc = pages.get(1);
        String title = ic2025.title().zh();
        var m = Pattern.compile(Pattern.quote(title) + "[.\\s]*(\\d+)").matcher(toc);
        assertTrue(m.find(), toc);
        int page = Integer.parseInt(m.group(1));
        assertTrue(pages.get(page - 1).contains("编制说明"), "page " + page + ": " + pages.get(page - 1));
    }

    @Test
    void pagesAfterTheCoverAreNumberedAndCarryTheCatalogsTitleAndNumber() {
        assertFalse(pages.get(0).contains("1 / " + pageCount), pages.get(0));
        for (int i = 1; i < pageCount; i++) {
            assertTrue(pages.get(i).contains((i + 1) + " / " + pageCount), "page " + (i + 1) + ": " + pages.get(i));
        }
        String number = ic2025.issuance().documentNumber();
        long withHeader = pages.stream().filter(p -> p.contains(ic2025.title().zh() + " · " + number)).count();
        assertTrue(withHeader >= 2, "pages with the running header: " + withHeader);
    }

    @Test
    void theIndexesAndChangesPagesCarryTheirOwnHeaderNotTheLastCatalogs() {
        String lastCatalog = lingang.title().zh();
        for (String part : List.of("专业索引", "能力索引")) {
            List<String> of = pages.stream().filter(p -> p.contains("\n" + part + "\n") || p.contains("· " + part)).toList();
            assertFalse(of.isEmpty(), part);
            for (String p : of) {
                String header = p.lines().findFirst().orElse("");
                assertTrue(header.endsWith("· " + part), p);
                assertFalse(header.contains(lastCatalog), p);
            }
        }
        assertTrue(pages.get(pageCount - 1).lines().findFirst().orElse("").endsWith("· 变化"), pages.get(pageCount - 1));
    }

    @Test
    void everyFontIsEmbeddedAsASubset() {
        assertFalse(fonts.isEmpty());
        for (PDFont f : fonts) {
            assertTrue(f.isEmbedded(), f.getName());
            assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), "not a subset: " + f.getName());
        }
    }

    @Test
    void englishHandbookHasEnglishHeadings() throws IOException {
        Path out = tmp.resolve("en");
        PdfHandbooks.write(Release.of(lingang), RenderContext.of(Locale.ENGLISH), Fonts.debian(), out);
        try (PDDocument doc = Loader.loadPDF(out.resolve(PdfHandbooks.FILE).toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Contents"), text);
            assertTrue(text.contains("Majors index"), text);
            assertFalse(text.contains("专业索引"), text);
        }
        assertTrue(Files.size(out.resolve(PdfHandbooks.FILE)) < 2_000_000, "subset font keeps the file small");
    }
}
