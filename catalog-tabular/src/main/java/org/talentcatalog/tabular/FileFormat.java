package org.talentcatalog.tabular;

import org.talentcatalog.tabular.internal.Messages;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.tabular.internal.FormatSniffer;

/**
 * What a file holds, told by its content: the three formats a catalog is exchanged in ({@link #JSON},
 * {@link #CSV}, {@link #XLSX}) and the files people commonly mistake for them, each with one sentence
 * that names it and says what to do ({@link #refusal()}).
 *
 * <p>{@link #detect(Path)} looks at the first bytes (zip, OLE2, {@code %PDF}, byte order marks, NUL
 * bytes, markup) and, for a zip, at the entry names ({@code [Content_Types].xml} with
 * {@code xl/workbook.xml} is a workbook; ODS has the OpenDocument {@code mimetype}). A text file is
 * JSON when it starts with <code>{</code> or <code>[</code>; otherwise the extension {@code .json} or
 * {@code .csv} decides, and a text under any other name (say an {@code .xlsx} that is really a CSV
 * export) is CSV when its first line has a comma. So a
 * {@code .json} file that is really a workbook is read as one, and a {@code .xls} file that is really
 * a web page is named as such instead of failing to decode.
 *
 * <p>This is the detection {@link CatalogFormats#forFile} builds on: the built-in formats
 * {@code json}, {@code csv} and {@code xlsx} recognise what it tells, any format may look at it
 * ({@link org.talentcatalog.tabular.spi.FileHead#detected()}), and a file no registered format
 * recognises is refused with its {@link #refusal()}.
 *
 * <pre>{@code
 * FileFormat f = FileFormat.detect(Path.of("export.xls"));
 * if (!f.supported()) {
 *     System.err.println(f.refusal().zh());   // 旧版 Excel 97-2003 (.xls) 文件不受支持：请在 Excel 中另存为 .xlsx 后再试
 * }
 * }</pre>
 */
public enum FileFormat {
    /** A JSON document. */
    JSON(null),
    /** Comma-separated text. */
    CSV(null),
    /** An Office Open XML workbook. */
    XLSX(null),
    /** A legacy Excel 97-2003 workbook (an OLE2 compound file). */
    XLS(Messages.FORMAT_XLS),
    /** An Office file encrypted with a password (an OLE2 file holding an encrypted package). */
    ENCRYPTED(Messages.FORMAT_ENCRYPTED),
    /** An Excel binary workbook ({@code xl/workbook.bin}). */
    XLSB(Messages.FORMAT_XLSB),
    /** An OpenDocument spreadsheet. */
    ODS(Messages.FORMAT_ODS),
    /** A word-processing or presentation document (Word, PowerPoint or OpenDocument, old or new). */
    DOCUMENT(Messages.FORMAT_DOCUMENT),
    /** A PDF document. */
    PDF(Messages.FORMAT_PDF),
    /** An HTML page (what some systems export under the name {@code .xls}). */
    HTML(Messages.FORMAT_HTML),
    /** An Excel 2003 XML spreadsheet. */
    XML_SPREADSHEET(Messages.FORMAT_XML_SPREADSHEET),
    /** A zip archive that is no workbook. */
    ZIP(Messages.FORMAT_ZIP),
    /** A file that starts as a zip archive but cannot be opened as one (cut short, damaged). */
    BROKEN_ZIP(Messages.FORMAT_BROKEN_ZIP),
    /** Text in UTF-16 (what Excel saves as "Unicode text"). */
    UTF16_TEXT(Messages.FORMAT_UTF16_TEXT),
    /** Text that is neither JSON nor CSV. */
    TEXT(Messages.FORMAT_TEXT),
    /** An empty file (0 bytes) under a name other than {@code .json} or {@code .csv}. */
    EMPTY(Messages.FORMAT_EMPTY),
    /** Binary data of no format named here. */
    BINARY(Messages.FORMAT_BINARY);

    private final @Nullable LocalizedText refusal;

    FileFormat(Messages refusal) {
        this.refusal = refusal == null ? null : refusal.text();
    }

    /**
     * What the file holds. Reads at most the first 8 KiB, and for a zip its central directory and at
     * most 128 bytes of one entry, so it is quick and bounded on any file.
     *
     * @throws IOException when the file cannot be read
     */
    public static FileFormat detect(Path file) throws IOException {
        return FormatSniffer.sniff(file);
    }

    /** Whether the tools read it: {@link #JSON}, {@link #CSV} or {@link #XLSX}. */
    public boolean supported() {
        return refusal == null;
    }

    /**
     * One sentence in Chinese and English that names an unsupported format and says what to do.
     *
     * @throws IllegalStateException for a supported format
     */
    public LocalizedText refusal() {
        if (refusal == null) {
            throw new IllegalStateException(name() + " is supported");
        }
        return refusal;
    }
}
