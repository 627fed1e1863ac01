package org.talentcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.LevelMove;
import org.talentcatalog.model.PositionChange;
import org.talentcatalog.model.diff.CatalogGenerators;

/** The changelogs agree with the structured diff over generated catalogs and random edits. */
class ChangelogProperties {

    private static final Renderers RENDERERS = Renderers.standard();

    @Provide
    Arbitrary<Catalog[]> pairs() {
        return CatalogGenerators.editedPairs();
    }

    private static String render(String name, CatalogDiff diff, Locale locale) {
        return RENDERERS.get(CatalogDiff.class, name).render(diff, RenderContext.of(locale));
    }

    @Property
    void changelogCountsMatchTheStructuredDiff(@ForAll("pairs") Catalog[] pair) {
        CatalogDiff diff = CatalogDiff.between(pair[0], pair[1]);
        Map<String, Integer> zh = summary(render("markdown", diff, Locale.CHINESE));
        Map<String, Integer> en = summary(render("markdown", diff, Locale.ENGLISH));
        List<PositionChange> paired = new ArrayList<>(diff.renamed());
        paired.addAll(diff.changed());
        assertEquals(diff.added().size(), zh.get("新增岗位"));
        assertEquals(diff.removed().size(), zh.get("删除岗位"));
        assertEquals(diff.renamed().size(), zh.get("更名岗位"));
        assertEquals(count(paired, LevelMove.RAISED), zh.get("紧缺程度上调"));
        assertEquals(count(paired, LevelMove.LOWERED), zh.get("紧缺程度下调"));
        assertEquals((int) paired.stream().filter(PositionChange::requirementsChanged).count(), zh.get("要求变化"));
        assertEquals(diff.catalogChanges().size(), zh.get("目录信息变化"));
        assertEquals(diff.added().size(), en.get("Added positions"));
        assertEquals(count(paired, LevelMove.LOWERED), en.get("Shortage level lowered"));
        assertEquals(diff.toJson().at("/summary/raised").asInt(), zh.get("紧缺程度上调"));
        levelTableBalances(render("markdown", diff, Locale.CHINESE));
    }

    @Property
    void textAndMarkdownListTheSameCounts(@ForAll("pairs") Catalog[] pair) {
        CatalogDiff diff = CatalogDiff.between(pair[0], pair[1]);
        String text = render("text", diff, Locale.ENGLISH);
        String counts = text.lines().skip(1).findFirst().orElseThrow();
        Map<String, Integer> fromText = new HashMap<>();
        for (String part : counts.split(", ")) {
            int space = part.lastIndexOf(' ');
            fromText.put(part.substring(0, space), Integer.parseInt(part.substring(space + 1)));
        }
        assertEquals(summary(render("markdown", diff, Locale.ENGLISH)), fromText);
    }

    private static int count(List<PositionChange> paired, LevelMove move) {
        return (int) paired.stream().filter(c -> c.levelMove() == move).count();
    }

    /** The summary table at the top: label → count. */
    private static Map<String, Integer> summary(String markdown) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = Pattern.compile("^\\| ([^|]+) \\| (\\d+) \\|$", Pattern.MULTILINE).matcher(markdown.substring(0, markdown.indexOf("\n## ")));
        while (m.find()) {
            out.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return out;
    }

    /** Every row of the by-level table: newer = older + added − removed + moved in − moved out. */
    private static void levelTableBalances(String markdown) {
        String table = markdown.substring(markdown.indexOf("## 按紧缺程度统计"));
        Matcher m = Pattern.compile("^\\| [^|]+ \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$", Pattern.MULTILINE).matcher(table);
        int rows = 0;
        while (m.find()) {
            int[] v = new int[6];
            for (int k = 0; k < 6; k++) {
                v[k] = Integer.parseInt(m.group(k + 1));
            }
            assertEquals(v[1], v[0] + v[2] - v[3] + v[4] - v[5], m.group());
            rows++;
        }
        assertTrue(rows > 0 || !markdown.contains("★"));
    }
}
