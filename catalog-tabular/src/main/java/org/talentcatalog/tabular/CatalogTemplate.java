package org.talentcatalog.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.io.AtomicFiles;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.tabular.internal.TemplateBook;

/**
 * An XLSX workbook to fill in by hand (docs/filling-tables.md, "Template"): the positions sheet (岗位 or
 * Positions) with its headers and one example row, the 目录信息 (Catalog) sheet with every item of a
 * catalog of one kind, its example value and its meaning, a 填写说明 (Instructions) sheet, and a
 * 选项 (Lists) sheet holding the closed vocabularies — industries, job categories, education,
 * shortage levels, policies, kinds, levels, statuses, programme types — that drop-down lists
 * (Excel data validation, warning style, so other accepted wordings may still be typed) offer in
 * their cells. Read back, the workbook is the {@link #example()} catalog. Immutable and thread-safe.
 *
 * <pre>{@code
 * CatalogTemplate.of(CatalogKind.INDUSTRY, HeaderLanguage.CHINESE).write(Path.of("目录模板.xlsx"));
 * }</pre>
 */
public final class CatalogTemplate {

    private final CatalogKind kind;
    private final HeaderLanguage language;
    private final CodeLists codeLists;

    private CatalogTemplate(CatalogKind kind, HeaderLanguage language, CodeLists codeLists) {
        this.kind = kind;
        this.language = language;
        this.codeLists = codeLists;
    }

    /** The template of a catalog kind with headers and labels in a language, industries from the default code lists. */
    public static CatalogTemplate of(CatalogKind kind, HeaderLanguage language) {
        return new CatalogTemplate(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(language, "language"),
                CodeLists.defaults());
    }

    /** This template with the industries of other code lists in its drop-down lists. */
    public CatalogTemplate withCodeLists(CodeLists value) {
        return new CatalogTemplate(kind, language, Objects.requireNonNull(value, "codeLists"));
    }

    /** The catalog kind. */
    public CatalogKind kind() {
        return kind;
    }

    /** The language of headers, labels and instructions. */
    public HeaderLanguage language() {
        return language;
    }

    /** The example the template holds: a draft catalog of its kind with one position, valid as it is. */
    public Catalog example() {
        String name = "internal/template-" + kind.name().toLowerCase(Locale.ROOT) + ".json";
        try (InputStream in = CatalogTemplate.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return CatalogJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the workbook to a stream, which is not closed. */
    public void write(OutputStream out) throws IOException {
        TemplateBook.write(CatalogJson.toTree(example()), kind, language == HeaderLanguage.ENGLISH, codeLists, out);
    }

    /**
     * Writes the workbook to a file atomically (a temporary file in the same folder, then a move),
     * replacing an existing file as {@link CatalogTables#write} does.
     *
     * @throws FileWriteException when the file cannot be written; it is then unchanged
     */
    public void write(Path file) throws FileWriteException {
        AtomicFiles.write(file, this::write);
    }
}
