package org.talentcatalog.model.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.ReadLimits;
import org.talentcatalog.model.io.FileReadException;
import org.talentcatalog.model.io.InputFiles;

/**
 * A JSON document that can be read as a stream of characters, more than once: a file, bytes or text.
 * Bytes are decoded as strict UTF-8 while they stream (an invalid byte is an error located by
 * {@link #encodingProblem()}, never a replacement character), a leading byte order mark is skipped
 * and remembered, and a file larger than the limit, or one that is no regular file (a named pipe, a
 * device: {@link InputFiles}), is refused before it is read.
 */
public abstract class JsonSource {

    private boolean hadBom;

    /** A file. */
    public static JsonSource of(Path file) {
        return new JsonSource() {
            @Override
            InputStream bytes() throws IOException {
                return InputFiles.open(file);
            }

            @Override
            void checkSize(ReadLimits limits) {
                try {
                    if (Files.isDirectory(file)) {
                        throw JsonProblems.unreadable("read:io",
                                Messages.READ_IS_DIRECTORY.text(file));
                    }
                    InputFiles.requireRegular(file); // a named pipe or a device would hang the reader
                    long size = Files.size(file);
                    if (size > limits.maxDocumentBytes()) {
                        throw tooLarge(size, limits);
                    }
                } catch (NoSuchFileException e) {
                    throw JsonProblems.unreadable("read:io",
                            Messages.READ_NO_SUCH_FILE.text(file));
                } catch (FileReadException e) {
                    throw JsonProblems.unreadable("read:io", e.text());
                } catch (IOException e) {
                    throw JsonProblems.unreadable("read:io", Messages.READ_CANNOT_READ.text(file, e.getMessage()));
                }
            }
        };
    }

    /** UTF-8 bytes. */
    public static JsonSource of(byte[] utf8) {
        return new JsonSource() {
            @Override
            InputStream bytes() {
                return new ByteArrayInputStream(utf8);
            }

            @Override
            void checkSize(ReadLimits limits) {
                if (utf8.length > limits.maxDocumentBytes()) {
                    throw tooLarge(utf8.length, limits);
                }
            }
        };
    }

    /** Text (already characters: no decoding, no byte order mark unless it starts with U+FEFF). */
    public static JsonSource of(String text) {
        return new JsonSource() {
            @Override
            InputStream bytes() {
                throw new UnsupportedOperationException("text has no bytes");
            }

            @Override
            public Reader open(ReadLimits limits) {
                boolean bom = text.startsWith("\uFEFF");
                markBom(bom);
                return new StringReader(bom ? text.substring(1) : text);
            }

            @Override
            public CatalogJsonException encodingProblem() {
                return null;
            }
        };
    }

    abstract InputStream bytes() throws IOException;

    void checkSize(ReadLimits limits) {
    }

    void markBom(boolean value) {
        hadBom = value;
    }

    /** Whether the document started with a byte order mark (known once it was opened). */
    public boolean hadBom() {
        return hadBom;
    }

    /**
     * Opens the document as characters, checking its size first.
     *
     * @throws CatalogJsonException {@code read:io} or {@code read:limit} when it cannot be read at all
     */
    public Reader open(ReadLimits limits) {
        checkSize(limits);
        try {
            BufferedInputStream in = new BufferedInputStream(bytes(), 1 << 16);
            in.mark(3);
            byte[] head = in.readNBytes(3);
            boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
            if (!bom) {
                in.reset();
            }
            markBom(bom);
            return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw JsonProblems.unreadable("read:io",
                    Messages.READ_IO.text(e.getMessage()));
        }
    }

    /**
     * After a {@link CharacterCodingException} while streaming: the first invalid byte with its line
     * and column, found by reading the bytes again.
     */
    public CatalogJsonException encodingProblem() {
        try (InputStream in = bytes()) {
            return JsonText.locateInvalidUtf8(in);
        } catch (IOException e) {
            return JsonProblems.read("read:encoding", null, null,
                    Messages.READ_ENCODING.text());
        }
    }

    /** The error for a document larger than the limit. */
    public static CatalogJsonException tooLarge(long size, ReadLimits limits) {
        return JsonProblems.unreadable("read:limit", Messages.READ_TOO_LARGE.text(size, limits.maxDocumentBytes()));
    }
}
