package org.talentcatalog.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.talentcatalog.model.CodeEntry;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.Labelled;
import org.talentcatalog.model.Policy;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.tabular.LevelStyle;

/**
 * The positions of a catalog tree as table rows: the standard columns, then one column per extension
 * member (position members first, then requirements members, each in order of first appearance).
 * Cells are {@link String}s or {@link Number}s, not yet neutralised. Stateless apart from its inputs.
 */
public final class TableRows {

    private final JsonNode positions;
    private final boolean english;
    private final LevelStyle levelStyle;
    private final CodeLists codeLists;
    private final JsonTexts json;
    private final List<Column> columns = new ArrayList<>(Columns.standard());

    /** Rows of the {@code positions} array of a catalog tree. */
    public TableRows(JsonNode positions, boolean english, LevelStyle levelStyle, CodeLists codeLists, JsonTexts json) {
        this.positions = positions;
        this.english = english;
        this.levelStyle = levelStyle;
        this.codeLists = codeLists;
        this.json = json;
        Set<String> own = new LinkedHashSet<>();
        Set<String> inRequirements = new LinkedHashSet<>();
        for (JsonNode p : positions) {
            p.fieldNames().forEachRemaining(n -> {
                if (Extensions.isExtensionName(n)) {
                    own.add(n);
                }
            });
            p.path("requirements").fieldNames().forEachRemaining(n -> {
                if (Extensions.isExtensionName(n)) {
                    inRequirements.add(n);
                }
            });
        }
        own.forEach(n -> columns.add(Columns.extension(n, false)));
        inRequirements.forEach(n -> columns.add(Columns.extension(n, true)));
    }

    /** The header cells. */
    public List<String> header() {
        List<String> out = new ArrayList<>();
        columns.forEach(c -> out.add(c.header(english)));
        return out;
    }

    /** Gives each position's row, in order ({@code null} for an empty cell). */
    public void forEach(Consumer<List<Object>> sink) {
        int index = 0;
        for (JsonNode p : positions) {
            List<Object> row = new ArrayList<>(columns.size());
            for (Column c : columns) {
                row.add(c.kind() == Column.Kind.ROW_NUMBER ? Integer.valueOf(++index) : cell(c, p));
            }
            sink.accept(row);
        }
    }

    private Object cell(Column c, JsonNode p) {
        if (c.kind() == Column.Kind.SALARY) {
            JsonNode demand = p.get("demand");
            if (demand == null) {
                return null;
            }
            JsonNode salary = demand.get("salary");
            if (salary != null) {
                return Salaries.format(salary, english, json);
            }
            return demand.has("headcount") ? null : Salaries.NEGOTIABLE;
        }
        JsonNode v = p.at(c.pointer());
        if (v.isMissingNode()) {
            return null;
        }
        switch (c.kind()) {
            case INDUSTRY:
                return english ? v.asText() : codeLists.industry(v.asText()).map(CodeEntry::zh).orElse(v.asText());
            case CATEGORY:
                return label(JobCategory.class, v);
            case EDUCATION:
                return label(Education.class, v);
            case LIST:
                return v.isArray() ? ListCells.format(v) : json.write(v);
            case POLICIES:
                return policies(v);
            case EXPERIENCE:
                if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                    return v.asText();
                }
                return english ? (Object) v.intValue() : v.intValue() == 0 ? "不限" : v.intValue() + "年及以上";
            case LEVEL:
                return level(v);
            case DECIMAL:
            case INTEGER:
                return v.isNumber() ? v.numberValue() : v.asText();
            case EXTENSION:
                return json.write(v);
            default:
                return v.asText();
        }
    }

    private Object level(JsonNode v) {
        for (ShortageLevel l : ShortageLevel.values()) {
            if (l.code().equals(v.asText())) {
                switch (levelStyle) {
                    case STARS:
                        return l.stars();
                    case CODES:
                        return l.code();
                    default:
                        return english ? l.en() : l.zh();
                }
            }
        }
        return v.asText();
    }

    private <E extends Enum<E> & Labelled> String label(Class<E> type, JsonNode v) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(v.asText())) {
                return english ? e.code() : e.zh();
            }
        }
        return v.asText();
    }

    private String policies(JsonNode v) {
        if (!v.isArray()) {
            return json.write(v);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            out.add(label(Policy.class, item));
        }
        return String.join("；", out);
    }
}
