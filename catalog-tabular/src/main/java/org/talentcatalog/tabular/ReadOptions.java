package org.talentcatalog.tabular;

import java.nio.charset.Charset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.ReadLimits;

/**
 * How catalog files are read, for every {@link org.talentcatalog.tabular.spi.CatalogFormat}: the
 * CSV character set (detected unless given), the five-star mapping of a table, the limits of tables
 * and of JSON, the code lists whose names a table may use, and whether a table's positions are read
 * alone. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder().csvCharset(Charset.forName("GB18030")).build();
 * CatalogDocument doc = CatalogFormats.standard().read(Path.of("export.csv"), options);
 * }</pre>
 */
public final class ReadOptions {

    private static final ReadOptions DEFAULTS = builder().build();

    private final @Nullable Charset csvCharset;
    private final @Nullable FiveStarMapping fiveStarMapping;
    private final TableLimits limits;
    private final ReadLimits jsonLimits;
    private final CodeLists codeLists;
    private final boolean positionsOnly;

    private ReadOptions(Builder b) {
        this.csvCharset = b.csvCharset;
        this.fiveStarMapping = b.fiveStarMapping;
        this.limits = b.limits;
        this.jsonLimits = b.jsonLimits;
        this.codeLists = b.codeLists;
        this.positionsOnly = b.positionsOnly;
    }

    /** Character set detected, no five-star mapping, default limits and code lists. */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return builder().csvCharset(csvCharset).fiveStarMapping(fiveStarMapping).limits(limits).jsonLimits(jsonLimits)
                .codeLists(codeLists).positionsOnly(positionsOnly);
    }

    /** The character set of CSV files; {@code null}: detected (UTF-8 with or without BOM, or GB18030). */
    public @Nullable Charset csvCharset() {
        return csvCharset;
    }

    /** How a five-star table maps to three levels; {@code null}: five-star cells are errors. */
    public @Nullable FiveStarMapping fiveStarMapping() {
        return fiveStarMapping;
    }

    /** The limits on what a table reader accepts. */
    public TableLimits limits() {
        return limits;
    }

    /** The limits on JSON text: a JSON catalog and a CSV file's side file. */
    public ReadLimits jsonLimits() {
        return jsonLimits;
    }

    /** The code lists whose industry names a table may use. */
    public CodeLists codeLists() {
        return codeLists;
    }

    /**
     * Whether only the positions are read: a table's 目录信息 sheet or CSV side file is not read nor
     * asked for ({@link CatalogDocument#positionsOnly()}), for a vendor who delivers the rows alone.
     * A JSON file is read whole either way.
     */
    public boolean positionsOnly() {
        return positionsOnly;
    }

    /** Collects options. Not thread-safe; what it builds is. */
    public static final class Builder {
        private @Nullable Charset csvCharset;
        private @Nullable FiveStarMapping fiveStarMapping;
        private TableLimits limits = TableLimits.defaults();
        private ReadLimits jsonLimits = ReadLimits.defaults();
        private CodeLists codeLists = CodeLists.defaults();
        private boolean positionsOnly;

        private Builder() {
        }

        /** The CSV character set; {@code null}: detect it. */
        public Builder csvCharset(@Nullable Charset value) {
            csvCharset = value;
            return this;
        }

        /** The five-star mapping; {@code null}: none. */
        public Builder fiveStarMapping(@Nullable FiveStarMapping value) {
            fiveStarMapping = value;
            return this;
        }

        /** The table limits. */
        public Builder limits(TableLimits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** The JSON limits. */
        public Builder jsonLimits(ReadLimits value) {
            jsonLimits = Objects.requireNonNull(value, "jsonLimits");
            return this;
        }

        /** The code lists. */
        public Builder codeLists(CodeLists value) {
            codeLists = Objects.requireNonNull(value, "codeLists");
            return this;
        }

        /** Whether only the positions of a table are read (default: no, the catalog-level members too). */
        public Builder positionsOnly(boolean value) {
            positionsOnly = value;
            return this;
        }

        /** The options. */
        public ReadOptions build() {
            return new ReadOptions(this);
        }
    }
}
