package org.talentcatalog.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Labelled;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.ProgramType;
import org.talentcatalog.model.Status;
import org.talentcatalog.model.internal.JsonPointers;

/**
 * The 目录信息 sheet: the catalog-level members as key/value rows ({@code 项目 | 值 | 字段}), the third
 * column naming the member's JSON Pointer. Simple members have one row each; organisations are
 * {@code 名称（角色）} cells or one row each with the role in the third column ({@link Organizations}),
 * or JSON; the contractor and the methodology are one row of JSON each; an extension member
 * {@code x-…} is a row of JSON named by itself. Dates are Excel dates or text. Stateless.
 */
public final class CatalogInfo {

    /** How a value is spelled. */
    enum Kind { TEXT, DATE, LIST, JSON, ORGANIZATIONS, CONTRACTOR, KIND, LEVEL, STATUS, PROGRAM_TYPE }

    /** One row of the sheet. */
    record Field(String pointer, Kind kind, String zh, String en) {
    }

    /** The header row the writer puts first. */
    public static final List<String> HEADER_ZH = List.of("项目", "值", "字段");
    /** The header row in English. */
    public static final List<String> HEADER_EN = List.of("Item", "Value", "Field");

    static final List<Field> FIELDS = List.of(
            new Field("/formatVersion", Kind.TEXT, "格式版本", "Format version"),
            new Field("/id", Kind.TEXT, "目录编号", "Catalog ID"),
            new Field("/title/zh", Kind.TEXT, "目录名称", "Title"),
            new Field("/title/en", Kind.TEXT, "目录英文名称", "English title"),
            new Field("/kind", Kind.KIND, "目录类型", "Kind"),
            new Field("/level", Kind.LEVEL, "发布层级", "Level"),
            new Field("/scope/industries", Kind.LIST, "产业范围", "Industries"),
            new Field("/scope/region/code", Kind.TEXT, "区域代码", "Region code"),
            new Field("/scope/region/name", Kind.TEXT, "区域名称", "Region name"),
            new Field("/scope/program/name/zh", Kind.TEXT, "专项名称", "Programme"),
            new Field("/scope/program/name/en", Kind.TEXT, "专项英文名称", "Programme (English)"),
            new Field("/scope/program/type", Kind.PROGRAM_TYPE, "专项类型", "Programme type"),
            new Field("/edition/version", Kind.TEXT, "版本", "Version"),
            new Field("/edition/publishedOn", Kind.DATE, "发布日期", "Published on"),
            new Field("/edition/validFrom", Kind.DATE, "生效日期", "Valid from"),
            new Field("/edition/validUntil", Kind.DATE, "有效期至", "Valid until"),
            new Field("/edition/supersedes", Kind.TEXT, "替代版本", "Supersedes"),
            new Field("/status", Kind.STATUS, "状态", "Status"),
            new Field("/issuance/compilers", Kind.ORGANIZATIONS, "编制部门", "Compilers"),
            new Field("/issuance/jointIssuers", Kind.ORGANIZATIONS, "联合发文单位", "Joint issuers"),
            new Field("/issuance/documentNumber", Kind.TEXT, "文号", "Document number"),
            new Field("/issuance/contractor", Kind.CONTRACTOR, "承接机构", "Contractor"),
            new Field("/methodology", Kind.JSON, "编制方法", "Methodology"));

    /** The members a catalog cannot do without, by label: what a missing sheet's message asks for. */
    private static final List<String> REQUIRED = List.of("/formatVersion", "/id", "/title/zh", "/kind", "/level",
            "/edition/version", "/status", "/issuance/compilers");

    private static final Pattern DATE = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$");

    private CatalogInfo() {
    }

