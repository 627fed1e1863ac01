package org.talentcatalog.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.IndustryClasses;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.ReadLimits;
import org.talentcatalog.model.internal.JsonSource;
import org.talentcatalog.model.internal.JsonTrees;
import org.talentcatalog.schema.internal.CatalogSource;
import org.talentcatalog.schema.internal.DefaultExecutor;
import org.talentcatalog.schema.internal.DocumentSource;
import org.talentcatalog.schema.internal.JsonStreamSource;
import org.talentcatalog.schema.internal.Locator;
import org.talentcatalog.schema.internal.Messages;
import org.talentcatalog.schema.internal.ReferenceLists;
import org.talentcatalog.schema.internal.TreeSource;
import org.talentcatalog.schema.internal.Validation;
import org.talentcatalog.schema.spi.Rule;

/**
 * Validates catalogs against the exchange format (docs/format.md), layer by layer: <b>read</b> (bounded,
 * located parsing), <b>schema</b> (the draft-07 JSON Schema), <b>model</b> (binding, then Bean
 * Validation) and <b>rules</b> (R1–R18 and any added rules). Every finding becomes one {@link Issue}
 * with a JSON Pointer and, where the source has one, a line and column or a table cell; a fault
 * caught by two layers is reported once.
 *
 * <pre>{@code
 * CatalogValidator validator = CatalogValidator.standard();   // build once, share
 * ValidationReport report = validator.validate(Path.of("catalog.json"));
 * report.issues().forEach(i -> System.out.println(i.line() + ":" + i.column() + " " + i.message(Locale.CHINESE)));
 * }</pre>
 *
 * <p>JSON text, a tree read from a table and a catalog built in code all go through the same run:
 * the same content gives the same issues (rule, severity, pointer), placed as the source allows.
 * Positions are checked one at a time in document order — several side by side on the
 * {@linkplain Builder#executor(Executor) executor} — and forgotten, so a document's size does not
 * decide the memory needed.
 *
 * <p>A validator is immutable and thread-safe: the schema is compiled once, when it is built; it
 * starts no thread of its own. Validation never throws for bad input; unreadable input becomes a
 * {@code read:*} issue, and one that means the input could not be read at all (missing, an I/O
 * failure, over the size limit) is {@link Issue#unreadable()}.
 */
public final class CatalogValidator {

    private final Validation validation;
    private final ReadLimits limits;
    private final JsonTrees trees;

    private CatalogValidator(Builder b) {
        this.validation = new Validation(b.rules.build().all(),
                new ReferenceLists(b.codeLists, b.occupationCodes, b.industryClasses),
                b.maxIssues, b.executor, b.parallelism);
        this.limits = b.limits;
        this.trees = new JsonTrees(b.limits);
    }

    /**
     * A validator with the standard rules ({@link Rules#standard()}), the default code lists and
     * read limits.
     *
     * @throws IllegalStateException when a rule registered for {@link java.util.ServiceLoader} cannot
     *     be loaded or repeats an id
     */
    public static CatalogValidator standard() {
        return builder().build();
    }

    /**
     * A builder starting from the standard configuration.
     *
     * @throws IllegalStateException when a rule registered for {@link java.util.ServiceLoader} cannot
     *     be loaded or repeats an id
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Validates a JSON file, streaming it (the file's size does not decide the memory needed). */
    public ValidationReport validate(Path file) {
        return run(new JsonStreamSource(JsonSource.of(file), limits, trees));
    }

    /** Validates a JSON document from a stream (read to its end within the size limit, not closed). */
    public ValidationReport validate(InputStream in) {
        try {
            long max = limits.maxDocumentBytes();
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return validate(bytes);
        } catch (IOException e) {
            return unreadable(Issue.unreadableInput("read:io", null,
                    Messages.READ_IO.text(e.getMessage())));
        }
    }

    /** Validates a JSON document given as UTF-8 bytes. */
    public ValidationReport validate(byte[] utf8) {
        return run(new JsonStreamSource(JsonSource.of(utf8), limits, trees));
    }

