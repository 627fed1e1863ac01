package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.io.FileReadException;
import org.talentcatalog.model.io.InputFiles;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.tabular.CatalogDocument;
import org.talentcatalog.tabular.CatalogFormats;
import org.talentcatalog.tabular.FiveStarMapping;
import org.talentcatalog.tabular.ReadOptions;
import org.talentcatalog.tabular.TabularException;
import org.talentcatalog.tabular.spi.CatalogFormat;

/**
 * Reading a catalog from any file the tools accept, for {@code validate}, {@code convert},
 * {@code diff} and {@code score --catalog} alike: in any format of {@link CatalogFormats#standard()}
 * (JSON, CSV, XLSX and those added on the class path), told by the content, so a misnamed file is
 * read for what it is and a legacy {@code .xls}, an ODS, a PDF or a zip that is no workbook is
 * refused with one sentence naming it. A JSON file is validated and bound as a stream
 * ({@link CatalogDocument#jsonFile()}), every other document through its tree and cell locator.
 * What goes wrong is an {@link InputError}: one line for standard error and the exit code.
 */
final class CatalogFiles {

    /** Why a file could not be read or bound: {@link #getMessage()} is the whole line for standard error. */
    static final class InputError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        InputError(String line, int exitCode) {
            super(line, null, false, false);
            this.exitCode = exitCode;
        }

