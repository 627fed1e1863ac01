package org.talentcatalog.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.ReadLimits;

/**
 * The bytes of a document decoded as strict UTF-8, within the size limit.
 *
 * <p>Decoding to characters first makes every later column a character column (not a byte offset),
 * and an invalid byte is reported at its own line and column instead of being replaced silently.
 *
 * @param text the decoded text, without a byte order mark
 * @param hadBom whether the bytes started with a UTF-8 byte order mark
 */
public record JsonText(String text, boolean hadBom) {

    /** Reads a file within the limits (missing files, directories and oversized files refused first). */
    public static JsonText read(Path path, ReadLimits limits) {
        JsonSource.of(path).checkSize(limits);
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, limits);
        } catch (IOException e) {
            throw JsonProblems.unreadable("read:io", Messages.READ_CANNOT_READ.text(path, e.getMessage()));
        }
    }

    /** Reads a stream to its end within the limits; the stream is not closed. */
    public static JsonText read(InputStream in, ReadLimits limits) throws IOException {
        long max = limits.maxDocumentBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw JsonSource.tooLarge(bytes.length, limits);
        }
        return decode(bytes);
    }

    /** Decodes bytes as strict UTF-8. */
    public static JsonText decode(byte[] bytes) {
        int offset = 0;
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        if (bom) {
            offset = 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return new JsonText(chars.toString(), bom);
        } catch (CharacterCodingException e) {
            throw invalidUtf8(bytes, offset);
        }
    }

    /** Finds the first invalid byte of a stream (after an optional BOM) with its line and column. */
    static CatalogJsonException locateInvalidUtf8(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return invalidUtf8(bytes, start);
    }

    /** Finds the first invalid byte and reports its line and (character) column. */
    private static CatalogJsonException invalidUtf8(byte[] bytes, int start) {
        int line = 1;
        int column = 1;
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            boolean ok = len > 0 && i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok && len > 1) {
                ok = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, i, len), CharBuffer.allocate(2), true).isUnderflow();
            }
            if (!ok) {
                String hex = String.format("0x%02X", b);
                return JsonProblems.read("read:encoding", JsonProblems.known(line), JsonProblems.known(column),
                        Messages.READ_ENCODING_BYTE.text(hex));
            }
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column += len == 4 ? 2 : 1;
            }
            i += len;
        }
        return JsonProblems.read("read:encoding", JsonProblems.known(line), JsonProblems.known(column),
                Messages.READ_ENCODING.text());
    }
}
