package org.talentcatalog.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.publish.Release;

/**
 * A catalog as bare as the reader takes it, not yet validated: no kind, status, issuance, edition,
 * scope or methodology, positions with little more than an id. Its handbook says what there is and
 * nothing else, and writes every page.
 */
class BareCatalogTest {

    @TempDir
    Path dir;

    private static final String BARE = """
            {"id": "bare", "title": {"zh": "空目录"}, "positions": [
              {"id": "B1", "name": {"zh": "甲"}, "shortage": {"level": "SCARCE", "score": 0.55}},
              {"id": "B2", "name": {"en": "Only English"}, "demand": {"headcount": 2}},
              {"id": "B3"},
              {"id": "B4", "name": {"zh": "丁"}, "requirements": {"experience": {}}, "demand": {"salary": {"currency": "USD"}}}]}""";

    @Test
    void onlyWhatTheCatalogHasIsSaid() throws IOException {
        HandbookView v = Views.of(Release.of(CatalogJson.readString(BARE)), new Words(Locale.CHINESE));
        CatalogView c = v.catalogs().get(0);
        assertEquals("", c.subtitle());
        assertEquals("", c.notice(), "no status, no notice");
        assertEquals(List.of(new Fact("岗位数", "4")), c.about());
        assertEquals(List.of(), c.consultations());
        assertEquals(List.of("chart-levels", "chart-education", "chart-experience", "chart-scores"),
                c.charts().stream().map(Chart::id).toList());
        Chart scores = c.charts().get(3);
        assertEquals("1 个岗位的评分分布。", scores.description(), "no thresholds without a methodology");
        assertEquals(List.of(List.of("0.55 – 0.6", "1")), scores.rows());
        assertTrue(!scores.svg().contains("stroke-dasharray"), "no threshold lines");

        List<Row> rows = c.groups().stream().flatMap(g -> g.rows().stream()).toList();
        assertEquals(List.of("B1", "B2", "B3", "B4"), rows.stream().map(Row::id).toList());
        Row b1 = rows.get(0);
        assertEquals(List.of("甲", "紧缺 ★★", "", "", "未注明", "不限", "0.55"),
                List.of(b1.name(), b1.levelLabel(), b1.categoryLabel(), b1.salary(), b1.educationLabel(), b1.experience(), b1.score()));
        Row b2 = rows.get(1);
        assertEquals(List.of("Only English", "未定级", "2 人", ""), List.of(b2.name(), b2.levelLabel(), b2.headcount(), b2.salary()),
                "a name in English only is shown in the Chinese handbook rather than left out");
        assertEquals("b2 only english", b2.search());
        Row b4 = rows.get(3);
        assertEquals(List.of("不限", ""), List.of(b4.experience(), b4.salary()), "an experience or salary with nothing in it");
        Row b3 = rows.get(2);
        assertEquals(List.of("", "", "", "b3"), List.of(b3.name(), b3.industry(), b3.occupationCode(), b3.search()));

        HtmlHandbook.fill(v, dir);
        String page = Files.readString(dir.resolve(c.file()), StandardCharsets.UTF_8);
        assertTrue(page.contains("<h1>空目录</h1>\n<nav class=\"toc\""), "no subtitle line under the title");
        StringWriter print = new StringWriter();
        PrintHandbook.write(v, "serif", print);
        assertTrue(print.toString().contains("<tr><th scope=\"row\">岗位数</th><td>4</td></tr>"), print::toString);
    }
}
