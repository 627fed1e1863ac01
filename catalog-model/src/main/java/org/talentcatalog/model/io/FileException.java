package org.talentcatalog.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;

/**
 * A file the library was asked to read or write could not be: the message names the file as the
 * caller gave it (never a temporary file) and says why, in Chinese ({@link #getMessage()}) and
 * English ({@link #message(Locale)}). Catch this type to report either kind alike.
 */
public abstract sealed class FileException extends IOException permits FileReadException, FileWriteException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final transient LocalizedText text;

    FileException(Path path, LocalizedText text, @Nullable Throwable cause) {
        super(Objects.requireNonNull(text, "text").zh(), cause);
        this.path = Objects.requireNonNull(path, "path");
        this.text = text;
    }

    /** The file, as the caller named it. */
    public Path path() {
        return path;
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
