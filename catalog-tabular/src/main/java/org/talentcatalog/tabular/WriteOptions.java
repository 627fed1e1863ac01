package org.talentcatalog.tabular;

import java.nio.charset.Charset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.CodeLists;

/**
 * How catalog files are written, for every {@link org.talentcatalog.tabular.spi.CatalogFormat}: the
 * language of a table's headers and labels, how shortage levels are written, the CSV character set
 * and the code lists whose names a table uses. JSON is always the canonical form. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * WriteOptions options = WriteOptions.builder().headers(HeaderLanguage.ENGLISH).levelStyle(LevelStyle.STARS).build();
 * CatalogFormats.standard().write(catalog, Path.of("catalog.xlsx"), options);
 * }</pre>
 */
public final class WriteOptions {

    private static final WriteOptions DEFAULTS = builder().build();

    private final HeaderLanguage headers;
    private final LevelStyle levelStyle;
    private final @Nullable Charset csvCharset;
    private final CodeLists codeLists;

    private WriteOptions(Builder b) {
        this.headers = b.headers;
        this.levelStyle = b.levelStyle;
        this.csvCharset = b.csvCharset;
        this.codeLists = b.codeLists;
    }

    /** Chinese headers, levels in words, CSV as UTF-8 with a byte order mark, default code lists. */
    public static WriteOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return builder().headers(headers).levelStyle(levelStyle).csvCharset(csvCharset).codeLists(codeLists);
    }

    /** The language of a table's headers and labels. */
    public HeaderLanguage headers() {
        return headers;
    }

    /** How a table writes the shortage level. */
    public LevelStyle levelStyle() {
        return levelStyle;
    }

    /** The character set of CSV files; {@code null}: UTF-8 with a byte order mark (which Excel needs). */
    public @Nullable Charset csvCharset() {
        return csvCharset;
    }

    /** The code lists whose industry names a table uses. */
    public CodeLists codeLists() {
        return codeLists;
    }

    /** Collects options. Not thread-safe; what it builds is. */
    public static final class Builder {
        private HeaderLanguage headers = HeaderLanguage.CHINESE;
        private LevelStyle levelStyle = LevelStyle.WORDS;
        private @Nullable Charset csvCharset;
        private CodeLists codeLists = CodeLists.defaults();

        private Builder() {
        }

        /** The header language. */
        public Builder headers(HeaderLanguage value) {
            headers = Objects.requireNonNull(value, "headers");
            return this;
        }

        /** The level style. */
        public Builder levelStyle(LevelStyle value) {
            levelStyle = Objects.requireNonNull(value, "levelStyle");
            return this;
        }

        /** The CSV character set; {@code null}: UTF-8 with a byte order mark. */
        public Builder csvCharset(@Nullable Charset value) {
            csvCharset = value;
            return this;
        }

        /** The code lists. */
        public Builder codeLists(CodeLists value) {
            codeLists = Objects.requireNonNull(value, "codeLists");
            return this;
        }

        /** The options. */
        public WriteOptions build() {
            return new WriteOptions(this);
        }
    }
}
