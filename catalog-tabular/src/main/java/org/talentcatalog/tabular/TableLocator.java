package org.talentcatalog.tabular;

import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Issue;
import org.talentcatalog.tabular.internal.PositionIndex;
import org.talentcatalog.tabular.internal.TableTerms;

/**
 * Where a value of a table came from: a position's cell or row, else a place in the CSV side file,
 * else a 目录信息 cell (the nearest parent's), else the catalog-level sheet or side file as a whole.
 */
final class TableLocator implements Function<String, @Nullable String> {

    private final PositionIndex positions;
    private final Map<String, String> catalogCells;
    private final @Nullable String catalogPlace;
    private final @Nullable Function<String, @Nullable String> sideFile;

    TableLocator(PositionIndex positions, Map<String, String> catalogCells, @Nullable String catalogPlace,
            @Nullable Function<String, @Nullable String> sideFile) {
        this.positions = positions;
        this.catalogCells = Map.copyOf(catalogCells);
        this.catalogPlace = catalogPlace;
        this.sideFile = sideFile;
    }

    /** An issue in the table's own terms (a missing member named by its column's header). */
    Issue inOwnTerms(Issue issue) {
        return TableTerms.phrase(issue, positions);
    }

    @Override
    public @Nullable String apply(String pointer) {
        String cell = positions.cell(pointer);
        if (cell != null) {
            return cell;
        }
        if (sideFile != null) {
            return sideFile.apply(pointer);
        }
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            String at = catalogCells.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return catalogPlace;
            }
        }
    }
}
