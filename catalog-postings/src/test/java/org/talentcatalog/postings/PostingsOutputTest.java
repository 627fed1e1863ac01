package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.talentcatalog.scoring.IndicatorTable;

/** A result as JSON, as the indicator-table CSV that {@code catalog score} reads, and as an indicator table. */
class PostingsOutputTest {

    private static final LocalDate DAY0 = LocalDate.of(2024, 3, 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CodedPosting posting(String group, String name, String company, int day, @Nullable Double salary,
            @Nullable Integer open) {
        LocalDate posted = DAY0.plusDays(day);
        return new CodedPosting(group, name, new Posting("", "工程师", company, "浦东新区", "", salary, null, SalaryPeriod.MONTH,
                "本科", "3-5年", posted, open == null ? null : posted.plusDays(open)));
    }

    /** Group A with every statistic, B with none of salary or closing, both in the current period from day 10. */
    private static PostingsAccumulator sample() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
        acc.add(posting("A", "芯片, \"设计\"", "甲", 10, 25000.0, 4));
        acc.add(posting("A", "芯片, \"设计\"", "乙", 12, 10001.0, 7));
        acc.add(posting("A", "芯片, \"设计\"", "甲", 11, null, null));
        acc.add(posting("A", "芯片, \"设计\"", "丙", 5, 9000.0, null)); // the previous period: days 4 to 9
        acc.add(posting("A", "芯片, \"设计\"", "辛", 3, 8000.0, null)); // before it
        acc.add(posting("B", " 会计", "庚", 15, null, null));
        acc.add(posting("B", " 会计", "丁", 5, null, null));
        acc.add(posting("B", " 会计", "戊", 6, null, null));
        acc.add(posting("B", " 会计", "己", 7, null, null));
        acc.addUncoded("诚聘");
        return acc;
    }

    @Test
    void theCsvQuotesNamesThatNeedItAndLeavesMissingStatisticsEmpty() {
        PostingsResult r = sample().result(new PostingsOptions(30, DAY0.plusDays(10)));
        assertEquals("position_id,position_name,postings,employers,posted_salary_q1,posted_salary_median,posted_salary_q3,"
                + "days_open_median,postings_growth\n"
                + "A,\"芯片, \"\"设计\"\"\",2,2,13750.75,17500.5,21250.25,5.5,1\n"
                + "B,\" 会计\",1,1,,,,,-0.6666666666666667\n", r.csv());
        assertEquals("position_id,position_name,postings,employers,posted_salary_q1,posted_salary_median,posted_salary_q3,"
                + "days_open_median\n", new PostingsAccumulator(Grouping.POSITION).result(PostingsOptions.defaults()).csv());
    }

    @Test
    void namesWithLineBreaksOrTrailingSpacesAreQuotedAndOthersAreNot() {
        for (String name : new String[] {"a\nb", "a\rb", "a ", "\ta"}) {
            PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
            acc.add(posting("P", name, "甲", 0, null, null));
            assertTrue(acc.result(PostingsOptions.defaults()).csv().contains("\nP,\"" + name + "\",1,1,"), name);
        }
        PostingsAccumulator plain = new PostingsAccumulator(Grouping.POSITION);
        plain.add(posting("P", "软件 工程师", "甲", 0, 999999999999.0, null));
        assertTrue(plain.result(PostingsOptions.defaults()).csv().endsWith("\nP,软件 工程师,1,1,999999999999,999999999999,"
                + "999999999999,\n"), plain.result(PostingsOptions.defaults()).csv());
    }

