package org.talentcatalog.tabular;

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
    JSON(null, null),
    /** Comma-separated text. */
    CSV(null, null),
    /** An Office Open XML workbook. */
    XLSX(null, null),
    /** A legacy Excel 97-2003 workbook (an OLE2 compound file). */
    XLS("旧版 Excel 97-2003 (.xls) 文件不受支持：请在 Excel 中另存为 .xlsx 后再试",
            "legacy Excel 97-2003 (.xls) files are not supported: save the file as .xlsx in Excel and try again"),
    /** An Office file encrypted with a password (an OLE2 file holding an encrypted package). */
    ENCRYPTED("设有打开密码的加密 Office 文件无法读取：请在 Excel 中取消密码后另存为 .xlsx 再试",
            "a password-protected (encrypted) Office file cannot be read: remove the password in Excel, save as .xlsx and try again"),
    /** An Excel binary workbook ({@code xl/workbook.bin}). */
    XLSB("Excel 二进制工作簿 (.xlsb) 不受支持：请在 Excel 中另存为 .xlsx 后再试",
            "Excel binary workbooks (.xlsb) are not supported: save the file as .xlsx in Excel and try again"),
    /** An OpenDocument spreadsheet. */
    ODS("OpenDocument 电子表格 (.ods) 不受支持：请另存为 .xlsx 后再试",
            "OpenDocument spreadsheets (.ods) are not supported: save the file as .xlsx and try again"),
    /** A word-processing or presentation document (Word, PowerPoint or OpenDocument, old or new). */
    DOCUMENT("这是文字或演示文档（Word、PowerPoint 或 OpenDocument），不是目录：请提供 .xlsx、.csv 或 .json 文件",
            "this is a text or presentation document (Word, PowerPoint or OpenDocument), not a catalog: give a .xlsx, .csv or .json file"),
    /** A PDF document. */
    PDF("PDF 文件不受支持：请提供制作它的表格（.xlsx 或 .csv）或 .json 文件",
            "PDF files are not supported: give the spreadsheet it was made from (.xlsx or .csv) or a .json file"),
    /** An HTML page (what some systems export under the name {@code .xls}). */
    HTML("这是 HTML 网页（有些系统导出的 .xls 其实是网页），不受支持：请在 Excel 中打开后另存为 .xlsx 再试",
            "this is an HTML page (what some systems export as .xls), which is not supported: open it in Excel, save as .xlsx and try again"),
    /** An Excel 2003 XML spreadsheet. */
    XML_SPREADSHEET("Excel 2003 XML 表格不受支持：请在 Excel 中另存为 .xlsx 后再试",
            "Excel 2003 XML spreadsheets are not supported: save the file as .xlsx in Excel and try again"),
    /** A zip archive that is no workbook. */
    ZIP("这是 zip 压缩包，但不是 Excel 工作簿（缺少 [Content_Types].xml 或 xl/workbook.xml）：请解压后提供其中的目录文件",
            "this is a zip archive but not an Excel workbook (no [Content_Types].xml or xl/workbook.xml): extract the catalog file from it"),
    /** A file that starts as a zip archive but cannot be opened as one (cut short, damaged). */
    BROKEN_ZIP("文件已损坏：开头是 zip（.xlsx 的封装格式），但无法打开，可能下载或复制不完整",
            "the file is damaged: it starts as a zip (the container of .xlsx) but cannot be opened; was the download or copy cut short?"),
    /** Text in UTF-16 (what Excel saves as "Unicode text"). */
    UTF16_TEXT("UTF-16 编码的文本（Excel 的「Unicode 文本」）不受支持：请另存为「CSV UTF-8」或 .xlsx 后再试",
            "UTF-16 text (Excel's \"Unicode text\") is not supported: save it as \"CSV UTF-8\" or .xlsx and try again"),
    /** Text that is neither JSON nor CSV. */
    TEXT("这是纯文本，不是 XLSX 工作簿，也不是 JSON（不以 { 开头）或 CSV（首行没有逗号）",
            "this is plain text, not an XLSX workbook, nor JSON (it does not start with {) or CSV (its first line has no comma)"),
    /** An empty file (0 bytes) under a name other than {@code .json} or {@code .csv}. */
    EMPTY("文件是空的（0 字节）", "the file is empty (0 bytes)"),
    /** Binary data of no format named here. */
    BINARY("内容是二进制数据，不是 JSON、CSV 或 XLSX 文件",
            "the content is binary data, not a JSON, CSV or XLSX file");

    private final @Nullable LocalizedText refusal;

    FileFormat(@Nullable String zh, @Nullable String en) {
        this.refusal = zh == null ? null : LocalizedText.of(zh, en);
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
