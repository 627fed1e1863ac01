package org.talentcatalog.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 参考薪酬 cell: {@code 300000-500000元/年} (no currency given, so CNY by default),
 * {@code 300000-500000 USD/月}, {@code 30-50万/年}, {@code 年薪30-50万}, {@code 8000/month}; and
 * {@code 面议} (negotiable), which means a demand without a salary. Stateless.
 */
public final class Salaries {

    /** The word for "negotiable": a demand is given, a salary is not. */
    public static final String NEGOTIABLE = "面议";

    private static final String NUM = "(\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)";
    private static final Pattern SALARY = Pattern.compile("^(年薪|月薪)?" + NUM + "(万|k)?(?:(?:-|~|—|–|至|到)" + NUM
            + "(万|k)?)?(元|人民币|rmb|(?!per)[a-z]{3})?(?:/|每|per)?(年|月|year|month)?$");

    private Salaries() {
    }

    /** The salary object of a cell, or {@code null} when the cell is not a salary. */
    public static ObjectNode parse(String cell, JsonTexts json) {
        if (cell.strip().startsWith("{")) {
            JsonNode node = json.parseOrNull(cell.strip());
            return node != null && node.isObject() ? (ObjectNode) node : null;
        }
        Matcher m = SALARY.matcher(Normal.key(cell));
        if (!m.matches()) {
            return null;
        }
        String period = m.group(7) != null ? m.group(7) : m.group(1) == null ? null : m.group(1).substring(0, 1);
        if (period == null || (m.group(1) != null && m.group(7) != null && !m.group(1).startsWith(m.group(7)))) {
            return null;
        }
        String unitMin = m.group(3) != null ? m.group(3) : m.group(5);
        String unitMax = m.group(5) != null ? m.group(5) : m.group(3);
        BigDecimal min = scaled(new BigDecimal(m.group(2)), unitMin);
        BigDecimal max = m.group(4) == null ? min : scaled(new BigDecimal(m.group(4)), unitMax);
        ObjectNode salary = JsonNodeFactory.instance.objectNode();
        salary.set("min", number(min));
        salary.set("max", number(max));
        String currency = m.group(6);
        if (currency != null && currency.length() == 3 && !currency.equals("rmb") && !currency.equals("人民币")) {
            salary.put("currency", currency.toUpperCase(Locale.ROOT));
        }
        salary.put("period", period.equals("年") || period.equals("year") ? "YEAR" : "MONTH");
        return salary;
    }

    private static BigDecimal scaled(BigDecimal n, String unit) {
        if ("万".equals(unit)) {
            return n.movePointRight(4);
        }
        return "k".equals(unit) ? n.movePointRight(3) : n;
    }

    /** A number node as the JSON reader makes it: integers as integers, other numbers exact. */
    public static JsonNode number(BigDecimal n) {
        if (n.scale() == 0) {
            java.math.BigInteger big = n.toBigIntegerExact();
            return big.bitLength() < 32 ? JsonNodeFactory.instance.numberNode(big.intValue())
                    : big.bitLength() < 64 ? JsonNodeFactory.instance.numberNode(big.longValue())
                    : JsonNodeFactory.instance.numberNode(big);
        }
        return JsonNodeFactory.withExactBigDecimals(true).numberNode(n);
    }

    /** The cell of a salary object, in Chinese ({@code 元/年}) or English ({@code /year}) wording. */
    public static String format(JsonNode salary, boolean english, JsonTexts json) {
        JsonNode cur = salary.get("currency");
        if (!salary.path("min").isNumber() || !salary.path("max").isNumber() || salary.size() != (cur == null ? 3 : 4)
                || cur != null && !cur.asText().matches("[A-Z]{3}") || !salary.path("period").asText().matches("YEAR|MONTH")
                || salary.get("min").decimalValue().signum() < 0 || salary.get("max").decimalValue().signum() < 0) {
            return json.write(salary); // not a plain range: kept exactly as JSON
        }
        String min = amount(salary.get("min"));
        String max = amount(salary.get("max"));
        JsonNode currency = salary.get("currency");
        boolean year = "YEAR".equals(salary.path("period").asText());
        String unit = currency != null ? " " + currency.asText() : english ? "" : "元";
        String period = english ? (year ? "/year" : "/month") : (year ? "/年" : "/月");
        return min + "-" + max + unit + period;
    }

    private static String amount(JsonNode n) {
        return n.isIntegralNumber() ? n.bigIntegerValue().toString() : n.decimalValue().toString();
    }
}
