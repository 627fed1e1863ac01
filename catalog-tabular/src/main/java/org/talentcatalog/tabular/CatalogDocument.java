package org.talentcatalog.tabular;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.ReadLimits;
import org.talentcatalog.model.internal.JsonText;
import org.talentcatalog.model.internal.JsonTrees;

/**
 * A catalog read from a file by a {@link org.talentcatalog.tabular.spi.CatalogFormat}: the catalog as
 * a JSON tree (the same tree its JSON form would give), the problems the reader found (issues of the read layer, each in its cell), and where
 * every value came from ({@link #locate(String)}), so a validator can place each issue in its cell
 * or line. Immutable once read; thread-safe.
 *
 * <pre>{@code
 * CatalogDocument doc = CatalogFormats.standard().read(Path.of("export.xlsx"), ReadOptions.defaults());
 * doc.problems().forEach(System.out::println);          // 岗位!K7 ERROR read:value 无法识别的学历要求…
 * Catalog catalog = doc.toCatalog();                    // throws when a problem is an error
 * }</pre>
 *
 * <p>A JSON file is read differently, on purpose: its document is the file
 * ({@link #jsonFile()}), and a validator or binder that can stream JSON should read that file
 * ({@code CatalogValidator.validate(Path)}, {@link CatalogJson#read(java.nio.file.Path)}): in
 * bounded memory, with issues at line and column. The tree, the problems and the places are still
 * there for any caller, parsed from the file when first asked for (within
 * {@link ReadOptions#jsonLimits()}), a syntax error being the one problem of an empty tree.
 */
public final class CatalogDocument {

    private final String format;
    private final @Nullable Path jsonFile;
    private final @Nullable ReadLimits jsonLimits;
    private final List<Issue> notes;
    private final Supplier<Content> content;

    /** What a reader found: the tree, its problems and where each value came from. */
    private record Content(JsonNode tree, List<Issue> problems, Function<String, @Nullable String> locator,
            boolean positionsOnly) {
    }

    private CatalogDocument(String format, @Nullable Path jsonFile, @Nullable ReadLimits jsonLimits, List<Issue> notes,
            Supplier<Content> content) {
        this.format = format;
        this.jsonFile = jsonFile;
        this.jsonLimits = jsonLimits;
        this.notes = List.copyOf(notes);
        this.content = content;
    }

    /**
     * A document read into a tree, as a format's {@code read} makes it.
     *
     * @param format the format's name
     * @param tree the catalog as JSON (copied)
     * @param problems the reader's problems, in the order found
     * @param locator where the value at a JSON Pointer came from ({@code 岗位!E12}, {@code 12:5},
     *     {@code a.catalog.json:3:5} …), or {@code null} when not known; must be thread-safe
     */
    public static CatalogDocument of(String format, JsonNode tree, List<Issue> problems,
            Function<String, @Nullable String> locator) {
        Content read = new Content(tree.deepCopy(), List.copyOf(problems), Objects.requireNonNull(locator, "locator"), false);
        return new CatalogDocument(Objects.requireNonNull(format, "format"), null, null, List.of(), () -> read);
    }

    /**
     * A document a built-in reader made: the tree is its own, not copied.
     *
     * @param positionsOnly whether the catalog-level members were not read ({@link #positionsOnly()})
     */
    static CatalogDocument read(String format, JsonNode tree, List<Issue> problems,
            Function<String, @Nullable String> locator, boolean positionsOnly) {
        Content read = new Content(tree, List.copyOf(problems), locator, positionsOnly);
        return new CatalogDocument(format, null, null, List.of(), () -> read);
    }

    /** The document of a JSON file: the file, its tree parsed when first asked for. */
    static CatalogDocument ofJsonFile(String format, Path file, ReadLimits limits) {
        return new CatalogDocument(format, file, limits, List.of(), new Once<>(() -> parse(file, limits)));
    }

    /** This document with a problem found before reading (it comes first). */
    CatalogDocument withNote(Issue note) {
        List<Issue> all = new ArrayList<>();
        all.add(note);
        all.addAll(notes);
        return new CatalogDocument(format, jsonFile, jsonLimits, all, content);
    }

    /** The name of the format it was read from: {@code json}, {@code csv}, {@code xlsx} … */
    public String format() {
        return format;
    }

