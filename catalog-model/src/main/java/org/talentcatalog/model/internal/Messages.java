package org.talentcatalog.model.internal;

import java.util.Locale;
import java.util.ResourceBundle;
import org.talentcatalog.model.Languages;
import org.talentcatalog.model.MessageKey;

/**
 * The messages of catalog-model (read, CSV, binding and file-writing problems), keyed in {@code org/talentcatalog/model/messages*.properties}. A constant per key, so a key used in
 * code always exists here, and a test checks every constant against the Chinese and English bundles.
 */
public enum Messages implements MessageKey {
    READ_EMPTY("read.empty"),
    READ_TRAILING_CONTENT("read.trailingContent"),
    READ_LIMIT("read.limit"),
    READ_DUPLICATE_KEY("read.duplicateKey"),
    READ_SYNTAX("read.syntax"),
    READ_IO("read.io"),
    READ_IS_DIRECTORY("read.isDirectory"),
    READ_NO_SUCH_FILE("read.noSuchFile"),
    READ_CANNOT_READ("read.cannotRead"),
    READ_ENCODING("read.encoding"),
    READ_ENCODING_BYTE("read.encodingByte"),
    READ_TOO_LARGE("read.tooLarge"),
    READ_LONE_SURROGATE("read.loneSurrogate"),
    CSV_UNCLOSED_QUOTE("csv.unclosedQuote"),
    CSV_AFTER_CLOSING_QUOTE("csv.afterClosingQuote"),
    CSV_QUOTE_IN_UNQUOTED("csv.quoteInUnquoted"),
    CSV_CELL_TOO_LONG("csv.cellTooLong"),
    CSV_QUOTED_CELL_TOO_LONG("csv.quotedCellTooLong"),
    CSV_RECORD_TOO_LONG("csv.recordTooLong"),
    CSV_TOO_MANY_COLUMNS("csv.tooManyColumns"),
    CSV_UNDECODABLE("csv.undecodable"),
    READ_FILE_IS_DIRECTORY("read.fileIsDirectory"),
    READ_NOT_REGULAR("read.notRegular"),
    READ_KIND_FIFO("read.kind.fifo"),
    READ_KIND_DEVICE("read.kind.device"),
    READ_KIND_SOCKET("read.kind.socket"),
    READ_KIND_SPECIAL("read.kind.special"),
    BIND_INTEGER_RANGE("bind.integerRange"),
    BIND_THRESHOLD_MISSING("bind.thresholdMissing"),
    BIND_DATE("bind.date"),
    BIND_UNKNOWN_MEMBER("bind.unknownMember"),
    BIND_UNKNOWN_MEMBER_NO_EXTENSIONS("bind.unknownMemberNoExtensions"),
    BIND_WRONG_TYPE("bind.wrongType"),
    BIND_UNKNOWN_CODE("bind.unknownCode"),
    BIND_TYPE_STRING("bind.type.string"),
    BIND_TYPE_INTEGER("bind.type.integer"),
    BIND_TYPE_NUMBER("bind.type.number"),
    BIND_TYPE_BOOLEAN("bind.type.boolean"),
    BIND_TYPE_ARRAY("bind.type.array"),
    BIND_TYPE_OBJECT("bind.type.object"),
    WRITE_IS_DIRECTORY("write.isDirectory"),
    WRITE_FOLDER_NOT_WRITABLE("write.folderNotWritable"),
    WRITE_FAILED("write.failed"),
    REGISTRY_BAD_NAME("registry.badName"),
    REGISTRY_NO_KIND("registry.noKind"),
    REGISTRY_NO_KEY("registry.noKey"),
    REGISTRY_DUPLICATE("registry.duplicate"),
    REGISTRY_CANNOT_LOAD("registry.cannotLoad"),
    WRITE_FOLDER_MISSING("write.folderMissing"),
    WRITE_NOT_A_FOLDER("write.notAFolder"),
    WRITE_CANNOT_CREATE("write.cannotCreate"),
    WRITE_FIRST_RESTORED("write.firstRestored"),
    WRITE_FIRST_NOT_RESTORED("write.firstNotRestored"),
    WRITE_FIRST_NOT_RESTORED_KEPT("write.firstNotRestoredKept"),
    RENAME_SAME_NAME("rename.sameName"),
    RENAME_SAME_OCCUPATION_CODE("rename.sameOccupationCode"),
    RENAME_SIMILARITY("rename.similarity"),
    RENAME_SEPARATOR("rename.separator"),
    DIFF_DUPLICATE_IDS("diff.duplicateIds"),
    DIFF_MORE_IDS("diff.moreIds"),
    DIFF_WITHOUT_ID("diff.withoutId"),
    DIFF_ID_SEPARATOR("diff.idSeparator"),
    DIFF_PART_SEPARATOR("diff.partSeparator"),
    DIFF_OLDER("diff.older"),
    DIFF_NEWER("diff.newer"),
    DIFF_EDITION_SEPARATOR("diff.editionSeparator"),
    DIFF_PAIRED_BY_ORDER("diff.pairedByOrder");

    /** The bundle's base name. */
    public static final String BUNDLE = "org.talentcatalog.model.messages";

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
