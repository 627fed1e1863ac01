package org.talentcatalog.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The character set of a text file from a spreadsheet, UTF-8 or GB18030, and a strict reader for it.
 *
 * <p>The rule: a file is UTF-8 unless a byte that is not valid UTF-8 comes before its
 * {@value #DECIDING_CHARACTERS}th non-ASCII character and within {@value #DECIDING_BYTES} bytes of its
 * first non-ASCII byte; then it is GB18030, what Chinese Windows Excel saves as "CSV" (with or without
 * GB18030's byte order mark, which is not valid UTF-8). Chinese text in GB18030 is practically never
 * valid UTF-8 for more than a few characters, so it is recognised at once; a file that is all ASCII or
 * starts with a UTF-8 byte order mark and valid text is UTF-8. Detection reads no further than the
 * rule needs; {@link #reader(InputStream)} detects while it decodes, in one pass. A UTF-8 file damaged further on stays UTF-8, so reading it fails at the damaged bytes
 * instead of decoding the whole file as GB18030 mojibake.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextEncoding {

    /** The GB18030 character set. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** How many valid non-ASCII UTF-8 characters make a file UTF-8. */
    public static final int DECIDING_CHARACTERS = 64;

    /** How many bytes from the first non-ASCII byte on decide the character set at most. */
    public static final int DECIDING_BYTES = 1 << 20;

    private TextEncoding() {
    }

    /**
     * Detects the character set of a stream by the rule above.
     *
     * @param in the bytes from the first one (read only as far as the rule needs; not closed)
     * @return UTF-8 or GB18030
     * @throws IOException if reading fails
     */
    public static Charset detect(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            int i = 0;
            while (i < n && buffer[i] >= 0) {
                i++;
            }
            if (i < n) {
                return decide(buffer, i, n, in, null);
            }
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * The rule from the first non-ASCII byte on: {@code buffer[from, n)} holds the bytes read so far,
     * starting with that byte; more are read from {@code in} as the rule needs. Every byte taken from
     * {@code buffer} or {@code in} is copied to {@code keep} (when given), so that a reader can decode
     * them afterwards: at most {@value #DECIDING_BYTES} bytes and one buffer more.
     */
    static Charset decide(byte[] buffer, int from, int n, InputStream in, @Nullable OutputStream keep) throws IOException {
        Utf8Check check = new Utf8Check();
        long checked = 0;
        int start = from;
        int end = n;
        while (true) {
            if (keep != null) {
                keep.write(buffer, start, end - start);
            }
            for (int i = start; i < end; i++) {
                if (!check.accept(buffer[i])) {
                    return GB18030;
                }
                if (check.characters >= DECIDING_CHARACTERS || ++checked >= DECIDING_BYTES && check.atBoundary()) {
                    return StandardCharsets.UTF_8;
                }
            }
            end = in.read(buffer);
            if (end < 0) {
                return check.atBoundary() ? StandardCharsets.UTF_8 : GB18030;
            }
            start = 0;
        }
    }

    /**
     * Detects the character set of a file by the rule above.
     *
     * @param file the file
     * @return UTF-8 or GB18030
     * @throws IOException if the file cannot be read; a {@link FileReadException} when it is no
     *     regular file ({@link InputFiles})
     */
    public static Charset detect(Path file) throws IOException {
        try (InputStream in = InputFiles.open(file)) {
            return detect(in);
        }
    }

    /**
     * Opens a file in its detected character set, as {@link #reader(InputStream)} reads it.
     *
     * @param file the file
     * @return the reader; the caller closes it
     * @throws IOException if the file cannot be opened; a {@link FileReadException} when it is no
     *     regular file ({@link InputFiles})
     */
    public static Reader open(Path file) throws IOException {
        return reader(InputFiles.open(file));
    }

    /**
     * A strict reader of a stream in the character set the rule above detects, in one pass: ASCII is
     * the same in both character sets, so the reader hands it out as it comes and decides at the
     * first non-ASCII byte, holding at most the {@value #DECIDING_BYTES} bytes the rule reads ahead.
     * Input that never decides (all ASCII, or endless) is read as UTF-8 without being held. A leading
     * byte order mark is skipped; bytes that do not decode are reported as by
     * {@link #reader(InputStream, Charset)}.
     *
     * @param in the bytes (closed with the reader)
     * @return the reader; not thread-safe
     */
    public static Reader reader(InputStream in) {
        return new DetectingReader(in);
    }

    /**
     * A strict reader of a stream in a character set: a leading byte order mark (U+FEFF) is skipped;
     * a byte sequence that does not decode is reported as a
     * {@link java.nio.charset.CharacterCodingException} by the read after the one that returned the
     * last good character, so the caller's position is that of the bad bytes. Unbuffered beyond its
     * own 64 KiB of bytes: read in large blocks.
     *
     * @param in the bytes (closed with the reader)
     * @param charset the character set
     * @return the reader; not thread-safe
     */
    public static Reader reader(InputStream in, Charset charset) {
        return new DecodingReader(in, decoder(charset), true);
    }

    /** A decoder that reports bytes it cannot decode. */
    static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Strict UTF-8 validation (Unicode Table 3-7: no overlong forms, surrogates or values above U+10FFFF), a byte at a time. */
    private static final class Utf8Check {
        private int characters;
        private int need;
        private int low = 0x80;
        private int high = 0xBF;

        boolean accept(byte value) {
            int b = value & 0xFF;
            if (need > 0) {
                if (b < low || b > high) {
                    return false;
                }
                need--;
                low = 0x80;
                high = 0xBF;
                if (need == 0) {
                    characters++;
                }
                return true;
            }
            if (b < 0x80) {
                return true;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            return true;
        }

        boolean atBoundary() {
            return need == 0;
        }
    }
}