    /**
     * The JSON file this document is, for a caller that reads JSON as a stream; {@code null} for a
     * document read into a tree (a table, say).
     */
    public @Nullable Path jsonFile() {
        return jsonFile;
    }

    /** The catalog as a JSON tree (a copy). */
    public JsonNode tree() {
        return content.get().tree().deepCopy();
    }

    /** The reader's problems, in the order found. */
    public List<Issue> problems() {
        List<Issue> read = content.get().problems();
        if (notes.isEmpty()) {
            return read;
        }
        List<Issue> all = new ArrayList<>(notes);
        all.addAll(read);
        return List.copyOf(all);
    }

    /**
     * Whether the document holds its positions alone: a table read with
     * {@link ReadOptions#positionsOnly()}, or one whose 目录信息 sheet or CSV side file is missing
     * (one {@code read:missingCatalogInfo} error says what to add). Its catalog-level members are
     * absent because they were not given, so a validator should judge the positions only (in
     * catalog-schema: {@code ValidationReport.positionsOnly()}), not report each member missing.
     */
    public boolean positionsOnly() {
        return content.get().positionsOnly();
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems().stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /**
     * Where the value at a JSON Pointer came from: a cell such as {@code 岗位!E12} (or {@code E12} in
     * a CSV file), the row ({@code 岗位!12:12}) for a member without a column, a 目录信息 cell, a place in
     * the CSV side file ({@code a.catalog.json:3:5}), a line and column in a JSON file
     * ({@code 12:5}); for a missing value, the place it would have been when known. {@code null}
     * when nothing better is known.
     */
    public @Nullable String locate(@Nullable String pointer) {
        return pointer == null ? null : content.get().locator().apply(pointer);
    }

    /**
     * An issue of this document (a validator's, say) in the document's own terms: in a table read by
     * a built-in reader, a position's missing required member is named by its column's header as the
     * table has it ({@code 「学历要求」为必填}, or the standard header when the column is missing)
     * instead of its JSON member ({@code 缺少必填成员 "education"}); any other issue, and every issue
     * of another document, is returned as it is.
     *
     * <pre>{@code
     * ValidationReport r = validator.validate(doc.tree(), doc::locate, doc.problems());
     * r.issues().stream().map(doc::inOwnTerms).forEach(System.out::println);
     * }</pre>
     */
    public Issue inOwnTerms(Issue issue) {
        Objects.requireNonNull(issue, "issue");
        if (jsonFile == null && content.get().locator() instanceof TableLocator table) {
            return table.inOwnTerms(issue);
        }
        return issue;
    }

    /**
     * The catalog, bound from the tree (a JSON file: from the file).
     *
     * @throws TabularException when a problem is an error (the first is named), or a value cannot be
     *     bound (a wrong JSON type in a JSON cell, say)
     */
    public Catalog toCatalog() {
        if (jsonFile != null) {
            try {
                return CatalogJson.withLimits(jsonLimits).parse(jsonFile);
            } catch (CatalogJsonException e) {
                throw new TabularException(e.issue());
            }
        }
        for (Issue p : problems()) {
            if (p.severity() == Severity.ERROR) {
                throw new TabularException(p);
            }
        }
        try {
            return CatalogJson.fromTree(content.get().tree());
        } catch (CatalogJsonException e) {
            throw new TabularException(e.issue().inCell(locate(e.issue().pointer())));
        }
    }

    @Override
    public String toString() {
        return "CatalogDocument[" + format + (jsonFile == null ? "" : ", " + jsonFile) + "]";
    }

    private static Content parse(Path file, ReadLimits limits) {
        JsonTrees trees = new JsonTrees(limits);
        try {
            String text = JsonText.read(file, limits).text();
            return new Content(trees.parse(text), List.of(), pointer -> JsonPlaces.locate(trees, text, "", pointer), false);
        } catch (CatalogJsonException e) {
            return new Content(JsonNodeFactory.instance.objectNode(), List.of(e.issue()), pointer -> null, false);
        }
    }

    /** A value computed once, when first asked for; thread-safe. */
    private static final class Once<T> implements Supplier<T> {
        private @Nullable Supplier<T> compute;
        private @Nullable T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public synchronized T get() {
            if (compute != null) {
                value = compute.get();
                compute = null;
            }
            return value;
        }
    }
}
