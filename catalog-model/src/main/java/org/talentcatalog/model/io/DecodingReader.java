package org.talentcatalog.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import org.jspecify.annotations.Nullable;

/**
 * A strict decoding reader: unlike {@link java.io.InputStreamReader}, it first hands out every
 * character before a malformed byte and reports the byte on the next read, so the caller knows where
 * the bad byte is. Skips a leading U+FEFF at the start of the text. A read of n &gt; 0 characters returns at least one (a
 * surrogate pair asked for one character at a time comes in two reads). Not thread-safe.
 */
final class DecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean eof;
    private boolean flushed;
    private boolean started;
    private @Nullable CoderResult pending;
    private final CharBuffer pair = CharBuffer.allocate(2);
    private int held = -1;

    /**
     * @param in the bytes (closed with the reader)
     * @param decoder a decoder that reports what it cannot decode
     * @param atStart whether the bytes are the start of the text, where a U+FEFF is a byte order mark
     */
    DecodingReader(InputStream in, CharsetDecoder decoder, boolean atStart) {
        this.in = in;
        this.decoder = decoder;
        this.started = !atStart;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = fill(buffer, offset, length);
        if (!started && n > 0) {
            started = true;
            if (buffer[offset] == '\uFEFF') {
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                return n > 1 ? n - 1 : read(buffer, offset, length);
            }
        }
        return n;
    }

    private int fill(char[] buffer, int offset, int length) throws IOException {
        if (held >= 0) { // the low half of a pair, or a character decoded before a bad byte
            buffer[offset] = (char) held;
            held = -1;
            return 1;
        }
        if (pending != null) {
            CoderResult r = pending;
            pending = null;
            r.throwException();
        }
        if (flushed) {
            return -1;
        }
        if (length == 1) {
            return single(buffer, offset);
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.hasRemaining()) {
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                if (out.position() > offset) {
                    pending = r;
                    break;
                }
                r.throwException();
            }
            if (r.isOverflow()) {
                break;
            }
            if (eof) {
                flushed = decoder.flush(out).isUnderflow();
                break;
            }
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
        int n = out.position() - offset;
        return n == 0 && flushed ? -1 : n;
    }

    /** One character when only one is asked for: a surrogate pair is decoded whole and its low half held back. */
    private int single(char[] buffer, int offset) throws IOException {
        pair.clear();
        int n = fill(pair.array(), 0, 2);
        if (n > 0) {
            buffer[offset] = pair.get(0);
            if (n == 2) {
                held = pair.get(1);
            }
            return 1;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