    /** Validates a JSON document given as text. */
    public ValidationReport validateText(String json) {
        return run(new JsonStreamSource(JsonSource.of(json), limits, trees));
    }

    /**
     * Validates a catalog document that was read from another source than JSON text, such as a
     * spreadsheet, in the same run as JSON text (the same content gives the same issues): the
     * schema, model and rules layers run on the tree, {@code readIssues} (the
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
        return run(new TreeSource(document, Locator.cells(sources), readIssues));
    }

    /**
     * Validates a catalog built in code. It is written as its canonical JSON and checked as that
     * document would be, schema included, so it gets the issues the JSON would get; they have
     * pointers but no lines.
     */
    public ValidationReport validate(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return run(new CatalogSource(catalog, trees));
    }

    private ValidationReport run(DocumentSource source) {
        return validation.run(source);
    }

    private static ValidationReport unreadable(Issue issue) {
        return ValidationReport.of(List.of(issue));
    }

    /**
     * Configures a {@link CatalogValidator}, starting from the standard configuration: every setting
     * has its default until it is set, and setting it again replaces the value. A value out of range
     * is refused when it is set, with a message naming the setting. Not thread-safe; the validator it
     * builds is.
     */
    public static final class Builder {
        private Rules.Builder rules = Rules.standard().toBuilder();
        private CodeLists codeLists = CodeLists.defaults();
        private OccupationCodes occupationCodes = OccupationCodes.defaults();
        private IndustryClasses industryClasses = IndustryClasses.defaults();
        private ReadLimits limits = ReadLimits.defaults();
        private int maxIssues = 1000;
        private int parallelism = Math.min(4, Runtime.getRuntime().availableProcessors());
        private Executor executor = DefaultExecutor.get();

        private Builder() {
        }

        /**
         * Sets the rules to run, replacing those set so far (by default {@link Rules#standard()}:
         * R1–R18 and every rule {@link java.util.ServiceLoader} finds).
         */
        public Builder rules(Rules value) {
            rules = Objects.requireNonNull(value, "rules").toBuilder();
            return this;
        }

        /**
         * Adds a rule after those set so far.
         *
         * @throws IllegalArgumentException when its id is malformed or already taken (see {@link Rules.Builder#add})
         */
        public Builder addRule(Rule rule) {
            rules.add(rule);
            return this;
        }

        /**
         * Removes the rule with the given id (e.g. to replace a standard rule).
         *
         * @throws UnknownRuleException when no rule set so far has the id
         */
        public Builder removeRule(String id) {
            rules.remove(id);
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

        /**
         * Sets the most issues a report lists (the rest are counted); default 1000.
         *
         * @throws IllegalArgumentException when {@code value} is less than 1
         */
        public Builder maxIssues(int value) {
            maxIssues = atLeastOne("maxIssues", value);
            return this;
        }

        /**
         * Sets how many positions of one document are checked side by side on the
         * {@linkplain #executor(Executor) executor} (default: the processors available, at most 4;
         * 1 checks everything on the caller's thread). Issues and their order do not depend on it.
         *
         * @throws IllegalArgumentException when {@code value} is less than 1
         */
        public Builder parallelism(int value) {
            parallelism = atLeastOne("parallelism", value);
            return this;
        }

        /**
         * Sets the executor that checks positions side by side and, while the schema compiles,
         * starts the Bean Validation engine when the validator is built. By default, a pool shared by
         * all validators, created on first use, of daemon threads (at most one per processor, at
         * least four) that end after 30 seconds without work. A validator starts no thread of its own
         * and never shuts the executor down; work the executor rejects, or has not started when its
         * result is needed, runs on the caller's thread ({@code Runnable::run} runs everything there).
         */
        public Builder executor(Executor value) {
            executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        private static int atLeastOne(String setting, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(setting + " 须至少为 1 " + setting + " must be at least 1: " + value);
            }
            return value;
        }

        /** Builds the validator, compiling the schema. */
        public CatalogValidator build() {
            return new CatalogValidator(this);
        }
    }
}