        /** 2 when the file cannot be read at all, 1 when it was read but does not bind to a catalog. */
        int exitCode() {
            return exitCode;
        }
    }

    /** A command's work on catalog files, which ends in an exit code or an {@link InputError}. */
    @FunctionalInterface
    interface Work {
        int run() throws InputError, IOException;
    }

    /**
     * Runs a command's work: an {@link InputError} it ends in is said on {@code err}, in its one line,
     * and gives its exit code.
     */
    static int reporting(PrintWriter err, Work work) throws IOException {
        try {
            return work.run();
        } catch (InputError e) {
            err.println(e.getMessage());
            err.flush();
            return e.exitCode();
        }
    }

    /**
     * A file read and validated.
     *
     * @param file the file
     * @param report the validation report, reader problems of a table included
     * @param document the document it was read into
     */
    record Checked(Path file, ValidationReport report, CatalogDocument document) {
    }

    private final String command;
    private final Language lang;
    private final CatalogFormats formats = CatalogFormats.standard();
    private final ReadOptions options;

    /**
     * @param command the sub-command's name, for the messages
     * @param lang the language of the messages
     * @param fiveStars the five-star mapping of a table, or {@code null}
     * @param charset the CSV character set, or {@code null} to detect it
     */
    CatalogFiles(String command, Language lang, FiveStarMapping fiveStars, Charset charset) {
        this(command, lang, Tables.options(fiveStars, charset));
    }

    private CatalogFiles(String command, Language lang, ReadOptions options) {
        this.command = command;
        this.lang = lang;
        this.options = options;
    }

    /** Reading the positions of a table alone ({@link ReadOptions#positionsOnly()}), otherwise as this. */
    CatalogFiles positionsOnly() {
        return new CatalogFiles(command, lang, options.toBuilder().positionsOnly(true).build());
    }

    /** The format of the file, told by its content, when the tools read it. */
    CatalogFormat format(Path file) throws InputError {
        Failures.reading(file);
        if (!Files.exists(file)) {
            throw unreadable(file, Messages.FILE_NO_SUCH_FILE.format(lang.locale()));
        }
        if (Files.isDirectory(file)) {
            throw unreadable(file, Messages.FILE_IS_DIRECTORY.format(lang.locale()));
        }
        try {
            InputFiles.requireRegular(file); // a named pipe or a device: refused before anything waits on it
            return formats.forFile(file);
        } catch (FileReadException e) {
            throw new InputError("catalog " + command + ": " + e.message(lang.locale()), 2);
        } catch (TabularException e) {
            throw unreadable(file, e);
        } catch (AccessDeniedException e) {
            throw unreadable(file, Messages.FILE_PERMISSION_DENIED.format(lang.locale()));
        } catch (IOException e) {
            throw unreadable(file, Messages.FILE_READ_FAILED.format(lang.locale(), e.getMessage()));
        }
    }

    /** The file read in its format: for JSON the file itself, to be streamed. */
    CatalogDocument document(Path file) throws InputError {
        CatalogFormat format = format(file);
        try {
            return formats.read(file, format, options);
        } catch (TabularException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Reads and validates the file as {@code catalog validate} does; a table whose positions come
     * alone ({@link CatalogDocument#positionsOnly()}) is judged by its positions and its reader's
     * problems only.
     */
    Checked validate(Path file) throws InputError {
        CatalogDocument doc = document(file);
        CatalogValidator validator = CatalogValidator.standard();
        Path json = doc.jsonFile();
        if (json != null) {
            ValidationReport report = validator.validate(json);
            for (Issue i : report.issues()) {
                if (i.unreadable()) {
                    throw unreadable(file, i.message(lang.locale()));
                }
            }
            return new Checked(file, report, doc);
        }
        ValidationReport report = validator.validate(doc.tree(), doc::locate, doc.problems());
        // positions given alone: the catalog-level members were not given, so they are not judged
        ValidationReport judged = doc.positionsOnly() ? report.positionsOnly() : report;
        return new Checked(file, new ValidationReport(judged.issues().stream().map(doc::inOwnTerms).toList(),
                judged.omitted(), judged.errorCount(), judged.warningCount()), doc); // a table's issues in its own terms
    }

    /**
     * The catalog of a file {@link #validate}d, bound even when the report has errors as long as the
     * values bind (for {@code convert --force}).
     *
     * @throws InputError (exit 1) when the values do not bind to a catalog
     */
    Catalog bind(Checked checked) throws InputError {
        CatalogDocument doc = checked.document();
        Path jsonFile = doc.jsonFile();
        boolean json = jsonFile != null;
        try {
            if (jsonFile != null) {
                return CatalogJson.read(jsonFile);
            }
            return doc.hasErrors() ? CatalogJson.fromTree(doc.tree()) : doc.toCatalog();
        } catch (CatalogJsonException e) {
            Issue i = e.issue();
            throw unbound(checked.file(), json ? i : i.inCell(doc.locate(i.pointer())));
        } catch (TabularException e) {
            throw unbound(checked.file(), e.issue());
        }
    }

    /** A value that does not bind, at its cell or line and column, with its pointer. */
    private InputError unbound(Path file, Issue i) {
        String where = i.cell() != null ? place(i.cell()) : i.line() != null ? ":" + lineColumn(i) : "";
        return new InputError("catalog " + command + ": " + file + where + ": "
                + Messages.FILE_NOT_A_CATALOG.format(lang.locale(), i.message(lang.locale())
                        + (i.pointer() == null ? "" : " [" + (i.pointer().isEmpty() ? "/" : i.pointer()) + "]")), 1);
    }

    /** Reads and binds the file without the rules, as {@code catalog diff} does; a table with errors is refused. */
    Catalog read(Path file) throws InputError {
        CatalogDocument doc = document(file);
        Path json = doc.jsonFile();
        if (json != null) {
            try {
                return CatalogJson.read(json);
            } catch (CatalogJsonException e) {
                Issue i = e.issue();
                String where = (i.line() != null ? lineColumn(i) + ": " : "")
                        + (i.pointer() != null ? "[" + (i.pointer().isEmpty() ? "/" : i.pointer()) + "] " : "");
                throw new InputError("catalog " + command + ": " + file + (i.line() != null ? ":" : ": ") + where
                        + i.message(lang.locale()), 2);
            }
        }
        try {
            return doc.toCatalog();
        } catch (TabularException e) {
            throw unreadable(file, e);
        }
    }

    /** A table refused: at its cell; a value that does not bind (the model's issue) also by its pointer. */
    private InputError unreadable(Path file, TabularException e) {
        Issue i = e.issue();
        String cell = i.cell();
        boolean named = cell != null && (cell.equals(file.toString()) || file.getFileName() != null && cell.equals(file.getFileName().toString()));
        String where = named ? "" : place(cell); // the file itself is named once
        return new InputError("catalog " + command + ": " + file + where + ": " + i.message(lang.locale())
                + (i.layer() == Layer.MODEL && i.pointer() != null ? " [" + i.pointer() + "]" : ""), 2);
    }

    private InputError unreadable(Path file, String message) {
        return new InputError("catalog " + command + ": " + file + ": " + message, 2);
    }

    private static String place(String cell) {
        return cell == null ? "" : ":" + cell;
    }

    private static String lineColumn(Issue i) {
        return i.line() + (i.column() == null ? "" : ":" + i.column());
    }
}
