package org.talentcatalog.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.internal.JsonPointers;

/**
 * Turns one leaf Everit failure into a finding with a message that names the member, the value and
 * what is allowed, in Chinese and English. Everit's own English text is the fallback only.
 */
final class SchemaMessages {

    private static final Pattern KEY = Pattern.compile("\\[(.*)]");
    private static final Pattern TYPE = Pattern.compile("expected type: (\\w+), found: (\\w+)");
    private static final String NON_BLANK = "[^\\s\\u00a0\\u3000]";

    private SchemaMessages() {
    }

    /**
     * @param pointer the failure's pointer relative to {@code document}
     * @param base the pointer of {@code document} in the whole file
     */
    static Finding finding(ValidationException e, String pointer, JsonNode document, String base) {
        Finding relative = finding(e, pointer, document);
        Issue i = relative.issue();
        return new Finding(i.withPointer(base + i.pointer()), base + relative.fault());
    }

    private static Finding finding(ValidationException e, String pointer, JsonNode document) {
        String keyword = e.getKeyword() == null ? "schema" : e.getKeyword();
        String rule = "schema:" + keyword;
        Schema violated = e.getViolatedSchema();
        JsonNode value = document.at(pointer);
        String shown = show(value);
        switch (keyword) {
            case "required": {
                String member = key(e.getErrorMessage());
                return new Finding(issue(rule, pointer,
                        "缺少必填成员 \"" + member + "\"", "required member \"" + member + "\" is missing"),
                        JsonPointers.child(pointer, member));
            }
            case "additionalProperties": {
                String member = key(e.getErrorMessage());
                String at = JsonPointers.child(pointer, member);
                return Finding.of(issue(rule, at,
                        "未知成员 \"" + member + "\"（只有目录、岗位和要求中允许以 x- 开头的扩展成员）",
                        "unknown member \"" + member + "\" (only the catalog, positions and requirements allow x- extension members)"));
            }
            case "type": {
                Matcher m = TYPE.matcher(e.getErrorMessage());
                String expected = m.find() ? m.group(1) : "?";
                String found = m.groupCount() >= 2 && m.group(2) != null ? m.group(2) : "?";
                return Finding.of(issue(rule, pointer,
                        "类型错误: 应为" + typeZh(expected) + "，实为" + typeZh(found),
                        "wrong type: expected " + typeEn(expected) + ", found " + typeEn(found)));
            }
            case "enum": {
                String allowed = violated instanceof EnumSchema en
                        ? en.getPossibleValues().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))
                        : "";
                return Finding.of(issue(rule, pointer, "未知代码 " + shown + "，允许: " + allowed,
                        "unknown code " + shown + ", allowed: " + allowed));
            }
            case "const":
                return Finding.of(issue(rule, pointer, "值 " + shown + " 不被接受（格式版本应为 \"1.0\"）",
                        "value " + shown + " is not accepted (the format version is \"1.0\")"));
            case "pattern": {
                String regex = violated instanceof StringSchema s && s.getPattern() != null ? s.getPattern().toString() : "";
                if (NON_BLANK.equals(regex)) {
                    return Finding.of(issue(rule, pointer, "不能为空白（全角空格、不间断空格也视为空白）",
                            "must not be blank (ideographic and no-break spaces count as blank)"));
                }
                return Finding.of(issue(rule, pointer, "格式不正确: " + shown + " 不符合 " + regex,
                        "malformed: " + shown + " does not match " + regex));
            }
            case "maxLength": {
                Integer max = violated instanceof StringSchema s ? s.getMaxLength() : null;
                return Finding.of(issue(rule, pointer, "长度超过 " + max + " 个字符", "longer than " + max + " characters"));
            }
            case "minLength": {
                Integer min = violated instanceof StringSchema s ? s.getMinLength() : null;
                return Finding.of(issue(rule, pointer, "长度少于 " + min + " 个字符", "shorter than " + min + " characters"));
            }
            case "format":
                return Finding.of(issue(rule, pointer, "不是有效的日期 (YYYY-MM-DD): " + shown,
                        "not a valid date (YYYY-MM-DD): " + shown));
            case "minimum":
            case "exclusiveMinimum": {
                Number min = violated instanceof NumberSchema n ? n.getMinimum() : null;
                return Finding.of(issue(rule, pointer, shown + " 小于下限 " + min, shown + " is below the minimum " + min));
            }
            case "maximum":
            case "exclusiveMaximum": {
                Number max = violated instanceof NumberSchema n ? n.getMaximum() : null;
                return Finding.of(issue(rule, pointer, shown + " 大于上限 " + max, shown + " is above the maximum " + max));
            }
            case "minItems": {
                Integer min = violated instanceof ArraySchema a ? a.getMinItems() : null;
                return Finding.of(issue(rule, pointer, "至少需要 " + min + " 项", "needs at least " + min + " items"));
            }
            case "uniqueItems": {
                String at = SchemaLayer.laterDuplicate(document, pointer);
                return Finding.of(issue(rule, at, "与前面的项重复: " + show(document.at(at)),
                        "duplicates an earlier item: " + show(document.at(at))));
            }
            default:
                return Finding.of(issue(rule, pointer, "不符合模式: " + e.getErrorMessage(),
                        "does not match the schema: " + e.getErrorMessage()));
        }
    }

    private static Issue issue(String rule, String pointer, String zh, String en) {
        return Issue.of(Severity.ERROR, Layer.SCHEMA, rule, pointer, LocalizedText.of(zh, en));
    }

    private static String key(String message) {
        Matcher m = KEY.matcher(message);
        return m.find() ? m.group(1) : "?";
    }

    private static String typeZh(String everit) {
        return switch (everit) {
            case "String" -> "字符串";
            case "Integer", "Long", "BigInteger" -> "整数";
            case "Number", "BigDecimal", "Double" -> "数字";
            case "JSONObject" -> "对象";
            case "JSONArray" -> "数组";
            case "Boolean" -> "布尔值";
            case "Null" -> "null";
            default -> everit;
        };
    }

    private static String typeEn(String everit) {
        return switch (everit) {
            case "String" -> "a string";
            case "Integer", "Long", "BigInteger" -> "an integer";
            case "Number", "BigDecimal", "Double" -> "a number";
            case "JSONObject" -> "an object";
            case "JSONArray" -> "an array";
            case "Boolean" -> "a boolean";
            case "Null" -> "null";
            default -> everit;
        };
    }

    /** A short rendering of a value for messages. */
    static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        String s = value.toString();
        return s.length() > 80 ? s.substring(0, 77) + "…" : s;
    }
}
