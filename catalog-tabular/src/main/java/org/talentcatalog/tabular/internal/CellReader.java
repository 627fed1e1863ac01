package org.talentcatalog.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.List;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Policy;
import org.talentcatalog.model.ShortageLevel;

/**
 * Turns the text of one non-empty cell into the JSON value of its column. A cell it cannot read
 * gives an error message and, as its value, the cell text itself, so later layers see the member as
 * present (and the reader's issue is the one reported). Star ratings are left to {@link PositionRows},
 * which knows whether the table uses five stars.
 */
public final class CellReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CodeLists codeLists;
    private final JsonTexts json;

    /** A reader that knows the given industry labels. */
    public CellReader(CodeLists codeLists, JsonTexts json) {
        this.codeLists = codeLists;
        this.json = json;
    }

    /**
     * The value read from a cell.
     *
     * @param value the JSON value to put at the column's pointer
     * @param error why the cell could not be read, or {@code null}
     */
    public record Value(JsonNode value, LocalizedText error) {
        static Value ok(JsonNode v) {
            return new Value(v, null);
        }

        static Value bad(String text, String zh, String en) {
            return new Value(TextNode.valueOf(text), LocalizedText.of(zh, en));
        }
    }

    /** Reads a cell of a column; {@code numeric} when the spreadsheet stored a number. */
    public Value read(Column column, String text, boolean numeric) {
        switch (column.kind()) {
            case TEXT:
                return Value.ok(TextNode.valueOf(text));
            case CODE:
                return Value.ok(TextNode.valueOf(text.strip()));
            case INDUSTRY: {
                String code = Vocabulary.industry(text, codeLists);
                return code != null ? Value.ok(TextNode.valueOf(code)) : Value.bad(text,
                        "未知的产业类别「" + text + "」：应为产业代码（如 INTEGRATED_CIRCUIT）或代码表中的名称（如 集成电路）",
                        "unknown industry '" + text + "': expected an industry code (e.g. INTEGRATED_CIRCUIT) or a name from the code lists");
            }
            case CATEGORY: {
                JobCategory c = Vocabulary.labelled(JobCategory.class, text);
                return c != null ? Value.ok(TextNode.valueOf(c.code())) : Value.bad(text,
                        "未知的岗位类别「" + text + "」：应为 理论研究类、应用技术类、战略管理类 或 业务经办类",
                        "unknown job category '" + text + "': expected BASIC_RESEARCH, APPLIED_TECHNOLOGY, STRATEGIC_MANAGEMENT or BUSINESS_OPERATIONS");
            }
            case EDUCATION: {
                Education e = Vocabulary.education(text);
                return e != null ? Value.ok(TextNode.valueOf(e.code())) : Value.bad(text,
                        "无法识别的学历要求「" + text + "」：应为学历代码、名称（如 大学本科）或 硕士及以上、大专以下、不限 之类的写法",
                        "unrecognised education '" + text + "': expected a code, a label (e.g. bachelor's degree) or wording such as 硕士及以上, 大专以下, 不限");
            }
            case EXPERIENCE: {
                Integer years = Vocabulary.minYears(text);
                return years != null ? Value.ok(NODES.numberNode(years)) : Value.bad(text,
                        "无法识别的工作经验「" + text + "」：应为年数或 3年以上、1-3年、10年及以上、不限 之类的写法",
                        "unrecognised experience '" + text + "': expected a number of years or wording such as 3年以上, 1-3年, 10年及以上, 不限");
            }
            case LEVEL: {
                ShortageLevel l = Vocabulary.level(text);
                return l != null ? Value.ok(TextNode.valueOf(l.code())) : Value.bad(text,
                        "无法识别的紧缺程度「" + text + "」：应为 非常紧缺/紧缺/一般紧缺、重度/中度/轻度紧缺、★★★/★★/★ 或代码",
                        "unrecognised shortage level '" + text + "': expected 非常紧缺/紧缺/一般紧缺, 重度/中度/轻度紧缺, ★★★/★★/★ or a code");
            }
            case LIST: {
                List<String> items = ListCells.parse(text, json);
                if (items == null) {
                    return Value.bad(text, "列表单元格以 [ 开头但不是字符串的 JSON 数组", "a list cell starting with [ is not a JSON array of strings");
                }
                ArrayNode array = NODES.arrayNode();
                items.forEach(array::add);
                return Value.ok(array);
            }
            case POLICIES:
                return policies(text);
            case DECIMAL:
                return decimal(text, false);
            case INTEGER:
                return decimal(text, true);
            case SALARY: {
                JsonNode salary = Salaries.parse(text, json);
                return salary != null ? Value.ok(salary) : Value.bad(text,
                        "无法识别的参考薪酬「" + text + "」：应为 300000-500000元/年、30-50万/年、8000-12000 USD/月 或 面议 之类的写法",
                        "unrecognised salary '" + text + "': expected wording such as 300000-500000元/年, 30-50万/年, 8000-12000 USD/月 or 面议");
            }
            case EXTENSION: {
                JsonNode v = json.parseOrNull(text);
                return Value.ok(v != null ? v : TextNode.valueOf(text)); // plain text is kept as a JSON string
            }
            default:
                return Value.ok(TextNode.valueOf(text));
        }
    }

    private Value policies(String text) {
        List<String> items = ListCells.parse(text, json);
        ArrayNode array = NODES.arrayNode();
        if (items != null) {
            for (String item : items) {
                Policy p = Vocabulary.labelled(Policy.class, item);
                if (p == null) {
                    return Value.bad(text, "未知的配套政策「" + item + "」：应为 人才引进、落户、培训、评价、激励、安居、服务 或其代码",
                            "unknown policy '" + item + "': expected TALENT_INTRODUCTION, RESIDENCE, TRAINING, EVALUATION, INCENTIVE, HOUSING or SERVICE");
                }
                array.add(p.code());
            }
        }
        return Value.ok(array);
    }

    private static Value decimal(String text, boolean integer) {
        String t = Normal.key(text);
        try {
            BigDecimal n = new BigDecimal(t);
            if (integer) {
                return Value.ok(Salaries.number(n.stripTrailingZeros().scale() <= 0 ? n.setScale(0) : n));
            }
            return Value.ok(JsonNodeFactory.withExactBigDecimals(true).numberNode(n));
        } catch (NumberFormatException | ArithmeticException e) {
            return Value.bad(text, "「" + text + "」不是数字", "'" + text + "' is not a number");
        }
    }
}
