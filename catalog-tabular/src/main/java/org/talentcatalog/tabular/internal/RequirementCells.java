package org.talentcatalog.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.tabular.internal.Column.Kind;

/**
 * Free-text requirements in a positions table: the 任职要求 column (kept as the documented extension
 * member {@code requirements/x-text}), and a 岗位职责 or other text cell with a heading such as
 * {@code 任职要求：}. What {@link RequirementText} reads from such a cell fills the requirements a row
 * leaves empty; a value of an explicit column stays, and one warning {@code read:inferred} at the
 * cell says what was read and where it disagrees. Not thread-safe: one per table.
 */
public final class RequirementCells {

    /** The member that keeps a 任职要求 cell as written. */
    public static final String TEXT_POINTER = "/requirements/x-text";

    /** The 任职要求 column. */
    public static final Column COLUMN = new Column(TEXT_POINTER, Kind.REQUIREMENT_TEXT, "任职要求", "Requirements",
            List.of("岗位要求", "职位要求", "任职资格", "任职条件", "岗位任职要求", "任职要求及资格", "requirementstext", "jobrequirements", "qualifications"), false);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] FILLED = {"/requirements/education", "/requirements/majors",
        "/requirements/experience/minYears", "/requirements/competencies", "/requirements/certifications"};

    private final String sheet;
    private String text;
    private String pointer;
    private int column;
    private int row;

    /** For the sheet named {@code sheet} ({@code null} for CSV). */
    public RequirementCells(String sheet) {
        this.sheet = sheet;
    }

    /** The 任职要求 column a header names, or {@code null}. */
    public static Column match(String header) {
        String key = Normal.key(header);
        if (key.equals(Normal.key(COLUMN.zh())) || key.equals(Normal.key(COLUMN.en()))) {
            return COLUMN;
        }
        return COLUMN.aliases().stream().anyMatch(a -> Normal.key(a).equals(key)) ? COLUMN : null;
    }

    /**
     * After the header: the requirements a table leaves to its 任职要求 column are located at that
     * column; whether the table has one (then 学历要求 is not a required column).
     */
    public static boolean header(Map<String, Integer> columnOf) {
        Integer at = columnOf.get(TEXT_POINTER);
        if (at == null) {
            return false;
        }
        for (String p : FILLED) {
            columnOf.putIfAbsent(p, at);
        }
        return true;
    }

    /** Notes a non-empty cell of a row as it is read; only requirements texts are kept. */
    public void cell(Column c, String cellText, int columnIndex, int rowNumber) {
        boolean own = c.kind() == Kind.REQUIREMENT_TEXT;
        if (!own && (text != null || c.kind() != Kind.TEXT || c.pointer().startsWith("/name/"))) {
            return; // a 任职要求 cell goes before a heading in another cell
        }
        String body = own ? cellText : RequirementText.afterHeading(cellText);
        if (body != null && (own || pointer == null)) {
            text = body;
            pointer = c.pointer();
            column = columnIndex;
            row = rowNumber;
        }
    }

    /** Fills the row's position from the text noted, if any, and reports what was read; then forgets the row. */
    public void finish(ObjectNode position, String base, List<Issue> problems) {
        if (text == null) {
            return;
        }
        RequirementText.Inferred read = RequirementText.read(text);
        List<LocalizedText> said = new ArrayList<>();
        if (read.education() != null) {
            fill(position, "/requirements/education", TextNode.valueOf(read.education().code()),
                    Messages.TABLE_INFERRED_EDUCATION.text(read.education()), said);
        }
        list(position, "/requirements/majors", read.majors(), Messages.TABLE_INFERRED_MAJORS, said);
        if (read.minYears() != null) {
            boolean given = !position.at("/requirements/experience/minYears").isMissingNode();
            fill(position, "/requirements/experience/minYears", NODES.numberNode(read.minYears()),
                    Messages.TABLE_INFERRED_EXPERIENCE.text(read.minYears()), said);
            if (!given && read.experience() != null && position.at("/requirements/experience/description").isMissingNode()) {
                Trees.set(position, "/requirements/experience/description", TextNode.valueOf(read.experience()));
            }
        }
        list(position, "/requirements/competencies", read.competencies(), Messages.TABLE_INFERRED_COMPETENCIES, said);
        list(position, "/requirements/certifications", read.certifications(), Messages.TABLE_INFERRED_CERTIFICATIONS, said);
        if (!said.isEmpty()) {
            problems.add(ReadIssues.warning("read:inferred", base + pointer, CellNames.cell(sheet, column, row),
                    Messages.TABLE_INFERRED.text(join(said))));
        }
        text = null;
        pointer = null;
    }

    private static void list(ObjectNode position, String at, List<String> items, Messages message, List<LocalizedText> said) {
        if (items.isEmpty()) {
            return;
        }
        ArrayNode array = NODES.arrayNode();
        items.forEach(array::add);
        fill(position, at, array, message.text(quoted(items)), said);
    }

    /** Puts a value read from the text where the row has none; else keeps the row's and says so when they differ. */
    private static void fill(ObjectNode position, String at, JsonNode value, LocalizedText what, List<LocalizedText> said) {
        JsonNode given = position.at(at);
        if (given.isMissingNode()) {
            Trees.set(position, at, value);
            said.add(what);
        } else if (!same(given, value)) {
            said.add(Messages.TABLE_INFERRED_KEPT.text(what, shown(given)));
        }
    }

    private static boolean same(JsonNode given, JsonNode value) {
        if (given.isArray() && value.isArray()) {
            HashSet<String> a = new HashSet<>();
            HashSet<String> b = new HashSet<>();
            given.forEach(n -> a.add(n.asText()));
            value.forEach(n -> b.add(n.asText()));
            return a.equals(b);
        }
        return given.equals(value) || given.asText().equals(value.asText());
    }

    /** A row's value as the warning shows it: an education by its label, a list joined by {@code ；}. */
    private static Object shown(JsonNode given) {
        if (!given.isArray()) {
            for (Education e : Education.values()) {
                if (e.code().equals(given.asText())) {
                    return e;
                }
            }
            return given.asText();
        }
        List<String> items = new ArrayList<>();
        given.forEach(n -> items.add(n.asText()));
        return String.join("；", items);
    }

    private static String quoted(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            sb.append('「').append(item).append('」');
        }
        return sb.toString();
    }

    private static LocalizedText join(List<LocalizedText> parts) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (LocalizedText p : parts) {
            zh.append(zh.length() == 0 ? "" : "；").append(p.zh());
            en.append(en.length() == 0 ? "" : "; ").append(p.enOrZh());
        }
        return LocalizedText.of(zh.toString(), en.toString());
    }
}
