package org.talentcatalog.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.MessageKey;
import org.talentcatalog.model.io.FileReadException;

/**
 * The messages of the catalog command, keyed in {@code messages*.properties} beside it. A constant per key, so a key used in
 * code always exists here, and a test checks every constant against the Chinese and English bundles.
 */
enum Messages implements MessageKey {
    IO_NO_SUCH_FILE,
    IO_CANNOT_READ,
    FILE_NO_SUCH_FILE,
    FILE_IS_DIRECTORY,
    FILE_PERMISSION_DENIED,
    FILE_READ_FAILED,
    FILE_NOT_A_CATALOG,
    FILE_NOT_UTF8,
    OPTION_CHOICES,
    OPTION_OR,
    OPTION_INTEGER,
    OPTION_NUMBER,
    OPTION_POSITIVE_NUMBER,
    OPTION_CHARSET,
    OPTION_CHARSET_READ_ONLY,
    OPTION_FIVE_STARS,
    OPTION_DATE,
    OPTION_UNKNOWN,
    OPTION_NEEDS_VALUE,
    OPTION_MISSING,
    ARGUMENT_MISSING,
    ARGUMENT_UNEXPECTED,
    COMMAND_UNKNOWN,
    RUN_OUT_OF_MEMORY,
    RUN_OUT_OF_MEMORY_READING,
    RUN_UNEXPECTED,
    CODES_BLANK_QUERY,
    CODES_NEGATIVE_LIMIT,
    CODES_NO_OCCUPATION,
    CODES_NO_INDUSTRY,
    CODES_HINT_SEPARATOR,
    CODES_CLOSEST_OCCUPATION,
    CODES_BROADER_OCCUPATION,
    CODES_CLOSEST_INDUSTRY,
    CODES_HEADER_CODE,
    CODES_HEADER_NAME,
    CODES_HEADER_LEVEL,
    CODES_HEADER_MARKS,
    CODES_TOTAL,
    CODES_TOTAL_ONE,
    CODES_TOTAL_SHOWN,
    CONVERT_UNWRITABLE_EXTENSION,
    CONVERT_LIST_SEPARATOR,
    CONVERT_LIST_LAST_SEPARATOR,
    CONVERT_ERRORS_NOT_WRITTEN,
    CONVERT_ERRORS_FORCED,
    CONVERT_WROTE,
    CONVERT_UNENCODABLE,
    CONVERT_UNENCODABLE_SOMEWHERE,
    DIFF_DIFFERENT_SERIES,
    PUBLISH_FORMAT,
    PUBLISH_FONT_UNUSED,
    PUBLISH_REFUSED,
    PUBLISH_WROTE,
    SCORE_CATALOG_NEEDS_OUT,
    SCORE_WARNING,
    TEMPLATE_WROTE,
    TEMPLATE_NOT_XLSX,
    ADVANCE_REFUSED,
    ADVANCE_WROTE,
    RENEW_VERSION_NOT_LATER,
    RENEW_WROTE,
    EVALUATE_REPLICATES,
    CONSULTATION_XLSX_NEEDS_OUT,
    SCORE_CONFIDENCE_RANGE,
    SCORE_SPLIT_NEEDS_BOOTSTRAP,
    SCORE_SPLIT_SHEET,
    SCORE_SPLIT_COLUMNS,
    SCORE_SPLIT_GROUPS,
    NORMALIZE_TOP_RANGE,
    NORMALIZE_NO_COLUMN,
    NORMALIZE_NONE,
    NORMALIZE_LINE,
    NORMALIZE_LINE_POSITION,
    NORMALIZE_SUMMARY,
    NORMALIZE_SUMMARY_POSITIONS;

    /**
     * A problem of a file read as a catalog, as one line: {@code FILE[:LINE[:COLUMN]|:CELL]: message}
     * (a JSON problem at its line and column, a table problem at its cell).
     */
    static String located(Object file, Issue i, Locale locale) {
        String at = i.cell() != null ? ":" + i.cell()
                : i.line() == null ? "" : ":" + i.line() + (i.column() == null ? "" : ":" + i.column());
        return file + at + ": " + i.message(locale);
    }

    /** A one-line message for an I/O failure. */
    static String ioError(IOException e, Locale locale) {
        return e instanceof NoSuchFileException
                ? IO_NO_SUCH_FILE.format(locale, e.getMessage()) : IO_CANNOT_READ.format(locale, e.getMessage());
    }

    /**
     * A one-line message for a failure to read {@code file}, naming it: missing, not a regular file,
     * not readable, not valid text in its encoding, or the system's reason.
     */
    static String ioError(IOException e, Path file, Locale locale) {
        if (e instanceof FileReadException notRegular) {
            return notRegular.message(locale);
        }
        if (e instanceof NoSuchFileException || file == null) {
            return ioError(e, locale);
        }
        if (e instanceof CharacterCodingException) {
            return FILE_NOT_UTF8.format(locale, file);
        }
        if (e instanceof AccessDeniedException) {
            return file + ": " + FILE_PERMISSION_DENIED.format(locale);
        }
        return file + ": " + FILE_READ_FAILED.format(locale, e.getMessage());
    }
}
