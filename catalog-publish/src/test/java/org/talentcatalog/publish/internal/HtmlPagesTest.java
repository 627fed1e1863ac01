package org.talentcatalog.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.publish.internal.PrintHandbookTest.all;
import static org.talentcatalog.publish.internal.PrintHandbookTest.between;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.publish.Release;

/**
 * The HTML pages against the view they are written from: the navigation marks the page it is on,
 * the index lists every catalog and every position with what the filters match, each card says
 * exactly the members its position has, and the changes link to the new edition's cards.
 */
class HtmlPagesTest {

    @TempDir
    Path dir;

    private String page(String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    private HandbookView site(Release release, Locale locale) throws IOException {
        HandbookView v = Views.of(release, new Words(locale));
        HtmlHandbook.fill(v, dir);
        return v;
    }

    @Test
    void theNavigationMarksThePageItIsOnAndLinksTheChangesOnlyWhenThereAreSome() throws IOException {
        HandbookView v = site(PrintHandbookTest.release(), Locale.CHINESE);
        for (String file : List.of("index.html", "majors.html", "competencies.html", "changes.html", v.catalogs().get(0).file())) {
            String html = page(file);
            assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), file);
            List<String> current = all(html, "<a href=\"([a-z.]+)\" aria-current=\"page\">");
            assertEquals(file.startsWith("catalog-") ? List.of() : List.of(file), current, file);
            assertTrue(html.contains("<li><a href=\"changes.html\""), file);
        }
        assertEquals(List.of(v.changesTitle()), all(page("changes.html"), "<title>(.*?)</title>"));
        assertEquals(List.of("专业索引"), all(page("majors.html"), "<h1>(.*?)</h1>"));
    }

    @Test
    void theIndexListsTheCatalogsAndEveryPositionWithWhatTheFiltersMatch() throws IOException {
        HandbookView v = site(PrintHandbookTest.release(), Locale.ENGLISH);
        String index = page("index.html");
        List<String> catalogs = new ArrayList<>();
        for (CatalogView c : v.catalogs()) {
            catalogs.add("<a href=\"" + c.file() + "\">" + c.title() + "</a> <span class=\"sub\">" + c.subtitle() + "</span> <span class=\"n\">"
                    + c.count() + " positions</span>" + (c.notice().isEmpty() ? "" : " <span class=\"notice\">" + c.notice() + "</span>"));
        }
        assertEquals(catalogs, all(between(index, "<ol class=\"catalogs\">", "</ol>"), "<li>(.*?)</li>"));
        List<String> rows = new ArrayList<>();
        for (Group g : v.groups()) {
            for (Row r : g.rows()) {
                rows.add(String.join("|", r.industry(), r.levelKey(), r.category(), r.educationKey(), r.search(), r.href(), r.name(),
                        r.catalogTitle()));
            }
        }
        assertEquals(rows, all(index, "<tr class=\"position\" (.*?)</td>\n<td>").stream().map(HtmlPagesTest::row).toList());
        assertEquals(v.groups().size(), all(index, "(<th scope=\"colgroup\" colspan=\"8\">)").size(), "a column for the catalog");
        String levels = between(index, "<select id=\"all-level\" name=\"level\">", "</select>");
        List<String> options = new ArrayList<>(List.of("=All"));
        v.levels().forEach(o -> options.add((o.value().isEmpty() ? "NONE" : o.value()) + "=" + o.label()));
        assertEquals(options, all(levels, "<option value=\"(.*?)</option>").stream().map(o -> o.replace("\">", "=")).toList());
        assertTrue(index.contains("<p class=\"count\" id=\"all-count\" role=\"status\" aria-live=\"polite\">Showing " + v.count() + " of " + v.count() + " positions</p>"),
                index);
    }

    private static String row(String tr) {
        List<String> a = all(tr, "data-[a-z]+=\"(.*?)\"");
        List<String> link = all(tr, "<a href=\"(.*?)\">");
        List<String> name = all(tr, "\">([^<]*)</a>");
        List<String> catalog = all(tr, "</span></th>\n<td>(.*)$");
        return String.join("|", a) + "|" + link.get(0) + "|" + name.get(0) + "|" + catalog.get(0);
    }

    @Test
    void eachCardSaysExactlyTheMembersItsPositionHas() throws IOException {
        HandbookView v = site(PrintHandbookTest.release(), Locale.CHINESE);
        Words w = v.words();
        for (CatalogView c : v.catalogs()) {
            String html = page(c.file());
            assertEquals(!c.charts().isEmpty(), html.contains("<li><a href=\"#charts\">"), c.file());
            assertEquals(c.charts().stream().map(Chart::id).toList(), all(html, "<figure class=\"chart\" id=\"(.*?)\""));
            for (Row r : c.rows()) {
                String card = between(html, "<article class=\"card\" id=\"" + r.anchor() + "\"", "</article>");
                List<String> expected = new ArrayList<>();
                expected.add("产业=" + r.industryLabel() + (r.industryClass().isEmpty() ? "" : " (" + r.industryClass() + ")"));
                expected.add("紧缺程度=" + r.levelLabel() + (r.score().isEmpty() ? "" : " · 评分 " + r.score()));
                expected.add("岗位类别=" + r.categoryLabel());
                if (!r.occupationCode().isEmpty()) {
                    expected.add("职业编码=" + r.occupationCode());
                }
                expected.add("学历=" + r.educationLabel());
                if (!r.majors().isEmpty()) {
                    expected.add("专业=" + r.majorsText(w));
                }
                if (!r.competencies().isEmpty()) {
                    expected.add("能力要求=" + r.competenciesText(w));
                }
                if (!r.certifications().isEmpty()) {
                    expected.add("资格证书=" + r.certificationsText(w));
                }
                expected.add("经验=" + r.experience());
                if (!r.salary().isEmpty()) {
                    expected.add("参考薪酬=" + r.salary());
                }
                if (!r.headcount().isEmpty()) {
                    expected.add("需求人数=" + r.headcount());
                }
                assertEquals(expected, all(card, "<dt>(.*?)</dd>").stream().map(x -> x.replace("</dt><dd>", "=")).toList(), r.id());
                assertEquals(r.description().isEmpty() ? List.of() : List.of(r.description()), all(card, "<p>(.*?)</p>"), r.id());
            }
        }
    }

    @Test
    void theChangesLinkTheNewEditionsCardsAndTheRemovedPositionsAreText() throws IOException {
        HandbookView v = site(PrintHandbookTest.release(), Locale.CHINESE);
        String html = page("changes.html");
        List<String> items = new ArrayList<>();
        for (Section s : v.changes()) {
            for (Fact f : s.items()) {
                items.add(f.value().isEmpty() ? f.label() : "<a href=\"" + f.value() + "\">" + f.label() + "</a>");
            }
        }
        assertEquals(items, all(html, "<li>(.*?)</li>").stream().filter(x -> !x.contains("aria-current") && !x.startsWith("<a href=\"index")
                && !x.startsWith("<a href=\"majors") && !x.startsWith("<a href=\"competencies") && !x.startsWith("<a href=\"changes")).toList());
        assertFalse(items.isEmpty());
    }

    @Test
    void aSingleCatalogWithoutPreviousEditionHasNoCatalogColumnAndNoChangesPage() throws IOException {
        HandbookView v = site(Release.of(PrintHandbookTest.read("sh-ic-2025")), Locale.CHINESE);
        String index = page("index.html");
        assertFalse(index.contains("changes.html") || Files.exists(dir.resolve("changes.html")));
        assertEquals(v.groups().size(), all(index, "(<th scope=\"colgroup\" colspan=\"7\">)").size());
        assertFalse(index.contains("<th scope=\"col\">目录</th>"), "no catalog column");
    }
}
