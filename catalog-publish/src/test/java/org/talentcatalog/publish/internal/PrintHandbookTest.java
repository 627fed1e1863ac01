package org.talentcatalog.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.publish.Release;

/**
 * The print document, which the PDF module lays out, against the view it is written from: the cover,
 * bookmarks and table of contents name every catalog, each catalog's section has its 编制说明, every
 * position in its table and as a card, every chart's numbers; then the indexes and the changes.
 */
class PrintHandbookTest {

    private static final Path CATALOGS = Path.of("../examples/data/catalogs");

    static Catalog read(String name) {
        return CatalogJson.read(CATALOGS.resolve(name + ".json"));
    }

    /** The README's release: the 2025 IC catalog, Lingang and the special catalog, after the 2024 IC edition. */
    static Release release() {
        return Release.of(read("sh-ic-2025"), read("lingang-2024"), read("special-fel-2025")).withPrevious(read("sh-ic-2024"));
    }

    private static String print(HandbookView v) throws IOException {
        StringWriter out = new StringWriter();
        PrintHandbook.write(v, "\"Noto Serif CJK SC\", serif", out);
        return out.toString();
    }

    /** Text as the page shows it: the entities the templates write turned back into characters. */
    static String plain(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#34;", "\"").replace("&amp;", "&");
    }

