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

        /** The cell's text kept as it is, with a message that names it. */
        static Value bad(String text, Messages message) {
            return new Value(TextNode.valueOf(text), message.text(text));
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
                return code != null ? Value.ok(TextNode.valueOf(code)) : Value.bad(text, Messages.CELL_INDUSTRY);
            }
            case CATEGORY: {
                JobCategory c = Vocabulary.labelled(JobCategory.class, text);
                return c != null ? Value.ok(TextNode.valueOf(c.code())) : Value.bad(text, Messages.CELL_CATEGORY);
            }
            case EDUCATION: {
                Education e = Vocabulary.education(text);
                return e != null ? Value.ok(TextNode.valueOf(e.code())) : Value.bad(text, Messages.CELL_EDUCATION);
            }
            case EXPERIENCE: {
                Integer years = Vocabulary.minYears(text);
                return years != null ? Value.ok(NODES.numberNode(years)) : Value.bad(text, Messages.CELL_EXPERIENCE);
            }
            case LEVEL: {
                ShortageLevel l = Vocabulary.level(text);
                return l != null ? Value.ok(TextNode.valueOf(l.code())) : Value.bad(text, Messages.CELL_LEVEL);
            }
            case LIST: {
                List<String> items = ListCells.parse(text, json);
                if (items == null) {
                    return new Value(TextNode.valueOf(text), Messages.CELL_LIST.text());
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
                return salary != null ? Value.ok(salary) : Value.bad(text, Messages.CELL_SALARY);
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
                    return new Value(TextNode.valueOf(text), Messages.CELL_POLICY.text(item));
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
            return Value.bad(text, Messages.CELL_NUMBER);
        }
    }
}
