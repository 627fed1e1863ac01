package org.talentcatalog.model.io;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;

/**
 * A file could not be written: its folder is missing or not writable, it is a directory, the disk is
 * full. The message names the file the caller asked for (never a temporary file) and says why, in
 * Chinese ({@link #getMessage()}) and English ({@link #message(java.util.Locale)}).
 */
public final class FileWriteException extends FileException {

    private static final long serialVersionUID = 1L;

    /**
     * @param target the file that was to be written
     * @param text the whole message in Chinese and English, naming {@code target}
     * @param cause the underlying failure, or {@code null}
     */
    public FileWriteException(Path target, LocalizedText text, @Nullable Throwable cause) {
        super(target, text, cause);
    }

    /** The file that was to be written, as the caller named it (the same as {@link #path()}). */
    public Path target() {
        return path();
    }
}