    static List<String> all(String html, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(plain(m.group(1)));
        }
        return out;
    }

    static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertTrue(start >= 0, from);
        int end = html.indexOf(to, start + from.length());
        return html.substring(start, end < 0 ? html.length() : end);
    }

    @Test
    void theCoverBookmarksAndContentsNameEveryCatalogAndTheIndexesAndTheChanges() throws IOException {
        HandbookView v = Views.of(release(), new Words(Locale.CHINESE));
        String doc = print(v);
        assertTrue(doc.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\" xmlns=\"http://www.w3.org/1999/xhtml\">"), doc.substring(0, 80));
        assertEquals(List.of(v.title()), all(doc, "<title>(.*?)</title>"));
        assertTrue(doc.contains("<meta name=\"subject\" content=\"本批发布 3 个目录，共 " + v.count() + " 个急需紧缺岗位。\"/>"));
        List<String> names = new ArrayList<>(List.of("目录"));
        List<String> targets = new ArrayList<>(List.of("#toc"));
        for (CatalogView c : v.catalogs()) {
            names.add(c.title());
            targets.add("#" + c.id() + "-" + c.file());
        }
        names.addAll(List.of("专业索引", "能力索引", v.changesTitle()));
        targets.addAll(List.of("#majors", "#competencies", "#changes"));
        assertEquals(names, all(doc, "<bookmark name=\"(.*?)\""));
        assertEquals(targets, all(doc, "<bookmark name=\"[^\"]*\" href=\"(.*?)\"/>"));
        assertEquals(targets.subList(1, targets.size()), all(between(doc, "<section class=\"toc\"", "</section>"), "<a href=\"(.*?)\""));
        assertEquals(names.subList(1, names.size()), all(between(doc, "<section class=\"toc\"", "</section>"), "<a href=\"[^\"]*\">(.*?)</a>"));
        String cover = between(doc, "<section class=\"cover\">", "</section>");
        assertEquals(v.catalogs().size(), all(cover, "<li>(.*?)</li>").size());
        for (CatalogView c : v.catalogs()) {
            String item = "<li>" + c.title() + " <span class=\"sub\">" + c.subtitle() + "</span> <span class=\"n\">" + c.count() + " 个岗位</span>"
                    + (c.notice().isEmpty() ? "" : " <span class=\"notice\">" + c.notice() + "</span>") + "</li>";
            assertTrue(plain(cover).contains(item), item + "\n" + cover);
        }
        assertTrue(doc.contains("\"Noto Serif CJK SC\", serif") && !doc.contains("-handbook-fonts"), "the fonts are named in the style sheet");
        assertEquals(v.title(), all(doc, "<div class=\"runhead\">(.*?)</div>").get(0));
    }

    @Test
    void eachCatalogsSectionHasItsAboutItsPositionsItsChartsAndACardPerPosition() throws IOException {
        HandbookView v = Views.of(release(), new Words(Locale.CHINESE));
        String doc = print(v);
        for (CatalogView c : v.catalogs()) {
            String s = between(doc, "<section class=\"catalog\" id=\"" + c.id() + "-" + c.file() + "\">", "</section>");
            assertEquals(List.of(c.title() + (c.subtitle().isEmpty() ? "" : " · " + c.subtitle())), all(s, "<div class=\"runhead\">(.*?)</div>"));
            assertEquals(List.of(c.title()), all(s, "<h1>(.*?)</h1>"));
            assertEquals(c.notice().isEmpty() ? List.of() : List.of(c.notice()), all(s, "<p class=\"notice\" role=\"note\">(.*?)</p>"));
            List<String> about = new ArrayList<>();
            c.about().forEach(f -> about.add(f.label() + "=" + f.value()));
            assertEquals(about, all(s, "<tr><th scope=\"row\">(.*?)</td></tr>").stream().map(x -> x.replace("</th><td>", "=")).toList());
            String consultations = s.contains("<h3>论证与征求意见</h3>") ? between(s, "<h3>论证与征求意见</h3>", "</ul>") : "";
            assertEquals(c.consultations(), all(consultations, "<li>(.*?)</li>"));
            String table = between(s, "<table class=\"positions\">", "</table>");
            List<String> groups = c.groups().stream().map(g -> g.label() + " (" + g.rows().size() + ")").toList();
            assertEquals(groups, all(table, "<th scope=\"colgroup\" colspan=\"7\">(.*?)</th>"));
            List<String> rows = c.rows().stream().map(r -> String.join("|", r.name() + " <span class=\"id\">" + r.id() + "</span>",
                    r.levelLabel(), r.categoryLabel(), r.educationLabel(), r.majorsText(v.words()), r.experience(), r.salary())).toList();
            assertEquals(rows, all(table, "<tr>\n<th scope=\"row\">(.*?)</td>\n</tr>").stream()
                    .map(x -> x.replace("</th>\n<td>", "|").replace("</td>\n<td>", "|")).toList());
            List<String> charts = new ArrayList<>();
            for (Chart chart : c.charts()) {
                charts.add(chart.title() + "|" + chart.description() + "|" + String.join("|", chart.headers()) + "|" + chart.rows());
            }
            List<String> printed = new ArrayList<>();
            for (String chart : all(s, "<div class=\"chart\">(.*?)</div>")) {
                printed.add(all(chart, "<h3>(.*?)</h3>").get(0) + "|" + all(chart, "<p class=\"desc\">(.*?)</p>").get(0) + "|"
                        + String.join("|", all(chart, "<th scope=\"col\">(.*?)</th>")) + "|"
                        + all(chart, "<tr>\n(<td>.*?)</tr>").stream().map(r -> all(r, "<td>(.*?)</td>")).toList());
            }
            assertEquals(charts, printed);
            assertFalse(rows.isEmpty() || charts.isEmpty() || about.isEmpty(), c.id());
            assertEquals(c.rows().stream().map(Row::anchor).toList(), all(s, "<article class=\"card\" id=\"(.*?)\""));
        }
    }

    @Test
    void theIndexesAndTheChangesFollowTheCatalogs() throws IOException {
        HandbookView v = Views.of(release(), new Words(Locale.ENGLISH));
        String doc = print(v);
        assertTrue(doc.contains("<html lang=\"en\""));
        for (String id : List.of("majors", "competencies")) {
            List<Term> terms = id.equals("majors") ? v.majors() : v.competencies();
            String s = between(doc, "<section class=\"terms\" id=\"" + id + "\">", "</section>");
            assertEquals(terms.stream().map(t -> t.text() + " <span class=\"n\">(" + t.rows().size() + ")</span>").toList(), all(s, "<h3>(.*?)</h3>"));
            List<String> items = new ArrayList<>();
            terms.forEach(t -> t.rows().forEach(r -> items.add(r.name() + " <span class=\"sub\">" + r.catalogTitle() + " · " + r.levelLabel() + "</span>")));
            assertEquals(items, all(s, "<li>(.*?)</li>"));
        }
        String changes = between(doc, "<section class=\"changes\" id=\"changes\">", "</section>");
        assertEquals(List.of(v.changesTitle()), all(changes, "<h1>(.*?)</h1>"));
        assertEquals(v.changes().stream().map(Section::title).toList(), all(changes, "<h2>(.*?)</h2>"));
        List<String> items = new ArrayList<>();
        v.changes().forEach(s -> s.items().forEach(f -> items.add(f.label())));
        assertEquals(items, all(changes, "<li>(.*?)</li>"));
        assertFalse(items.isEmpty(), "the examples differ");
        assertEquals(v.changes().stream().filter(s -> s.items().isEmpty()).count(), all(changes, "<p>(None\\.)</p>").size());
    }

    @Test
    void withoutAPreviousEditionThereAreNoChangesAndAnEmptyIndexSaysSo() throws IOException {
        Catalog ic = read("sh-ic-2025");
        Catalog bare = ic.withPositions(List.of(ic.positions().get(0).toBuilder()
                .requirements(ic.positions().get(0).requirements().withMajors()).build()));
        HandbookView v = Views.of(Release.of(bare), new Words(Locale.CHINESE));
        String doc = print(v);
        assertFalse(doc.contains("#changes") || doc.contains("class=\"changes\""), "no previous edition");
        String majors = between(doc, "<section class=\"terms\" id=\"majors\">", "</section>");
        assertTrue(majors.contains("<p>本批目录未列出此类要求。</p>") && !majors.contains("class=\"term\""), majors);
    }
}
