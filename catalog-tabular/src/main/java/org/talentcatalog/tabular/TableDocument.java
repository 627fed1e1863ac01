package org.talentcatalog.tabular;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;
import org.talentcatalog.tabular.internal.PositionIndex;

/**
 * A catalog read from a table: the catalog as a JSON tree (the same tree its JSON form would give),
 * the problems the reader found (issues of the {@link org.talentcatalog.model.Layer#READ read}
 * layer, each in its cell, ready for a validation report), and where every value came from
 * ({@link #cellOf(String)}), so a validator can place each issue in its cell. Immutable once read;
 * thread-safe.
 *
 * <pre>{@code
 * TableDocument doc = CatalogTables.standard().read(Path.of("export.xlsx"));
 * doc.problems().forEach(System.out::println);   // 岗位!K7 [/positions/5/requirements/education] ERROR read:value …
 * Catalog catalog = doc.toCatalog();                    // throws when a problem is an error
 * }</pre>
 */
public final class TableDocument {

    private final TableFormat format;
    private final ObjectNode tree;
    private final List<Issue> problems;
    private final PositionIndex positions;
    private final Map<String, String> catalogCells;
    private final String catalogPlace;
    private final UnaryOperator<String> sideFile;

    TableDocument(TableFormat format, ObjectNode tree, List<Issue> problems, PositionIndex positions,
            Map<String, String> catalogCells, String catalogPlace, UnaryOperator<String> sideFile) {
        this.format = format;
        this.tree = tree;
        this.problems = List.copyOf(problems);
        this.positions = positions;
        this.catalogCells = Map.copyOf(catalogCells);
        this.catalogPlace = catalogPlace;
        this.sideFile = sideFile;
    }

    /** The format it was read from. */
    public TableFormat format() {
        return format;
    }

    /** The catalog as a JSON tree (a copy). */
    public JsonNode tree() {
        return tree.deepCopy();
    }

    /**
     * The reader's problems, in the order found: errors (the table cannot be converted without loss
     * or guess) and warnings, with the cell and, for a value, its pointer.
     */
    public List<Issue> problems() {
        return problems;
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /**
     * Where the value at a JSON Pointer came from: a cell such as {@code 岗位!E12} (or {@code E12} in
     * a CSV file), the row ({@code 岗位!12:12}) for a member without a column, a 目录信息 cell, a place in
     * the CSV side file ({@code a.catalog.json:3:5}); for a missing value, the place it would have
     * been when known. {@code null} when nothing better is known.
     */
    public String cellOf(String pointer) {
        if (pointer == null) {
            return null;
        }
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

    /**
     * The catalog, bound from the tree.
     *
     * @throws TabularException when a problem is an error (the first is its issue), or a value cannot
     *     be bound (a wrong JSON type in a JSON cell, say: a {@code model:*} issue in the value's cell)
     */
    public Catalog toCatalog() {
        for (Issue p : problems) {
            if (p.severity() == Severity.ERROR) {
                throw new TabularException(p);
            }
        }
        try {
            return CatalogJson.fromTree(tree);
        } catch (CatalogJsonException e) {
            throw new TabularException(e.issue().inCell(cellOf(e.issue().pointer())));
        }
    }
}
