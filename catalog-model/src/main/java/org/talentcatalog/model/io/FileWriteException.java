package org.talentcatalog.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;

/**
 * A file could not be written: its folder is missing or not writable, it is a directory, the disk is
 * full. The message names the file the caller asked for (never a temporary file) and says why, in
 * Chinese ({@link #getMessage()}) and English ({@link #message(Locale)}).
 */
public final class FileWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path target;
    private final transient LocalizedText text;

    /**
     * @param target the file that was to be written
     * @param text the whole message in Chinese and English, naming {@code target}
     * @param cause the underlying failure, or {@code null}
     */
    public FileWriteException(Path target, LocalizedText text, @Nullable Throwable cause) {
        super(Objects.requireNonNull(text, "text").zh(), cause);
        this.target = Objects.requireNonNull(target, "target");
        this.text = text;
    }

    /** The file that was to be written, as the caller named it. */
    public Path target() {
        return target;
    }

    /** The message in Chinese and English. */
    public LocalizedText text() {
        return text;
    }

    /** The message in Chinese, or in English for an English locale. */
    public String message(Locale locale) {
        return text.in(locale);
    }
}
