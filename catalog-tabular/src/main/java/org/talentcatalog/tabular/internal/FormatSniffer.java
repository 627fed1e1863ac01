package org.talentcatalog.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.talentcatalog.model.io.InputFiles;
import org.talentcatalog.tabular.FileFormat;

/**
 * Tells a file's {@link FileFormat} from its first bytes, a zip's entry names and an OLE2 file's
 * stream names; see {@link FileFormat#detect}. Stateless.
 */
public final class FormatSniffer {

    /** How many bytes of a file's start the detection looks at. */
    public static final int HEAD = 8192;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final String ODF = "application/vnd.oasis.opendocument.";

    private FormatSniffer() {
    }

    /** The format of the file's content. */
    public static FileFormat sniff(Path file) throws IOException {
        return sniff(file, head(file));
    }

    /** The format of the file's content, given its first {@link #HEAD} bytes (fewer for a short file). */
    public static FileFormat sniff(Path file, byte[] head) throws IOException {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6 || head[2] == 7 && head[3] == 8)) {
            return zip(file);
        }
        if (startsWith(head, OLE2)) {
            return ole(OleNames.of(file));
        }
        if (startsWith(head, PDF)) {
            return FileFormat.PDF;
        }
        if (head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
            return FileFormat.UTF16_TEXT;
        }
        for (byte b : head) {
            if (b == 0) {
                return FileFormat.BINARY;
            }
        }
        return text(head, extension(file));
    }

    private static FileFormat text(byte[] head, String extension) {
        int start = startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        while (start < head.length && (head[start] == ' ' || head[start] == '\t' || head[start] == '\r' || head[start] == '\n')) {
            start++;
        }
        if (start < head.length && (head[start] == '{' || head[start] == '[')) {
            return FileFormat.JSON;
        }
        if (start < head.length && head[start] == '<') {
            String markup = new String(head, start, head.length - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            if (markup.contains("urn:schemas-microsoft-com:office:spreadsheet") || markup.contains("progid=\"excel.sheet\"")) {
                return FileFormat.XML_SPREADSHEET;
            }
            if (markup.contains("<html") || markup.contains("<table") || markup.contains("<!doctype html")) {
                return FileFormat.HTML;
            }
        }
        if (extension.equals("json")) {
            return FileFormat.JSON;
        }
        if (extension.equals("csv")) {
            return FileFormat.CSV;
        }
        if (head.length == 0) {
            return FileFormat.EMPTY;
        }
        for (int i = start; i < head.length && head[i] != '\n' && head[i] != '\r'; i++) {
            if (head[i] == ',') {
                return FileFormat.CSV;
            }
        }
        return FileFormat.TEXT;
    }

    private static FileFormat zip(Path file) throws IOException {
        ZipFile opened;
        try {
            opened = new ZipFile(file.toFile());
        } catch (IOException e) { // the head was read, so it is the zip structure that fails (ZipException, EOFException)
            return FileFormat.BROKEN_ZIP;
        }
        try (ZipFile zip = opened) {
            if (zip.getEntry("xl/workbook.xml") != null && zip.getEntry("[Content_Types].xml") != null) {
                return FileFormat.XLSX;
            }
            if (zip.getEntry("xl/workbook.bin") != null) {
                return FileFormat.XLSB;
            }
            if (zip.getEntry("word/document.xml") != null || zip.getEntry("ppt/presentation.xml") != null) {
                return FileFormat.DOCUMENT;
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String type;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    type = new String(in.readNBytes(128), StandardCharsets.US_ASCII).strip();
                } catch (IOException e) { // a damaged entry
                    return FileFormat.ZIP;
                }
                if (type.equals(ODF + "spreadsheet") || type.equals(ODF + "spreadsheet-template")) {
                    return FileFormat.ODS;
                }
                if (type.startsWith(ODF)) {
                    return FileFormat.DOCUMENT;
                }
            }
            return FileFormat.ZIP;
        }
    }

    private static FileFormat ole(Set<String> names) {
        if (names.contains("EncryptedPackage")) {
            return FileFormat.ENCRYPTED;
        }
        if (names.contains("Workbook") || names.contains("Book")) {
            return FileFormat.XLS;
        }
        if (names.contains("WordDocument") || names.contains("PowerPoint Document")) {
            return FileFormat.DOCUMENT;
        }
        return FileFormat.XLS; // a damaged or unusual compound file: a spreadsheet is the likely intent
    }

    /** The first {@link #HEAD} bytes of the file, fewer for a short file. */
    public static byte[] head(Path file) throws IOException {
        try (InputStream in = InputFiles.open(file)) { // a named pipe or a device is refused, not waited on
            return in.readNBytes(HEAD);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
