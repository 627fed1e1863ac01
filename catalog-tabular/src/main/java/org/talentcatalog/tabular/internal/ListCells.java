package org.talentcatalog.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.model.internal.Texts;

/**
 * List cells: items joined by {@code ；} for people; when that would not read back the same (an
 * item is empty, has surrounding white space, or would be cut by the reader: {@code ；;}, a line
 * break, an item number, {@code 、} between short names; or the cell would start with {@code [}), the
 * cell is the items as a JSON array of strings instead. Items are cut as {@link TextItems#listItems}
 * says, so {@code 熟练掌握CANoe、CAD、CATIA} is one item and {@code 汽车、机械} two. Stateless.
 */
public final class ListCells {

    private ListCells() {
    }

    /** The cell for the items of a JSON array of strings. */
    public static String format(JsonNode array) {
        List<String> items = new ArrayList<>();
        boolean plain = true;
        for (JsonNode item : array) {
            String s = item.asText();
            items.add(s);
            plain &= !s.isEmpty() && s.indexOf('；') < 0 && s.indexOf(';') < 0 && Texts.trim(s).equals(s);
        }
        String joined = String.join("；", items);
        if (plain && !joined.startsWith("[") && TextItems.listItems(joined).equals(items)) {
            return joined;
        }
        ArrayNode copy = JsonNodeFactory.instance.arrayNode();
        items.forEach(copy::add);
        return copy.toString();
    }

    /** The items of a list cell (empty items dropped), or {@code null} when a JSON array form is broken. */
    public static List<String> parse(String cell, JsonTexts json) {
        String t = Texts.trim(cell);
        if (t.startsWith("[")) {
            JsonNode node = json.parseOrNull(t);
            if (node == null || !node.isArray()) {
                return null;
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                if (!item.isTextual()) {
                    return null;
                }
                items.add(item.asText());
            }
            return items;
        }
        return TextItems.listItems(cell);
    }
}
