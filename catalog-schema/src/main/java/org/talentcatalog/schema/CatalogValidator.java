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
import org.talentcatalog.model.IndustryClasses;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.ReadLimits;
import org.talentcatalog.model.internal.JsonSource;
import org.talentcatalog.schema.internal.Finding;
import org.talentcatalog.schema.internal.IssueCollector;
import org.talentcatalog.schema.internal.Messages;
import org.talentcatalog.schema.internal.ModelLayer;
import org.talentcatalog.schema.internal.Pipeline;
import org.talentcatalog.schema.internal.ReferenceLists;
import org.talentcatalog.schema.internal.SchemaLayer;
import org.talentcatalog.schema.internal.StreamPipeline;

/**
 * Validates catalogs against the exchange format (docs/format.md), layer by layer: <b>read</b> (bounded,
 * located parsing), <b>schema</b> (the draft-07 JSON Schema), <b>model</b> (binding, then Bean
 * Validation) and <b>rules</b> (R1–R18 and any added rules). Every finding becomes one {@link Issue}
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
    private final ReferenceLists lists;
    private final ReadLimits limits;
    private final int maxIssues;
    private final int parallelism;

    private CatalogValidator(Builder b) {
        // The two layers are independent and each takes a while to start (the schema is compiled,
        // the Bean Validation engine boots): build them side by side. Nothing outlives the constructor.
        java.util.concurrent.FutureTask<ModelLayer> modelTask = new java.util.concurrent.FutureTask<>(ModelLayer::new);
        Thread builder = new Thread(modelTask, "catalog-validator-init");
        builder.setDaemon(true);
        builder.start();
        this.schema = new SchemaLayer();
        this.model = org.talentcatalog.schema.internal.Futures.await(modelTask);
        this.rules = List.copyOf(b.rules);
        this.lists = new ReferenceLists(b.codeLists, b.occupationCodes, b.industryClasses);
        this.limits = b.limits;
        this.maxIssues = b.maxIssues;
        this.parallelism = b.parallelism;
    }

    /** A validator with the standard rules, the default code lists and read limits. */
    public static CatalogValidator standard() {
        return builder().build();
    }

    /** A builder starting from the standard configuration. */
    public static Builder builder() {
        return new Builder();
    }

    /** Validates a JSON file, streaming it (the file's size does not decide the memory needed). */
    public ValidationReport validate(Path file) {
        return stream().run(JsonSource.of(file));
    }

    /** Validates a JSON document from a stream (read to its end within the size limit, not closed). */
    public ValidationReport validate(InputStream in) {
        try {
            long max = limits.maxDocumentBytes();
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return validate(bytes);
        } catch (IOException e) {
            return unreadable(new CatalogJsonException("read:io", null, 0, 0,
                    Messages.READ_IO.text(e.getMessage())));
        }
    }

    /** Validates a JSON document given as UTF-8 bytes. */
    public ValidationReport validate(byte[] utf8) {
        return stream().run(JsonSource.of(utf8));
    }

    /** Validates a JSON document given as text. */
    public ValidationReport validateText(String json) {
        return stream().run(JsonSource.of(json));
    }

    /**
     * Validates a catalog document that was read from another source than JSON text, such as a
     * spreadsheet: the schema, model and rules layers run on the tree, {@code readIssues} (the
     * reader's own findings, e.g. {@code read:unknownColumn}) join the report, and every issue is
     * placed with {@link SourceMap#cell(String)} (lines and columns stay {@code null}). A value the
     * reader reports an error about (at its pointer) is judged by no later layer: its read error is the
     * one reported there, and no rule reports it missing.
     *
     * @param document the catalog as a JSON tree
     * @param sources where each value came from
     * @param readIssues issues the reader found, with their pointers and cells; may be empty
     */
    public ValidationReport validate(com.fasterxml.jackson.databind.JsonNode document, SourceMap sources,
            List<Issue> readIssues) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sources, "sources");
        return new Pipeline(schema, model, rules, lists).run(document, sources, List.copyOf(readIssues), maxIssues);
    }

    /**
     * Validates a catalog built in code: the model and rules layers (there is no JSON, so issues
     * have pointers but no lines).
     */
    public ValidationReport validate(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        IssueCollector collector = new IssueCollector(maxIssues);
        new Pipeline(schema, model, rules, lists).checkCatalog(catalog, model, collector);
        return collector.report(collector.issues());
    }

    private StreamPipeline stream() {
        return new StreamPipeline(schema, model, rules, lists, limits, maxIssues, parallelism);
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
        private OccupationCodes occupationCodes = OccupationCodes.defaults();
        private IndustryClasses industryClasses = IndustryClasses.defaults();
        private ReadLimits limits = ReadLimits.defaults();
        private int maxIssues = 1000;
        private int parallelism = Math.min(4, Runtime.getRuntime().availableProcessors());

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

        /**
         * Sets the occupation codes rule R17 checks against, e.g.
         * {@code OccupationCodes.defaults().with(…)} to accept codes published after 2022.
         */
        public Builder occupationCodes(OccupationCodes value) {
            occupationCodes = Objects.requireNonNull(value, "occupationCodes");
            return this;
        }

        /** Sets the GB/T 4754 classes rule R18 checks against, e.g. {@code IndustryClasses.defaults().with(…)}. */
        public Builder industryClasses(IndustryClasses value) {
            industryClasses = Objects.requireNonNull(value, "industryClasses");
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

        /**
         * Sets how many threads check the positions of one large document side by side (default: the
         * processors available, at most 4; 1 checks everything on the caller's thread). Issues and
         * their order do not depend on it.
         */
        public Builder parallelism(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1");
            }
            parallelism = value;
            return this;
        }

        /** Builds the validator, compiling the schema. */
        public CatalogValidator build() {
            return new CatalogValidator(this);
        }
    }
}
