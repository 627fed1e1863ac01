package org.talentcatalog.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Status;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.render.RenderContext;

class HtmlHandbookTest {

    @TempDir
    Path tmp;

    private Path site(Release release, Locale locale) {
        Path out = tmp.resolve("site");
        try {
            Handbooks.write(release, HandbookFormat.HTML, RenderContext.of(locale), out);
        } catch (FileWriteException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theFolderHasTheIndexAPagePerCatalogTheIndexesTheChangesAndTheAssets() throws IOException {
        Path out = site(Examples.release(), Locale.CHINESE);
        try (Stream<Path> files = Files.walk(out)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertEquals(List.of(".catalog-publish", "assets/handbook.css", "assets/handbook.js", "catalog-lingang-key.html",
                    "catalog-sh-fel-facility.html", "catalog-sh-ic.html", "changes.html", "competencies.html", "index.html", "majors.html"), names);
        }
    }

    @Test
    void everyPositionOfTheReleaseIsInTheIndexTableAndHasACardOnItsCatalogsPage() {
        Release release = Examples.release();
        Path out = site(release, Locale.CHINESE);
        String index = read(out.resolve("index.html"));
        int rows = count(index, "<tr class=\"position\"");
        assertEquals(release.positionCount(), rows);
        for (Catalog c : release.catalogs()) {
            String page = read(out.resolve("catalog-" + c.id() + ".html"));
            assertEquals(c.positions().size(), count(page, "<article class=\"card\""));
            for (Position p : c.positions()) {
                assertTrue(index.contains("href=\"catalog-" + c.id() + ".html#p-" + p.id() + "\""), p.id());
                assertTrue(page.contains("id=\"p-" + p.id() + "\""), p.id());
                assertTrue(page.contains(p.name().zh()), p.id());
            }
        }
    }

    @Test
    void theAboutPageSaysTheCatalogsOwnMembers() {
        Path out = site(Examples.release(), Locale.CHINESE);
        String page = read(out.resolve("catalog-sh-ic.html"));
        Catalog ic = Examples.read("sh-ic-2025");
        assertTrue(page.contains(ic.issuance().documentNumber()));
        assertTrue(page.contains(ic.issuance().jointIssuers().get(0).name()));
        assertTrue(page.contains("<dt>样本量</dt><dd>" + ic.methodology().survey().sampleSize() + "</dd>"), "sample size");
        assertTrue(page.contains("专家论证会"));
    }

    @Test
    void theChangesPageListsWhatTheModelsDiffFinds() {
        Path out = site(Examples.release(), Locale.CHINESE);
        String page = read(out.resolve("changes.html"));
        CatalogDiff diff = CatalogDiff.between(Examples.read("sh-ic-2024"), Examples.read("sh-ic-2025"));
        assertFalse(diff.added().isEmpty() && diff.removed().isEmpty(), "the examples differ");
        assertTrue(page.contains("新增岗位（" + diff.added().size() + "）"));
        assertTrue(page.contains("删除岗位（" + diff.removed().size() + "）"));
        for (Position p : diff.added()) {
            assertTrue(page.contains("href=\"catalog-sh-ic.html#p-" + p.id() + "\""), p.id());
        }
        for (Position p : diff.removed()) {
            assertTrue(page.contains(p.name().zh() + " (" + p.id() + ")"), p.id());
        }
    }

    @Test
    void theMajorsIndexListsEachMajorWithThePositionsAskingForIt() {
        Release release = Examples.release();
        Path out = site(release, Locale.CHINESE);
        String page = read(out.resolve("majors.html"));
        Catalog ic = release.catalogs().get(0);
        Position p = ic.positions().stream().filter(x -> !x.requirements().majors().isEmpty()).findFirst().orElseThrow();
        String major = p.requirements().majors().get(0);
        Matcher m = Pattern.compile("<dt id=\"(m-\\d+)\">" + Pattern.quote(major) + "</dt>\\s*<dd><ul>(.*?)</ul></dd>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), major);
        assertTrue(m.group(2).contains("catalog-sh-ic.html#p-" + p.id()));
        long asking = release.catalogs().stream().flatMap(c -> c.positions().stream())
                .filter(x -> x.requirements().majors().contains(major)).count();
        assertEquals(asking, count(m.group(2), "<li>"));
    }

    @Test
    void englishPagesAreInEnglish() {
        Path out = site(Examples.release(), Locale.ENGLISH);
        String index = read(out.resolve("index.html"));
        assertTrue(index.contains("<html lang=\"en\">"));
        assertTrue(index.contains("All positions, by industry"));
        Position p = Examples.read("sh-ic-2025").positions().get(0);
        assertTrue(index.contains(">" + p.name().en() + "</a>"));
        assertFalse(index.contains("全部岗位"));
    }

    @Test
    void textFromTheCatalogIsEscaped() {
        Catalog ic = Examples.read("sh-ic-2025");
        Position p = ic.positions().get(0);
        Position hostile = p.toBuilder().name(LocalizedText.of("<script>alert(1)</script>设计师")).build();
        Catalog changed = ic.withPositions(List.of(hostile));
        String page = read(site(Release.of(changed), Locale.CHINESE).resolve("catalog-sh-ic.html"));
        assertFalse(page.contains("<script>alert"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;设计师"));
    }

    @Test
    void nothingOnThePagesIsLoadedFromOutsideTheFolder() throws IOException {
        Path out = site(Examples.release(), Locale.CHINESE);
        Pattern outside = Pattern.compile("(src|href)=\"(?!#|[a-z0-9._-]+\\.html|assets/)|url\\((?!#)|@import|//[a-z]", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = read(f).replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
                Matcher m = outside.matcher(text);
                assertFalse(m.find(), () -> f + ": " + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)));
            }
        }
    }

    @Test
    void twoEditionsOfASeriesInOneReleaseEachGetTheirOwnPage() {
        Release release = Release.of(Examples.read("sh-ic-2024"), Examples.read("sh-ic-2025"));
        Path out = site(release, Locale.CHINESE);
        String older = read(out.resolve("catalog-sh-ic-2024.html"));
        String newer = read(out.resolve("catalog-sh-ic-2025.html"));
        assertEquals(release.catalogs().get(0).positions().size(), count(older, "<article class=\"card\""));
        assertEquals(release.catalogs().get(1).positions().size(), count(newer, "<article class=\"card\""));
        String index = read(out.resolve("index.html"));
        assertTrue(index.contains("href=\"catalog-sh-ic-2024.html#p-IC-001\""));
        assertTrue(index.contains("href=\"catalog-sh-ic-2025.html#p-IC-001\""));
    }

    @Test
    void aCatalogNotYetPublishedSaysSoOnItsPageAndInTheIndexAndAPublishedOneSaysNothing() {
        Path out = site(Examples.release(), Locale.CHINESE);
        String special = read(out.resolve("catalog-sh-fel-facility.html"));
        assertTrue(special.contains("<p class=\"notice\" role=\"note\">本目录尚未正式发布（状态：公开征求意见），"), special);
        String index = read(out.resolve("index.html"));
        assertTrue(index.contains("<span class=\"notice\">本目录尚未正式发布（状态：审定），"), "Lingang is approved, not yet issued");
        assertFalse(read(out.resolve("catalog-sh-ic.html")).contains("class=\"notice\""), "the IC catalog is published");
        assertEquals(2, count(index, "<span class=\"notice\">"));
    }

    @Test
    void aSupersededOrWithdrawnCatalogSaysSoInEitherLanguage() {
        Catalog ic = Examples.read("sh-ic-2025");
        String superseded = read(site(Release.of(ic.withStatus(Status.SUPERSEDED)), Locale.CHINESE).resolve("catalog-sh-ic.html"));
        assertTrue(superseded.contains(">本目录已被新版替代，请以新版为准。</p>"), superseded);
        String withdrawn = read(site(Release.of(ic.withStatus(Status.WITHDRAWN)), Locale.ENGLISH).resolve("catalog-sh-ic.html"));
        assertTrue(withdrawn.contains(">This catalog has been withdrawn and is no longer in force.</p>"), withdrawn);
        String draft = read(site(Release.of(ic.withStatus(Status.DRAFT)), Locale.ENGLISH).resolve("catalog-sh-ic.html"));
        assertTrue(draft.contains(">This catalog has not been published yet (status: draft); it may change, and the published edition prevails.</p>"), draft);
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
