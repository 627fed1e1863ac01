package org.talentcatalog.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.ContractorSelection;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Labelled;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.OrganizationRole;

/**
 * Organisations (编制部门, 联合发文单位) as a person writes them in a 目录信息 cell: {@code 名称（角色）},
 * several separated by {@code 、}, {@code ；} or line breaks, the role a code or its Chinese or English
 * label; or one organisation per row, its role in the row's third cell; or the JSON array the writer
 * puts there. Stateless.
 */
public final class Organizations {

    /** {@code name（role）} or {@code name(role)}: the last bracketed part is the role. */
    private static final Pattern NAME_ROLE = Pattern.compile("^(.+?)\\s*[（(]([^（）()]+)[）)]$", Pattern.DOTALL);
    private static final Pattern SEPARATORS = Pattern.compile("[、；;\\r\\n]+");

    private Organizations() {
    }

    /**
     * The organisations of a cell, or {@code null} when it is none of the accepted forms (a name
     * without a role, a role that is no {@link OrganizationRole}, JSON that does not parse).
     *
     * @param text the cell's text
     * @param role the row's role cell when the row gives one (then the text is one name), else {@code null}
     */
    public static @Nullable ArrayNode parse(String text, @Nullable String role, JsonTexts json) {
        String t = text.strip();
        if (role != null) {
            ObjectNode one = organization(t, role);
            return one == null ? null : JsonNodeFactory.instance.arrayNode().add(one);
        }
        if (t.startsWith("[") || t.startsWith("{")) {
            JsonNode v = json.parseOrNull(t);
            if (v instanceof ArrayNode a) {
                return a;
            }
            return v instanceof ObjectNode o ? JsonNodeFactory.instance.arrayNode().add(o) : null;
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (String item : SEPARATORS.split(t)) {
            if (item.isBlank()) {
                continue;
            }
            Matcher m = NAME_ROLE.matcher(item.strip());
            ObjectNode one = m.matches() ? organization(m.group(1), m.group(2)) : null;
            if (one == null) {
                return null;
            }
            out.add(one);
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * Reads an organisation cell into the tree, appending to the organisations earlier rows gave (so
     * each row may hold one), each placed at its cell; an unreadable cell is a {@code read:value}
     * error that names the accepted forms and the roles.
     */
    public static void add(ObjectNode root, String pointer, String text, @Nullable String role, String cell,
            Map<String, String> sources, List<Issue> problems, JsonTexts json, LocalizedText label) {
        ArrayNode read = parse(text, role, json);
        JsonNode before = root.at(pointer);
        if (read == null) {
            problems.add(ReadIssues.error("read:value", pointer, cell,
                    Messages.TABLE_ORGANIZATION.text(label, role == null ? text : text + " | " + role, roles())));
            if (before.isMissingNode()) {
                Trees.set(root, pointer, TextNode.valueOf(text));
                sources.put(pointer, cell);
            }
            return;
        }
        ArrayNode all = before instanceof ArrayNode a ? a : JsonNodeFactory.instance.arrayNode();
        if (all != before) {
            Trees.set(root, pointer, all);
        }
        sources.putIfAbsent(pointer, cell);
        for (JsonNode o : read) {
            sources.put(pointer + "/" + all.size(), cell);
            all.add(o);
        }
    }

    private static @Nullable ObjectNode organization(String name, String role) {
        OrganizationRole r = Vocabulary.labelled(OrganizationRole.class, role);
        if (name.isBlank() || r == null) {
            return null;
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("name", name.strip());
        o.put("role", r.code());
        return o;
    }

    /**
     * Organisations as a person writes them, {@code 名称（角色）} joined by {@code 、}, the role in
     * Chinese (or its code in English); the JSON text when an organisation has more than a name and a role.
     */
    public static String plain(JsonNode organizations, boolean english) {
        List<String> out = new ArrayList<>();
        for (JsonNode o : organizations) {
            OrganizationRole role = Vocabulary.labelled(OrganizationRole.class, o.path("role").asText());
            if (o.size() != 2 || !o.path("name").isTextual() || role == null) {
                return organizations.toString();
            }
            out.add(o.get("name").asText() + (english ? " (" + role.code() + ")" : "（" + role.zh() + "）"));
        }
        return String.join("、", out);
    }

    /** The roles, for a message: the Chinese labels, and in English the codes with their labels. */
    public static LocalizedText roles() {
        return choices(OrganizationRole.values());
    }

    /** The contractor's selections, for a message. */
    public static LocalizedText selections() {
        return choices(ContractorSelection.values());
    }

    private static LocalizedText choices(Labelled[] values) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Labelled v : values) {
            zh.add(v.zh());
            en.add(v.code() + " (" + v.en() + ")");
        }
        return LocalizedText.of(String.join("、", zh), String.join(", ", en));
    }
}
