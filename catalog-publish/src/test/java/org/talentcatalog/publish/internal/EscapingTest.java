package org.talentcatalog.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.publish.Release;

/**
 * Text from a catalog, position ids (which become anchors and links) included, reaches every page
 * escaped for the place it stands in: in an element's content {@code < > &} become references and
 * quotes stay; inside a double-quoted attribute value {@code " ' < &} do and {@code >} stays; in a chart's SVG, {@code < > & " '} all do. A catalog with the same
 * marker, {@code ⟦"'<>&⟧}, in every member that is shown, is written as a site and as the print
 * document, and each appearance of the marker is checked against the place the page puts it.
 */
class EscapingTest {

    private static final String MARK = "⟦\"'<>&⟧";
    private static final String IN_TEXT = "⟦\"'&lt;&gt;&amp;⟧";
    private static final String IN_ATTRIBUTE = "⟦&#34;&#39;&lt;>&amp;⟧";
    private static final String IN_SVG = "⟦&quot;&#39;&lt;&gt;&amp;⟧";

    @TempDir
    Path dir;

    private static Catalog marked(String version, boolean second) {
        String m = MARK.replace("\"", "\\\"");
        return CatalogJson.readString("""
                {"formatVersion": "1.0", "id": "cat", "title": {"zh": "目录§", "en": "Catalog §"}, "kind": "INDUSTRY", "status": "DRAFT",
                 "issuance": {"compilers": [{"name": "编制§", "role": "INDUSTRY_AUTHORITY"}], "documentNumber": "文号§", "contractor": {"name": "承接§", "role": "INDUSTRY_ASSOCIATION"}},
                 "edition": {"version": "V"}, "scope": {"industries": ["INTEGRATED_CIRCUIT", "IND§"]},
                 "methodology": {"consultations": [{"type": "PUBLIC_CONSULTATION", "date": "2025-03-01", "summary": "意见§"}],
                                 "scoring": {"thresholds": {"VERY_SCARCE": 0.7, "SCARCE": 0.5, "GENERALLY_SCARCE": 0.25}}},
                 "positions": [
                  {"id": "P1§", "name": {"zh": "岗位§", "en": "Position §"}, "industry": "IND§", "industryClass": "I65§",
                   "occupationCode": "2-02-§", "category": "APPLIED_TECHNOLOGY", "description": {"zh": "描述§", "en": "About §"},
                   "requirements": {"education": "MASTER", "majors": ["专业§"], "competencies": ["能力§"], "certifications": ["证书§"],
                                    "experience": {"minYears": 3, "description": "经验§"}},
                   "shortage": {"level": "SCARCE", "score": 0.6},
                   "demand": {"headcount": 4, "salary": {"min": 100000, "max": 200000, "period": "YEAR"}}}TWO
                 ]}""".replace("TWO", second ? """
                  ,{"id": "P2§", "name": {"zh": "二号§"}, "industry": "INTEGRATED_CIRCUIT", "category": "BASIC_RESEARCH",
                   "requirements": {"majors": ["专业§"], "competencies": ["能力二§"]}, "shortage": {"level": "VERY_SCARCE", "score": 0.9}}""" : "")
                .replace("§", m).replace("\"V\"", "\"" + version + "\""));
    }

    /** The pages of the site of a release whose later edition drops a position, by file name. */
    private Map<String, String> pages(Locale locale) throws IOException {
        Catalog older = marked("2024", true);
        Catalog newer = marked("2025", false);
        HandbookView view = Views.of(Release.of(newer).withPrevious(older), new Words(locale));
        HtmlHandbook.fill(view, dir);
        Map<String, String> pages = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        StringWriter print = new StringWriter();
        PrintHandbook.write(view, "serif", print);
        pages.put("print", print.toString());
        return pages;
    }

    private enum Place { TEXT, TAG, ATTRIBUTE }

    /** Each appearance of the marker, escaped some way, with the place the page puts it. */
    private static List<String[]> appearances(String html) {
        List<String[]> out = new ArrayList<>();
        Place place = Place.TEXT;
        int svgDepth = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '⟦') {
                int end = html.indexOf('⟧', i);
                String where = place == Place.ATTRIBUTE ? "attribute" : place == Place.TAG ? "tag" : svgDepth > 0 ? "svg" : "text";
                out.add(new String[] {where, html.substring(i, end + 1)});
                i = end;
                continue;
            }
            switch (place) {
                case TEXT -> {
                    if (c == '<' && i + 1 < html.length() && (Character.isLetter(html.charAt(i + 1)) || "/!?".indexOf(html.charAt(i + 1)) >= 0)) {
                        place = Place.TAG;
                        if (html.startsWith("<svg", i)) {
                            svgDepth++;
                        } else if (html.startsWith("</svg", i)) {
                            svgDepth--;
                        }
                    }
                }
                case TAG -> {
                    if (c == '"') {
                        place = Place.ATTRIBUTE;
                    } else if (c == '>') {
                        place = Place.TEXT;
                    }
                }
                case ATTRIBUTE -> {
                    if (c == '"') {
                        place = Place.TAG;
                    }
                }
            }
        }
        return out;
    }

    private void check(Locale locale) throws IOException {
        Map<String, Integer> seen = new LinkedHashMap<>(Map.of("text", 0, "attribute", 0, "svg", 0));
        for (Map.Entry<String, String> page : pages(locale).entrySet()) {
            String html = page.getValue();
            assertFalse(html.contains(MARK), page.getKey() + " has the marker unescaped");
            List<String[]> found = appearances(html);
            assertFalse(found.isEmpty(), page.getKey());
            for (String[] a : found) {
                String expected = switch (a[0]) {
                    case "text" -> IN_TEXT;
                    case "attribute" -> IN_ATTRIBUTE;
                    case "svg" -> IN_SVG;
                    default -> "not inside a tag outside an attribute value";
                };
                assertEquals(expected, a[1], page.getKey() + ": the marker in " + a[0]);
                seen.merge(a[0], 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            assertTrue(e.getValue() > 0, "the marker appears in " + e.getKey() + " somewhere: " + seen);
        }
    }

    @Test
    void everyPageEscapesCatalogTextForWhereItStandsInChinese() throws IOException {
        check(Locale.CHINESE);
    }

    @Test
    void everyPageEscapesCatalogTextForWhereItStandsInEnglish() throws IOException {
        check(Locale.ENGLISH);
    }
}
