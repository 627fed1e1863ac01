package org.talentcatalog.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a stream in the character set {@link TextEncoding}'s rule detects, in one pass: ASCII bytes,
 * which both character sets read alike, are handed out as they come; at the first other byte the
 * rule decides (reading ahead as far as it needs, and keeping those bytes) and a strict decoder takes
 * over from there. So an endless or huge ASCII input is never held or scanned twice. Not thread-safe.
 */
final class DetectingReader extends Reader {

    private final InputStream in;
    private final byte[] bytes = new byte[1 << 16];
    private int pos;
    private int length;
    private boolean handedOut;
    private @Nullable Reader decoded;
    private Charset charset = StandardCharsets.UTF_8;

    DetectingReader(InputStream in) {
        this.in = in;
    }

    /** The character set: UTF-8 until a non-ASCII byte has decided it. */
    Charset charset() {
        return charset;
    }

    @Override
    public int read(char[] buffer, int offset, int n) throws IOException {
        Reader reader = decoded;
        if (reader != null) {
            return reader.read(buffer, offset, n);
        }
        if (n == 0) {
            return 0;
        }
        if (pos == length) {
            length = in.read(bytes);
            pos = 0;
            if (length < 0) {
                length = 0;
                return -1;
            }
        }
        int i = pos;
        int end = Math.min(length, pos + n);
        int k = offset;
        while (i < end && bytes[i] >= 0) {
            buffer[k++] = (char) bytes[i++];
        }
        if (i > pos) {
            pos = i;
            handedOut = true;
            return k - offset;
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        charset = TextEncoding.decide(bytes, pos, length, in, kept);
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(kept.toByteArray()), in);
        reader = new DecodingReader(rest, TextEncoding.decoder(charset), !handedOut);
        decoded = reader;
        return reader.read(buffer, offset, n);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
