package org.talentcatalog.tabular.spi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.talentcatalog.tabular.FileFormat;
import org.talentcatalog.tabular.internal.FormatSniffer;

/**
 * The start of a file, for {@link CatalogFormat#recognizes}: its first bytes (at most
 * {@link #MAX_BYTES}), its name's extension, and what the built-in detection tells
 * ({@link #detected()}: JSON, CSV, XLSX or one of the look-alikes it names, see
 * {@link FileFormat#detect}). Immutable.
 */
public final class FileHead {

    /** How many bytes of the file's start a head holds at most. */
    public static final int MAX_BYTES = FormatSniffer.HEAD;

    private final Path path;
    private final byte[] bytes;
    private final FileFormat detected;

    private FileHead(Path path, byte[] bytes, FileFormat detected) {
        this.path = path;
        this.bytes = bytes;
        this.detected = detected;
    }

    /**
     * Reads the head of a file: at most {@link #MAX_BYTES} bytes, and for a zip or OLE2 file its
     * directory, so it is quick and bounded on any file.
     *
     * @throws IOException when the file cannot be read
     */
    public static FileHead of(Path file) throws IOException {
        byte[] head = FormatSniffer.head(Objects.requireNonNull(file, "file"));
        return new FileHead(file, head, FormatSniffer.sniff(file, head));
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /** The first bytes (a copy): the whole file when it is shorter than {@link #MAX_BYTES}. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file name's extension after the last dot, lower case; {@code ""} when there is none. */
    public String extension() {
        Path name = path.getFileName();
        String n = name == null ? "" : name.toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** What the built-in detection tells the content is. */
    public FileFormat detected() {
        return detected;
    }

    /**
     * The head as UTF-8 text without a byte order mark (an invalid or cut sequence becomes
     * {@code U+FFFD}), for text formats to look at.
     */
    public String text() {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        return new String(Arrays.copyOfRange(bytes, start, bytes.length), StandardCharsets.UTF_8);
    }

    /** The first line of {@link #text()}, without its line break (all of it when there is none within the head). */
    public String firstLine() {
        String text = text();
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    @Override
    public String toString() {
        return "FileHead[" + path + ", " + bytes.length + " bytes, " + detected + "]";
    }
}
