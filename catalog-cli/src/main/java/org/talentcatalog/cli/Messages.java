package org.talentcatalog.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.talentcatalog.model.Languages;
import org.talentcatalog.model.MessageKey;
import org.talentcatalog.model.io.FileReadException;

/**
 * The messages of the catalog command, keyed in {@code org/talentcatalog/cli/messages*.properties}. A constant per key, so a key used in
 * code always exists here, and a test checks every constant against the Chinese and English bundles.
 */
enum Messages implements MessageKey {
    IO_NO_SUCH_FILE("io.noSuchFile"),
    IO_CANNOT_READ("io.cannotRead"),
    FILE_NO_SUCH_FILE("file.noSuchFile"),
    FILE_IS_DIRECTORY("file.isDirectory"),
    FILE_PERMISSION_DENIED("file.permissionDenied"),
    FILE_READ_FAILED("file.readFailed"),
    FILE_NOT_A_CATALOG("file.notACatalog"),
    FILE_NOT_UTF8("file.notUtf8"),
    OPTION_CHOICES("option.choices"),
    OPTION_OR("option.or"),
    OPTION_INTEGER("option.integer"),
    OPTION_NUMBER("option.number"),
    OPTION_POSITIVE_NUMBER("option.positiveNumber"),
    OPTION_CHARSET("option.charset"),
    OPTION_CHARSET_READ_ONLY("option.charsetReadOnly"),
    OPTION_FIVE_STARS("option.fiveStars"),
    OPTION_UNKNOWN("option.unknown"),
    OPTION_NEEDS_VALUE("option.needsValue"),
    OPTION_MISSING("option.missing"),
    ARGUMENT_MISSING("argument.missing"),
    ARGUMENT_UNEXPECTED("argument.unexpected"),
    COMMAND_UNKNOWN("command.unknown"),
    RUN_OUT_OF_MEMORY("run.outOfMemory"),
    RUN_OUT_OF_MEMORY_READING("run.outOfMemoryReading"),
    RUN_UNEXPECTED("run.unexpected"),
    CODES_BLANK_QUERY("codes.blankQuery"),
    CODES_NEGATIVE_LIMIT("codes.negativeLimit"),
    CODES_NO_OCCUPATION("codes.noOccupation"),
    CODES_NO_INDUSTRY("codes.noIndustry"),
    CODES_HINT_SEPARATOR("codes.hintSeparator"),
    CODES_CLOSEST_OCCUPATION("codes.closestOccupation"),
    CODES_BROADER_OCCUPATION("codes.broaderOccupation"),
    CODES_CLOSEST_INDUSTRY("codes.closestIndustry"),
    CODES_HEADER_CODE("codes.header.code"),
    CODES_HEADER_NAME("codes.header.name"),
    CODES_HEADER_LEVEL("codes.header.level"),
    CODES_HEADER_MARKS("codes.header.marks"),
    CODES_TOTAL("codes.total"),
    CODES_TOTAL_ONE("codes.totalOne"),
    CODES_TOTAL_SHOWN("codes.totalShown"),
    CONVERT_UNWRITABLE_EXTENSION("convert.unwritableExtension"),
    CONVERT_LIST_SEPARATOR("convert.listSeparator"),
    CONVERT_LIST_LAST_SEPARATOR("convert.listLastSeparator"),
    CONVERT_ERRORS_NOT_WRITTEN("convert.errorsNotWritten"),
    CONVERT_ERRORS_FORCED("convert.errorsForced"),
    CONVERT_WROTE("convert.wrote"),
    CONVERT_UNENCODABLE("convert.unencodable"),
    CONVERT_UNENCODABLE_SOMEWHERE("convert.unencodableSomewhere"),
    DIFF_DIFFERENT_SERIES("diff.differentSeries"),
    SCORE_CATALOG_NEEDS_OUT("score.catalogNeedsOut"),
    SCORE_WARNING("score.warning");

    /** The bundle's base name. */
    public static final String BUNDLE = "org.talentcatalog.cli.messages";

    private final String key;

    Messages(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
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

    @Override
    public ResourceBundle bundle(Locale locale) {
        // Loaded on behalf of this module: works on the module path and on the class path.
        return Languages.bundle(locale, l -> ResourceBundle.getBundle(BUNDLE, l, Messages.class.getModule()));
    }
}
