package org.talentcatalog.model.io;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;

/**
 * A file could not be opened for reading because it is no regular file: a directory, a named pipe
 * (FIFO), a device or a socket. The message names the file as the caller gave it and says what it is
 * and what is expected, in Chinese ({@link #getMessage()}) and English ({@link #message(java.util.Locale)}), e.g.
 * {@code ratings.csv: 是命名管道（FIFO），不是普通文件；需要普通文件}.
 */
public final class FileReadException extends FileException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file the file that was to be read
     * @param text the whole message in Chinese and English, naming {@code file}
     * @param cause the underlying failure, or {@code null}
     */
    public FileReadException(Path file, LocalizedText text, @Nullable Throwable cause) {
        super(file, text, cause);
    }

    /** The file that was to be read, as the caller named it (the same as {@link #path()}). */
    public Path file() {
        return path();
    }
}
