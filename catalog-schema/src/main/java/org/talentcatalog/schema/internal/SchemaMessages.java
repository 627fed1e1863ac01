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
    private static final Pattern TYPE = Pattern.compile("expected(?: type)?(?::| is one of) (\\w+(?: or \\w+)*), found: (\\w+)");
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
                return new Finding(issue(rule, pointer, Messages.SCHEMA_REQUIRED.text(member)),
                        JsonPointers.child(pointer, member));
            }
            case "additionalProperties": {
                String member = key(e.getErrorMessage());
                String at = JsonPointers.child(pointer, member);
                return Finding.of(issue(rule, at, Messages.SCHEMA_ADDITIONAL_PROPERTIES.text(member)));
            }
            case "type": {
                Matcher m = TYPE.matcher(e.getErrorMessage());
                boolean matched = m.find();
                Object expected = matched ? types(m.group(1)) : "?";
                Object found = matched ? type(m.group(2)) : "?";
                return Finding.of(issue(rule, pointer, Messages.SCHEMA_TYPE.text(expected, found)));
            }
            case "enum": {
                String allowed = violated instanceof EnumSchema en
                        ? en.getPossibleValues().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))
                        : "";
                return Finding.of(issue(rule, pointer, Messages.SCHEMA_ENUM.text(shown, allowed)));
            }
            case "const":
                return Finding.of(issue(rule, pointer, Messages.SCHEMA_CONST.text(shown)));
            case "pattern": {
                String regex = violated instanceof StringSchema s && s.getPattern() != null ? s.getPattern().toString() : "";
                if (NON_BLANK.equals(regex)) {
                    return Finding.of(issue(rule, pointer, Messages.SCHEMA_BLANK.text()));
                }
                return Finding.of(issue(rule, pointer, Messages.SCHEMA_PATTERN.text(shown, regex)));
            }
            case "maxLength": {
                Integer max = violated instanceof StringSchema s ? s.getMaxLength() : null;
                return Finding.of(issue(rule, pointer, Messages.SCHEMA_MAX_LENGTH.text(max)));
            }
            case "minLength": {
                Integer min = violated instanceof StringSchema s ? s.getMinLength() : null;
                return Finding.of(issue(rule, pointer, Messages.SCHEMA_MIN_LENGTH.text(min)));
            }
            case "format":
                return Finding.of(issue(rule, pointer, Messages.SCHEMA_DATE.text(shown)));
            case "minimum":
            case "exclusiveMinimum": {
                Number min = violated instanceof NumberSchema n ? n.getMinimum() : null;
                return Finding.of(issue(rule, pointer, Messages.SCHEMA_MINIMUM.text(shown, min)));
            }
            case "maximum":
            case "exclusiveMaximum": {
                Number max = violated instanceof NumberSchema n ? n.getMaximum() : null;
                return Finding.of(issue(rule, pointer, Messages.SCHEMA_MAXIMUM.text(shown, max)));
            }
            case "minItems": {
                Integer min = violated instanceof ArraySchema a ? a.getMinItems() : null;
                return Finding.of(issue(rule, pointer, Messages.SCHEMA_MIN_ITEMS.text(min)));
            }
            case "uniqueItems": {
                String at = SchemaLayer.laterDuplicate(document, pointer);
                return Finding.of(issue(rule, at, Messages.SCHEMA_UNIQUE_ITEMS.text(show(document.at(at)))));
            }
            default:
                return Finding.of(issue(rule, pointer, Messages.SCHEMA_OTHER.text(e.getErrorMessage())));
        }
    }

    private static Issue issue(String rule, String pointer, LocalizedText text) {
        return Issue.of(Severity.ERROR, Layer.SCHEMA, rule, pointer, text);
    }

    private static String key(String message) {
        Matcher m = KEY.matcher(message);
        return m.find() ? m.group(1) : "?";
    }

    /** The name of an Everit type in a message; unknown names as they are. */
    /** Everit's {@code String or Null}: each type named, joined by 或 / or. */
    private static Object types(String everit) {
        String[] names = everit.split(" or ");
        Object all = type(names[0]);
        for (int i = 1; i < names.length; i++) {
            all = Messages.SCHEMA_TYPE_EITHER.text(all, type(names[i]));
        }
        return all;
    }

    private static Object type(String everit) {
        Messages name = switch (everit) {
            case "String" -> Messages.SCHEMA_TYPE_STRING;
            case "Integer", "Long", "BigInteger" -> Messages.SCHEMA_TYPE_INTEGER;
            case "Number", "BigDecimal", "Double" -> Messages.SCHEMA_TYPE_NUMBER;
            case "JSONObject" -> Messages.SCHEMA_TYPE_OBJECT;
            case "JSONArray" -> Messages.SCHEMA_TYPE_ARRAY;
            case "Boolean" -> Messages.SCHEMA_TYPE_BOOLEAN;
            default -> null;
        };
        return name != null ? name.text() : "Null".equals(everit) ? "null" : everit;
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
