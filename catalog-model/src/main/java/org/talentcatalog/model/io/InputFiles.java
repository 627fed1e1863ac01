package org.talentcatalog.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.internal.Messages;

/**
 * Opens input files only when they are regular files. Opening a named pipe (FIFO) for reading waits
 * until something writes to it, and a device such as {@code /dev/zero} never ends, so a reader given
 * one by mistake would hang; a directory opens on some systems and fails on the first read with a
 * bare "Is a directory". Every reader of the library that opens a file by its {@link Path} checks it
 * here first, following symbolic links, and refuses what is not a regular file with a
 * {@link FileReadException} that names the file, says what it is and that a regular file is expected:
 *
 * <pre>{@code
 * try (InputStream in = InputFiles.open(Path.of("samples.csv"))) { ... }
 * }</pre>
 *
 * <p>A missing file stays a {@link NoSuchFileException}, as {@link Files#newInputStream} reports it.
 * The check and the opening are two steps: a file replaced by a pipe between them is not caught.
 * Stateless and thread-safe.
 */
public final class InputFiles {

    /** The file-type bits of a POSIX mode and the values of the kinds told apart. */
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private InputFiles() {
    }

    /**
     * Checks that {@code file} is a regular file (after following symbolic links) without opening it.
     *
     * @throws NoSuchFileException when it does not exist
     * @throws FileReadException when it is a directory, a named pipe, a device, a socket or another
     *     kind of file that is not regular
     */
    public static void requireRegular(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new FileReadException(file, Messages.READ_FILE_IS_DIRECTORY.text(file), null);
        }
        throw new FileReadException(file, Messages.READ_NOT_REGULAR.text(file, kind(file)), null);
    }

    /**
     * Opens a regular file for reading, after {@link #requireRegular}.
     *
     * @return the stream; the caller closes it
     * @throws NoSuchFileException when the file does not exist
     * @throws FileReadException when it is not a regular file
     * @throws IOException when it cannot be opened
     */
    public static InputStream open(Path file) throws IOException {
        requireRegular(file);
        return Files.newInputStream(file);
    }

    /** What the file is, as far as the system tells: a named pipe, a device, a socket or a special file. */
    private static LocalizedText kind(Path file) {
        int type;
        try {
            type = ((Integer) Files.getAttribute(file, "unix:mode")) & S_IFMT;
        } catch (IOException | RuntimeException e) { // no "unix" view on this system, or the file went away
            return Messages.READ_KIND_SPECIAL.text();
        }
        return switch (type) {
            case S_IFIFO -> Messages.READ_KIND_FIFO.text();
            case S_IFCHR, S_IFBLK -> Messages.READ_KIND_DEVICE.text();
            case S_IFSOCK -> Messages.READ_KIND_SOCKET.text();
            default -> Messages.READ_KIND_SPECIAL.text();
        };
    }
}
