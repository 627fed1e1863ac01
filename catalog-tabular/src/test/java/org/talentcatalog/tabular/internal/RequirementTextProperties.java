package org.talentcatalog.tabular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.internal.Texts;

/** Invariants of reading requirements texts and list cells, for any text. */
public class RequirementTextProperties {

    public static final List<String> FRAGMENTS = List.of("本科及以上学历", "硕士研究生及以上学历", "大专以上", "全日制本科学历",
            "汽车、机械、电气等相关专业", "计算机相关专业", "微电子专业", "5年及以上EE架构工作经验", "三年以上相关工作经验",
            "1-3年开发经验", "熟练掌握CANoe、CAD、CATIA", "具备良好的沟通能力", "熟悉Verilog、VHDL", "持有PMP证书者优先",
            "具有中级及以上职称", "取得注册会计师资格", "能看懂机械图纸");
    public static final String ALPHABET = "1234567890.．、；;，,。：:（）()①②③ \n\r\t年以上及本科硕士博士学历专业经验证书资格持有熟练掌握汽车机械CADx";

    @Provide
    Arbitrary<List<String>> fragments() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> styles() {
        return Arbitraries.of("", "1.", "1、", "（1）", "(1)", "①");
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("；", "\n", " ", "；\n", "。");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> noise = Arbitraries.strings().withChars(ALPHABET).ofMaxLength(120);
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(300);
        Arbitrary<String> written = Combinators.combine(fragments(), styles(), separators()).as(RequirementTextProperties::text);
        return Arbitraries.oneOf(noise, any, written);
    }

    /** The fragments as a catalog writes them: numbered in the given style, separated by the separator. */
    static String text(List<String> fragments, String style, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fragments.size(); i++) {
            String number = style.isEmpty() ? "" : style.equals("①") ? String.valueOf((char) ('①' + i))
                    : style.replace("1", Integer.toString(i + 1));
            sb.append(i == 0 ? "" : style.isEmpty() && separator.equals(" ") ? "；" : separator).append(number).append(fragments.get(i));
        }
        return sb.toString();
    }

    @Property(tries = 300)
    void neverThrowsAndGivesWhatTheModelAccepts(@ForAll("texts") String text) {
        RequirementText.Inferred r = RequirementText.read(text);
        for (List<String> list : List.of(r.majors(), r.competencies(), r.certifications())) {
            assertEquals(list.size(), new HashSet<>(list).size(), "unique: " + list);
            for (String item : list) {
                assertTrue(!item.isEmpty() && Texts.trim(item).equals(item) && item.codePointCount(0, item.length()) <= 200, item);
            }
        }
        assertTrue(r.minYears() == null || r.minYears() >= 0 && r.minYears() <= 50, r::toString);
    }

    @Property(tries = 200)
    void theNumberingAndSeparatorsDoNotChangeWhatIsRead(@ForAll("fragments") List<String> fragments, @ForAll("styles") String a,
            @ForAll("styles") String b, @ForAll("separators") String sa, @ForAll("separators") String sb) {
        // a single item 1.5年… is one and a half years, not item 1: five years
        Assume.that(fragments.size() > 1 || !Character.isDigit(fragments.get(0).charAt(0)));
        RequirementText.Inferred first = RequirementText.read(text(fragments, a, sa));
        assertEquals(first, RequirementText.read(text(fragments, b, sb)));
        for (String f : fragments) {
            if (f.startsWith("熟") || f.startsWith("具备") || f.startsWith("能")) {
                assertTrue(first.competencies().contains(f), () -> f + " is one competency: " + first);
            }
        }
    }

    @Property(tries = 300)
    void readingItsOwnOutputAgainChangesNothing(@ForAll("texts") String text) {
        RequirementCells cells = new RequirementCells(null);
        ObjectNode position = JsonNodeFactory.instance.objectNode();
        List<Issue> first = new ArrayList<>();
        cells.cell(RequirementCells.COLUMN, text, 5, 2);
        cells.finish(position, "/positions/0", first);
        assertTrue(first.size() <= 1, first::toString);
        ObjectNode again = position.deepCopy();
        List<Issue> second = new ArrayList<>();
        cells.cell(RequirementCells.COLUMN, text, 5, 2);
        cells.finish(again, "/positions/0", second);
        assertEquals(position, again);
        assertEquals(List.of(), second, "what was read agrees with itself");
    }

    @Property(tries = 500)
    void aListCellReadsBackTheItemsItWasWrittenFrom(@ForAll("items") List<String> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(array::add);
        assertEquals(items, ListCells.parse(ListCells.format(array), new JsonTexts()));
    }

    @Provide
    Arbitrary<List<String>> items() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(30),
                Arbitraries.of(FRAGMENTS)).list().ofMaxSize(5);
    }

    @Property(tries = 200)
    void aListOfShortNamesSplitsOnTheDun(@ForAll("names") List<String> names) {
        assertEquals(names, TextItems.listItems(String.join("、", names)));
    }

    /** Names that do not start with a digit: {@code 1、2、3} reads as numbered items, not as a list of numbers. */
    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> first = Arbitraries.strings().withChars("电子机械材料化学物理软件计算通信ABCxyz").ofLength(1);
        Arbitrary<String> rest = Arbitraries.strings().withChars("电子机械材料化学物理软件计算通信ABCxyz0123").ofMaxLength(9);
        return Combinators.combine(first, rest).as(String::concat).list().ofMinSize(1).ofMaxSize(6);
    }
}
