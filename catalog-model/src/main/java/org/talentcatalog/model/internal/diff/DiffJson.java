package org.talentcatalog.model.internal.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.talentcatalog.model.AmbiguousIds;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.FieldChange;
import org.talentcatalog.model.LevelMove;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.PositionChange;

/** The structured JSON form of a diff (see {@link CatalogDiff#toJson()}). */
public final class DiffJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DiffJson() {
    }

    /** Writes the diff as a JSON tree. */
    public static ObjectNode write(CatalogDiff diff) {
        ObjectNode root = NODES.objectNode();
        root.set("older", edition(diff.older()));
        root.set("newer", edition(diff.newer()));
        ObjectNode summary = root.putObject("summary");
        summary.put("added", diff.added().size());
        summary.put("removed", diff.removed().size());
        summary.put("renamed", diff.renamed().size());
        summary.put("changed", diff.changed().size());
        for (LevelMove m : LevelMove.values()) {
            if (m != LevelMove.UNCHANGED) {
                summary.put(m.name().toLowerCase(java.util.Locale.ROOT), diff.levelMoves(m).size());
            }
        }
        summary.put("requirementsChanged", (int) java.util.stream.Stream.concat(diff.renamed().stream(), diff.changed().stream())
                .filter(PositionChange::requirementsChanged).count());
        summary.put("catalogChanges", diff.catalogChanges().size());
        if (diff.pairedByOrder()) {
            ObjectNode order = root.putObject("pairedByOrder");
            order.set("older", ambiguous(diff.olderAmbiguousIds()));
            order.set("newer", ambiguous(diff.newerAmbiguousIds()));
        }
        root.set("catalog", changes(diff.catalogChanges()));
        root.set("added", positions(diff.added(), diff.newer()));
        root.set("removed", positions(diff.removed(), diff.older()));
        ArrayNode renamed = root.putArray("renamed");
        diff.renamed().forEach(c -> renamed.add(pair(c)));
        ArrayNode changed = root.putArray("changed");
        diff.changed().forEach(c -> changed.add(pair(c)));
        return root;
    }

    private static ObjectNode ambiguous(AmbiguousIds ids) {
        ObjectNode o = NODES.objectNode();
        ArrayNode duplicates = o.putArray("duplicateIds");
        ids.duplicates().forEach(duplicates::add);
        o.put("withoutId", ids.withoutId());
        return o;
    }

    private static ObjectNode edition(Catalog c) {
        ObjectNode e = NODES.objectNode();
        e.put("id", c.id());
        e.put("version", c.edition() == null ? null : c.edition().version());
        return e;
    }

    private static ArrayNode positions(List<Position> positions, Catalog in) {
        ArrayNode out = NODES.arrayNode();
        if (positions.isEmpty()) {
            return out;
        }
        JsonNode all = CatalogJson.toTree(in.withPositions(positions)).path("positions");
        all.forEach(out::add);
        return out;
    }

    private static ObjectNode pair(PositionChange c) {
        ObjectNode o = NODES.objectNode();
        o.put("id", c.newer().id());
        if (c.isRename()) {
            o.put("olderId", c.older().id());
            ObjectNode ev = o.putObject("evidence");
            ev.put("sameName", c.rename().sameName());
            ev.put("sameOccupationCode", c.rename().sameOccupationCode());
            ev.put("nameSimilarity", Math.round(c.rename().nameSimilarity() * 1e4) / 1e4);
        }
        o.put("name", c.newer().name() == null ? null : c.newer().name().zh());
        o.put("industry", c.newer().industry());
        ObjectNode level = o.putObject("level");
        level.put("old", c.older().level() == null ? null : c.older().level().name());
        level.put("new", c.newer().level() == null ? null : c.newer().level().name());
        level.put("move", c.levelMove().name());
        o.set("changes", changes(c.changes()));
        return o;
    }

    private static ArrayNode changes(List<FieldChange> changes) {
        ArrayNode out = NODES.arrayNode();
        for (FieldChange c : changes) {
            ObjectNode o = out.addObject();
            o.put("path", c.path());
            o.put("op", switch (c.kind()) {
                case ADDED -> "add";
                case REMOVED -> "remove";
                case REPLACED -> "replace";
            });
            if (c.oldValue() != null) {
                o.set("old", c.oldValue());
            }
            if (c.newValue() != null) {
                o.set("new", c.newValue());
            }
        }
        return out;
    }
}