    /**
     * The labels of the rows a catalog needs, joined for a message; the scope (产业范围, 区域代码 or
     * 专项名称, by 目录类型) is named last.
     */
    public static LocalizedText requiredLabels() {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Field f : FIELDS) {
            if (REQUIRED.contains(f.pointer())) {
                zh.add(f.zh());
                en.add(f.en());
            }
        }
        return LocalizedText.of(String.join("、", zh) + "，以及按目录类型填写的产业范围、区域代码或专项名称",
                String.join(", ", en) + " and the scope (Industries, Region code or Programme, by Kind)");
    }

    /** The rows (item, value, pointer) for the catalog-level members of a catalog tree. */
    public static List<List<String>> rows(JsonNode catalog, boolean english, JsonTexts json) {
        List<List<String>> out = new ArrayList<>();
        for (Field f : FIELDS) {
            JsonNode v = catalog.at(f.pointer());
            if (!v.isMissingNode()) {
                out.add(List.of(english ? f.en() : f.zh(), format(f, v, english, json), f.pointer()));
            }
        }
        catalog.fields().forEachRemaining(e -> {
            if (Extensions.isExtensionName(e.getKey())) {
                out.add(List.of(e.getKey(), json.write(e.getValue()), JsonPointers.child("", e.getKey())));
            }
        });
        return out;
    }

    static String format(Field f, JsonNode v, boolean english, JsonTexts json) {
        switch (f.kind()) {
            case LIST:
                return v.isArray() ? ListCells.format(v) : json.write(v);
            case JSON:
            case ORGANIZATIONS:
            case CONTRACTOR:
                return json.write(v);
            case KIND:
                return label(CatalogKind.class, v, english);
            case LEVEL:
                return label(CatalogLevel.class, v, english);
            case STATUS:
                return label(Status.class, v, english);
            case PROGRAM_TYPE:
                return label(ProgramType.class, v, english);
            default:
                return v.asText();
        }
    }

    private static <E extends Enum<E> & Labelled> String label(Class<E> type, JsonNode v, boolean english) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(v.asText())) {
                return english ? e.code() : e.zh();
            }
        }
        return v.asText();
    }

    /**
     * Reads one row of the sheet into the catalog tree.
     *
     * @param cells the row's cells (item, value, optional pointer)
     * @param where names the cell of a 0-based column of this row
     * @param sources where each member's value came from (pointer → cell), filled in
     */
    public static void read(List<RawCell> cells, java.util.function.IntFunction<String> where, ObjectNode root,
            Map<String, String> sources, List<Issue> problems, JsonTexts json, org.talentcatalog.model.CodeLists codeLists) {
        String rawKey = cells.isEmpty() ? "" : cells.get(0).text();
        String key = rawKey.startsWith("x-") ? rawKey : rawKey.strip(); // extension names are exact
        RawCell value = cells.size() > 1 ? cells.get(1) : RawCell.EMPTY;
        String rawPointer = cells.size() > 2 && !cells.get(2).blank() ? cells.get(2).text() : null;
        String role = null; // the third cell of an organisation's row: its role, not a pointer
        if (rawPointer != null && !rawPointer.strip().startsWith("/")) {
            role = rawPointer.strip();
            rawPointer = null;
        }
        String pointer = rawPointer == null || rawPointer.startsWith("/x-") ? rawPointer : rawPointer.strip();
        String k = Normal.key(key);
        if (k.equals("项目") || k.equals("item") || k.equals("key")) {
            return; // the header row
        }
        if (key.isEmpty() && pointer == null) {
            if (!value.blank()) {
                problems.add(ReadIssues.error("read:unknownKey", null, where.apply(1),
                        Messages.TABLE_VALUE_WITHOUT_ITEM.text()));
            }
            return;
        }
        Field field = find(key, pointer);
        if (field == null) {
            String name = pointer != null && pointer.startsWith("/") && pointer.indexOf('/', 1) < 0
                    ? JsonPointers.unescape(pointer.substring(1)) : key;
            if (!Extensions.isExtensionName(name)) {
                problems.add(ReadIssues.error("read:unknownKey", null, where.apply(0), Messages.TABLE_UNKNOWN_ITEM.text(key)));
                return;
            }
            field = new Field(JsonPointers.child("", name), Kind.JSON, name, name);
            if (value.blank()) {
                return;
            }
            JsonNode v = json.parseOrNull(value.text());
            put(root, field.pointer(), v != null ? v : TextNode.valueOf(value.text()), where.apply(1), sources);
            return;
        }
        if (value.unreadable() != null) {
            problems.add(ReadIssues.error("read:cell", field.pointer(), where.apply(1), value.unreadable()));
            Trees.ensureParent(root, field.pointer());
            return;
        }
        if (value.blank()) {
            return;
        }
        if (field.kind() == Kind.ORGANIZATIONS) {
            Organizations.add(root, field.pointer(), value.text(), role, where.apply(1), sources, problems, json,
                    LocalizedText.of(field.zh(), field.en()));
            return;
        }
        JsonNode v = parse(field, value, json, codeLists);
        if (v == null && field.kind() == Kind.CONTRACTOR) {
            problems.add(ReadIssues.error("read:value", field.pointer(), where.apply(1), Messages.TABLE_CONTRACTOR.text(
                    LocalizedText.of(field.zh(), field.en()), value.text(), Organizations.roles(), Organizations.selections())));
            v = TextNode.valueOf(value.text());
        }
        if (v == null) {
            problems.add(ReadIssues.error("read:value", field.pointer(), where.apply(1), Messages.TABLE_UNREADABLE_ITEM.text(
                    LocalizedText.of(field.zh(), field.en()), value.text())));
            v = TextNode.valueOf(value.text());
        }
        put(root, field.pointer(), v, where.apply(1), sources);
    }

    private static void put(ObjectNode root, String pointer, JsonNode v, String cell, Map<String, String> sources) {
        Trees.set(root, pointer, v);
        sources.put(pointer, cell);
    }

    private static Field find(String key, String pointer) {
        String k = Normal.key(key);
        for (Field f : FIELDS) {
            if (f.pointer().equals(pointer) || pointer == null && (k.equals(Normal.key(f.zh())) || k.equals(Normal.key(f.en())))) {
                return f;
            }
        }
        return null;
    }

    private static JsonNode parse(Field f, RawCell cell, JsonTexts json, org.talentcatalog.model.CodeLists codeLists) {
        String text = cell.text();
        switch (f.kind()) {
            case DATE:
                return TextNode.valueOf(date(text, cell.numeric()));
            case LIST: {
                List<String> items = ListCells.parse(text, json);
                if (items == null) {
                    return null;
                }
                ArrayNode array = root().arrayNode();
                for (String item : items) {
                    String code = Vocabulary.industry(item, codeLists); // industry names become codes
                    array.add(code != null ? code : item);
                }
                return array;
            }
            case JSON:
                return json.parseOrNull(text);
            case CONTRACTOR: {
                JsonNode v = json.parseOrNull(text);
                return v != null && v.isObject() ? v : null;
            }
            case KIND:
                return code(Vocabulary.labelled(CatalogKind.class, text));
            case LEVEL:
                return code(Vocabulary.labelled(CatalogLevel.class, text));
            case STATUS:
                return code(Vocabulary.labelled(Status.class, text));
            case PROGRAM_TYPE:
                return code(Vocabulary.labelled(ProgramType.class, text));
            default:
                return TextNode.valueOf(text);
        }
    }

    private static ObjectNode root() {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    private static JsonNode code(Labelled value) {
        return value == null ? null : TextNode.valueOf(value.code());
    }

    /** An ISO date from ISO text, {@code 2024/3/15}, {@code 2024年3月15日} or an Excel date serial. */
    static String date(String text, boolean numeric) {
        String t = Normal.key(text);
        if (numeric && t.matches("\\d{1,6}(\\.0+)?")) {
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(t.replaceAll("\\..*", ""))).toString();
        }
        Matcher m = DATE.matcher(t);
        if (m.matches() && !t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return text.strip();
    }
}
