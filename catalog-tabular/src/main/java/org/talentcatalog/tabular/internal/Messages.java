package org.talentcatalog.tabular.internal;

import java.util.Locale;
import java.util.ResourceBundle;
import org.talentcatalog.model.Languages;
import org.talentcatalog.model.MessageKey;

/**
 * The messages of catalog-tabular (format refusals, read, workbook, table and cell problems), keyed in {@code org/talentcatalog/tabular/messages*.properties}. A constant per key, so a key used in
 * code always exists here, and a test checks every constant against the Chinese and English bundles.
 */
public enum Messages implements MessageKey {
    FORMAT_XLS("format.xls"),
    FORMAT_ENCRYPTED("format.encrypted"),
    FORMAT_XLSB("format.xlsb"),
    FORMAT_ODS("format.ods"),
    FORMAT_DOCUMENT("format.document"),
    FORMAT_PDF("format.pdf"),
    FORMAT_HTML("format.html"),
    FORMAT_XML_SPREADSHEET("format.xmlSpreadsheet"),
    FORMAT_ZIP("format.zip"),
    FORMAT_BROKEN_ZIP("format.brokenZip"),
    FORMAT_UTF16_TEXT("format.utf16Text"),
    FORMAT_TEXT("format.text"),
    FORMAT_EMPTY("format.empty"),
    FORMAT_BINARY("format.binary"),
    FORMAT_UNKNOWN_NAME("format.unknownName"),
    FORMAT_NO_READER("format.noReader"),
    FORMAT_NO_WRITER("format.noWriter"),
    FORMAT_JSON_NOT_TABLE("format.jsonNotTable"),
    READ_IO("read.io"),
    READ_EXTENSION("read.extension"),
    READ_NO_INFO_SHEET("read.noInfoSheet"),
    READ_NOT_XLSX("read.notXlsx"),
    READ_FILE_TOO_LARGE("read.fileTooLarge"),
    READ_ENCODING("read.encoding"),
    READ_CSV_AT("read.csvAt"),
    READ_CSV_AT_LINE("read.csvAtLine"),
    READ_STREAM_TOO_LARGE("read.streamTooLarge"),
    READ_SIDE_FILE_POSITIONS("read.sideFilePositions"),
    READ_SIDE_FILE_NOT_OBJECT("read.sideFileNotObject"),
    READ_NO_SIDE_FILE("read.noSideFile"),
    READ_SIDE_FILE_PLACEHOLDER("read.sideFilePlaceholder"),
    XLSX_FILE_TOO_LARGE("xlsx.fileTooLarge"),
    XLSX_TOO_MANY_ENTRIES("xlsx.tooManyEntries"),
    XLSX_DUPLICATE_ENTRY("xlsx.duplicateEntry"),
    XLSX_INFLATES_TOO_MUCH("xlsx.inflatesTooMuch"),
    XLSX_COMPRESSION_RATIO("xlsx.compressionRatio"),
    XLSX_CELL_TOO_LARGE("xlsx.cellTooLarge"),
    XLSX_CELL_OUT_OF_SHEET("xlsx.cellOutOfSheet"),
    XLSX_ROW_OUT_OF_SHEET("xlsx.rowOutOfSheet"),
    XLSX_CORRUPT_ENTRY("xlsx.corruptEntry"),
    XLSX_NOT_WORKBOOK("xlsx.notWorkbook"),
    XLSX_MERGED_CELLS("xlsx.mergedCells"),
    XLSX_FORMULA_WITHOUT_RESULT("xlsx.formulaWithoutResult"),
    XLSX_FORMULA("xlsx.formula"),
    XLSX_ERROR_VALUE("xlsx.errorValue"),
    XLSX_NO_SHARED_STRINGS("xlsx.noSharedStrings"),
    XLSX_NO_SUCH_SHARED_STRING("xlsx.noSuchSharedString"),
    XLSX_DUPLICATE_CELL("xlsx.duplicateCell"),
    XLSX_BAD_REFERENCE("xlsx.badReference"),
    XLSX_NO_SHEET("xlsx.noSheet"),
    XLSX_NO_SHEET_PART("xlsx.noSheetPart"),
    TABLE_NO_HEADER_IN("table.noHeaderIn"),
    TABLE_NO_HEADER("table.noHeader"),
    TABLE_UNKNOWN_COLUMN("table.unknownColumn"),
    TABLE_DUPLICATE_COLUMN("table.duplicateColumn"),
    TABLE_MISSING_COLUMN("table.missingColumn"),
    TABLE_TOO_MANY_ROWS("table.tooManyRows"),
    TABLE_HEADERLESS_CELL("table.headerlessCell"),
    TABLE_CELL_TOO_LONG("table.cellTooLong"),
    TABLE_CELL_TOO_LONG_UNREAD("table.cellTooLongUnread"),
    TABLE_FIVE_STARS("table.fiveStars"),
    TABLE_RATING_UNMAPPED("table.ratingUnmapped"),
    TABLE_VALUE_WITHOUT_ITEM("table.valueWithoutItem"),
    TABLE_UNKNOWN_ITEM("table.unknownItem"),
    TABLE_UNREADABLE_ITEM("table.unreadableItem"),
    CELL_INDUSTRY("cell.industry"),
    CELL_CATEGORY("cell.category"),
    CELL_EDUCATION("cell.education"),
    CELL_EXPERIENCE("cell.experience"),
    CELL_LEVEL("cell.level"),
    CELL_LIST("cell.list"),
    CELL_SALARY("cell.salary"),
    CELL_POLICY("cell.policy"),
    CELL_NUMBER("cell.number"),
    FORMAT_NOUN("registry.format"),
    FORMAT_EXTENSION_NOUN("registry.extension"),
    FORMAT_NO_MEDIA_TYPE("registry.formatNoMediaType");

    /** The bundle's base name. */
    public static final String BUNDLE = "org.talentcatalog.tabular.messages";

    private final String key;

    Messages(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public ResourceBundle bundle(Locale locale) {
        // Loaded on behalf of this module: works on the module path and on the class path.
        return Languages.bundle(locale, l -> ResourceBundle.getBundle(BUNDLE, l, Messages.class.getModule()));
    }
}