    @Test
    void theJsonHoldsEachGroupTheWarningsAndTheSummary() throws Exception {
        PostingsResult r = sample().result(new PostingsOptions(30, DAY0.plusDays(10)));
        String text = r.json(Locale.ENGLISH);
        assertTrue(text.endsWith("}\n"));
        JsonNode root = JSON.readTree(text);
        assertEquals(List.of("positions", "warnings", "summary"), names(root));
        JsonNode a = root.get("positions").get(0);
        assertEquals(List.of("id", "name", "rows", "merged_duplicates", "with_salary", "with_closing", "indicators",
                "education", "experience", "previous_postings"), names(a));
        assertEquals("A", a.get("id").textValue());
        assertEquals("芯片, \"设计\"", a.get("name").textValue());
        assertEquals(5, a.get("rows").intValue());
        assertEquals(1, a.get("merged_duplicates").intValue());
        assertEquals(2, a.get("with_salary").intValue());
        assertEquals(2, a.get("with_closing").intValue());
        assertEquals(1, a.get("previous_postings").intValue());
        assertEquals(JSON.readTree("{\"postings\":2,\"employers\":2,\"posted_salary_q1\":13750.75,"
                + "\"posted_salary_median\":17500.5,\"posted_salary_q3\":21250.25,\"days_open_median\":5.5,"
                + "\"postings_growth\":1}"), a.get("indicators"));
        assertEquals(JSON.readTree("{\"bachelor\":1}"), a.get("education"));
        assertEquals(JSON.readTree("{\"3_5\":1}"), a.get("experience"));
        JsonNode b = root.get("positions").get(1);
        assertEquals(JSON.readTree("{\"postings\":1,\"employers\":1,\"postings_growth\":-0.6666666666666667}"),
                b.get("indicators"));
        assertEquals(3, b.get("previous_postings").intValue());
        assertEquals(1, root.get("warnings").size());
        assertEquals("1 postings have titles matched with low confidence and are in no group: 诚聘",
                root.get("warnings").get(0).textValue());
        assertEquals(JSON.readTree("{\"rows\":10,\"coded\":9,\"uncoded\":1,\"uncoded_titles\":[\"诚聘\"],"
                + "\"merged_duplicates\":1,\"postings\":3,\"before_periods\":1,\"window_days\":30,"
                + "\"first_day\":\"2024-03-04\",\"last_day\":\"2024-03-16\",\"since\":\"2024-03-11\","
                + "\"previous_from\":\"2024-03-05\",\"previous_to\":\"2024-03-10\"}"), root.get("summary"));
        assertTrue(r.json(null).contains("条招聘信息的职位名称匹配置信度低"));
    }

    @Test
    void withoutAPeriodTheJsonHasNoGrowthNoPreviousPostingsAndNoPeriodDays() throws Exception {
        JsonNode root = JSON.readTree(sample().result(PostingsOptions.defaults()).json(null));
        JsonNode a = root.get("positions").get(0);
        assertFalse(a.has("previous_postings"));
        assertFalse(a.get("indicators").has("postings_growth"));
        assertEquals(List.of("rows", "coded", "uncoded", "uncoded_titles", "merged_duplicates", "postings",
                "before_periods", "window_days", "first_day", "last_day"), names(root.get("summary")));
        JsonNode empty = JSON.readTree(new PostingsAccumulator(Grouping.OCCUPATION).result(PostingsOptions.defaults())
                .json(null));
        assertEquals(0, empty.get("occupations").size());
        assertEquals(List.of("rows", "coded", "uncoded", "uncoded_titles", "merged_duplicates", "postings",
                "before_periods", "window_days"), names(empty.get("summary")));
    }

    @Test
    void theIndicatorTableHasTheCsvColumnsAndValues() {
        PostingsResult r = sample().result(new PostingsOptions(30, DAY0.plusDays(10)));
        IndicatorTable t = r.toIndicatorTable();
        assertEquals(PostingsResult.INDICATORS, t.indicators());
        assertEquals(List.of("A", "B"), t.rows().stream().map(x -> x.id()).toList());
        assertEquals(" 会计", t.rows().get(1).name());
        assertEquals(Map.of("postings", 1.0, "employers", 1.0, "postings_growth", 1.0 / 3 - 1), t.rows().get(1).values());
        assertEquals(PostingsResult.INDICATORS.subList(0, 6), sample().result(PostingsOptions.defaults()).indicatorIds());
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
