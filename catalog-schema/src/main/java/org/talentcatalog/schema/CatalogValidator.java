package org.talentcatalog.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.ReadLimits;
import org.talentcatalog.model.internal.JsonText;
import org.talentcatalog.schema.internal.Finding;
import org.talentcatalog.schema.internal.IssueCollector;
import org.talentcatalog.schema.internal.ModelLayer;
import org.talentcatalog.schema.internal.Pipeline;
import org.talentcatalog.schema.internal.SchemaLayer;

/**
 * Validates catalogs against the exchange format, layer by layer (DESIGN.md): <b>read</b> (bounded,
 * located parsing), <b>schema</b> (the draft-07 JSON Schema), <b>model</b> (binding, then Bean
 * Validation) and <b>rules</b> (R1–R16 and any added rules). Every finding becomes one {@link Issue}
 * with a JSON Pointer and, for documents, a line and column; a fault caught by two layers is
 * reported once.
 *
 * <pre>{@code
 * CatalogValidator validator = CatalogValidator.standard();   // build once, share
 * ValidationReport report = validator.validate(Path.of("catalog.json"));
 * report.issues().forEach(i -> System.out.println(i.line() + ":" + i.column() + " " + i.message(Locale.CHINESE)));
 * }</pre>
 *
 * <p>A validator is immutable and thread-safe: the schema is compiled once, when it is built.
 * Validation never throws for bad input; unreadable input becomes a {@code read:*} issue.
 */
public final class CatalogValidator {

    private final SchemaLayer schema;
    private final ModelLayer model;
    private final List<Rule> rules;
    private final CodeLists codeLists;
    private final ReadLimits limits;
    private final int maxIssues;

    private CatalogValidator(Builder b) {
        this.schema = new SchemaLayer();
        this.model = new ModelLayer();
        this.rules = List.copyOf(b.rules);
        this.codeLists = b.codeLists;
        this.limits = b.limits;
        this.maxIssues = b.maxIssues;
    }

    /** A validator with the standard rules, the default code lists and read limits. */
    public static CatalogValidator standard() {
        return builder().build();
    }

    /** A builder starting from the standard configuration. */
    public static Builder builder() {
        return new Builder();
    }

    /** Validates a JSON file. */
    public ValidationReport validate(Path file) {
        try {
            return validate(JsonText.read(file, limits));
        } catch (CatalogJsonException e) {
            return unreadable(e);
        }
    }

    /** Validates a JSON document from a stream (read to its end, not closed). */
    public ValidationReport validate(InputStream in) {
        try {
            return validate(JsonText.read(in, limits));
        } catch (CatalogJsonException e) {
            return unreadable(e);
        } catch (IOException e) {
            return unreadable(new CatalogJsonException("read:io", null, 0, 0,
                    LocalizedText.of("读取失败: " + e.getMessage(), "read failed: " + e.getMessage())));
        }
    }

    /** Validates a JSON document given as UTF-8 bytes. */
    public ValidationReport validate(byte[] utf8) {
        try {
            if (utf8.length > limits.maxDocumentBytes()) {
                throw new CatalogJsonException("read:limit", null, 0, 0, LocalizedText.of(
                        "文档过大: " + utf8.length + " 字节", "document too large: " + utf8.length + " bytes"));
            }
            return validate(JsonText.decode(utf8));
        } catch (CatalogJsonException e) {
            return unreadable(e);
        }
    }

    /** Validates a JSON document given as text. */
    public ValidationReport validateText(String json) {
        return validate(new JsonText(json, false));
    }

    /**
     * Validates a catalog document that was read from another source than JSON text, such as a
     * spreadsheet: the schema, model and rules layers run on the tree, {@code readIssues} (the
     * reader's own findings, e.g. {@code read:unknownColumn}) join the report, and every issue is
     * placed with {@link SourceMap#cell(String)} (lines and columns stay {@code null}). A reader
     * issue and a later layer's issue about the same value are reported once, as the reader's.
     *
     * @param document the catalog as a JSON tree
     * @param sources where each value came from
     * @param readIssues issues the reader found, with their pointers and cells; may be empty
     */
    public ValidationReport validate(com.fasterxml.jackson.databind.JsonNode document, SourceMap sources,
            List<Issue> readIssues) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sources, "sources");
        return pipeline().run(document, sources, List.copyOf(readIssues));
    }

    /**
     * Validates a catalog built in code: the model and rules layers (there is no JSON, so issues
     * have pointers but no lines).
     */
    public ValidationReport validate(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        IssueCollector collector = new IssueCollector(maxIssues);
        pipeline().checkCatalog(catalog, collector);
        return collector.report(collector.issues());
    }

    private ValidationReport validate(JsonText text) {
        return pipeline().run(text);
    }

    private Pipeline pipeline() {
        return new Pipeline(schema, model, rules, codeLists, limits, maxIssues);
    }

    private static ValidationReport unreadable(CatalogJsonException e) {
        Integer line = e.line() > 0 ? e.line() : null;
        Integer column = e.column() > 0 ? e.column() : null;
        Issue issue = new Issue(Severity.ERROR, e.problem(), e.pointer(), line, column, e.text());
        IssueCollector c = new IssueCollector(1);
        c.add(Finding.of(issue));
        return c.report(List.of(issue));
    }

    /** Configures a {@link CatalogValidator}. Not thread-safe; the validator it builds is. */
    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>(StandardRules.all());
        private CodeLists codeLists = CodeLists.defaults();
        private ReadLimits limits = ReadLimits.defaults();
        private int maxIssues = 1000;

        private Builder() {
        }

        /** Adds a rule after the standard ones. */
        public Builder addRule(Rule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Removes the rules with the given id (e.g. to replace a standard rule). */
        public Builder removeRule(String id) {
            rules.removeIf(r -> r.id().equals(id));
            return this;
        }

        /** Sets the code lists rule R10 checks against. */
        public Builder codeLists(CodeLists value) {
            codeLists = Objects.requireNonNull(value, "codeLists");
            return this;
        }

        /** Sets the read limits. */
        public Builder readLimits(ReadLimits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** Sets the most issues a report lists (the rest are counted); default 1000. */
        public Builder maxIssues(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxIssues must be at least 1");
            }
            maxIssues = value;
            return this;
        }

        /** Builds the validator, compiling the schema. */
        public CatalogValidator build() {
            return new CatalogValidator(this);
        }
    }
}
