package org.talentcatalog.model.io;

import org.talentcatalog.model.internal.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;

/**
 * Writes files so that nobody sees a half-written one: the content goes to a temporary file in the
 * target's own folder ({@code .<name>…tmp}), which is then moved over the target in one atomic
 * rename. An interrupted write leaves the old file (or none) and at most a stray temporary file,
 * which every failure that this class sees removes.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("catalog.json"), out -> CatalogJson.write(catalog, out));
 * AtomicFiles.writeBoth(csv, out -> tables.writeCsv(catalog, out),
 *         sideFile, out -> out.write(side.getBytes(UTF_8)));       // both or neither
 * }</pre>
 *
 * <p>Every failure is a {@link FileWriteException} naming the target (not the temporary file) and
 * why: the folder does not exist or is a file, the folder is not writable or takes no new files, the
 * target is a directory, or the system's reason. The written file gets the permissions {@code rw-r--r--} on POSIX systems.
 * Stateless and thread-safe; two writers of the same target race as two renames do (the last wins).
 */
public final class AtomicFiles {

    /** What to write: the content, streamed to {@code out}, which the caller must not close. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws FileWriteException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code content} to {@code target} atomically: the target holds its old content or the
     * whole new one, never part of it.
     *
     * @throws FileWriteException when the file cannot be written; the target is then unchanged
     */
    public static void write(Path target, Content content) throws FileWriteException {
        Path tmp = null;
        try {
            tmp = filled(target, content);
            move(tmp, target);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Writes two files, both or neither, e.g. a CSV table and its side file. Both contents are
     * written to temporary files first (a failure there leaves both targets untouched); then
     * {@code first} is replaced, keeping a backup of its old content (a hard link, or a copy, in
     * its folder), and then {@code second}. If {@code second} cannot be replaced, {@code first} is
     * put back from the backup (or removed again if it did not exist), so both targets hold what
     * they held before and the error names {@code second}.
     *
     * <p>What is not guaranteed: the two moves are two renames, so a reader looking between them
     * sees the new {@code first} with the old {@code second}, and a process killed between them
     * leaves it so (with the backup file beside {@code first}). Should putting {@code first} back
     * fail too, the error says that {@code first} holds the new content.
     *
     * @throws FileWriteException when either file cannot be written
     */
    public static void writeBoth(Path first, Content firstContent, Path second, Content secondContent)
            throws FileWriteException {
        Path tmpFirst = null;
        Path tmpSecond = null;
        Path backup = null;
        try {
            tmpFirst = filled(first, firstContent);
            tmpSecond = filled(second, secondContent);
            boolean existed = Files.exists(first, LinkOption.NOFOLLOW_LINKS);
            if (existed && !Files.isDirectory(first)) {
                backup = backup(first);
            }
            move(tmpFirst, first);
            try {
                move(tmpSecond, second);
            } catch (FileWriteException e) {
                boolean restored = restore(first, backup, existed);
                Path kept = restored ? null : backup;
                backup = restored ? backup : null; // a backup that could not be put back stays on disk
                LocalizedText why = restored ? Messages.WRITE_FIRST_RESTORED.text(e.text(), first)
                        : kept == null ? Messages.WRITE_FIRST_NOT_RESTORED.text(e.text(), first)
                        : Messages.WRITE_FIRST_NOT_RESTORED_KEPT.text(e.text(), first, kept);
                throw new FileWriteException(second, why, e.getCause());
            }
        } finally {
            deleteQuietly(tmpFirst);
            deleteQuietly(tmpSecond);
            deleteQuietly(backup);
        }
    }

    /** A temporary file beside {@code target} holding the content. */
    private static Path filled(Path target, Content content) throws FileWriteException {
        Path dir = folder(target);
        if (!Files.isDirectory(dir)) {
            throw folderProblem(target, dir, null);
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + shortName(target), ".tmp");
        } catch (IOException e) {
            throw failure(target, e);
        }
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default permissions stay
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return tmp;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw failure(target, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private static void move(Path tmp, Path target) throws FileWriteException {
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** A second name for {@code file}'s current content in its folder: a hard link, or a copy. */
    private static Path backup(Path file) throws FileWriteException {
        Path backup = folder(file).resolve("." + shortName(file) + "." + UUID.randomUUID() + ".bak");
        try {
            try {
                return Files.createLink(backup, file);
            } catch (UnsupportedOperationException | IOException e) {
                return Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            deleteQuietly(backup);
            throw failure(file, e);
        }
    }

    /** Puts {@code file}'s old content back; whether that worked. */
    private static boolean restore(Path file, Path backup, boolean existed) {
        try {
            if (backup != null) {
                Files.move(backup, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else if (!existed) {
                Files.deleteIfExists(file);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The start of a file's name for the names of its temporary and backup files, which add up to 43
     * characters: at most 64 characters, so that they stay within the 255 bytes a name may have.
     */
    private static String shortName(Path file) {
        String name = String.valueOf(file.getFileName());
        if (name.length() <= 64) {
            return name;
        }
        return name.substring(0, Character.isHighSurrogate(name.charAt(63)) ? 63 : 64); // never half a pair
    }

    private static Path folder(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? target.toAbsolutePath() : parent;
    }

    /** The failure as the user should read it: the target and why, never the temporary file. */
    static FileWriteException failure(Path target, IOException e) {
        if (e instanceof FileWriteException known) {
            return known;
        }
        Path dir = folder(target);
        if (e instanceof NoSuchFileException && !Files.isDirectory(dir)) {
            return folderProblem(target, dir, e);
        }
        if (Files.isDirectory(target)) {
            return new FileWriteException(target, Messages.WRITE_IS_DIRECTORY.text(target), e);
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage(); // a FileSystemException's message names the temporary file
        if (e instanceof AccessDeniedException || reason != null && reason.contains("Read-only file system")) {
            return new FileWriteException(target, Messages.WRITE_FOLDER_NOT_WRITABLE.text(target, shown(target, dir)), e);
        }
        if (e instanceof NoSuchFileException) { // the folder is there, yet no file can be made in it (e.g. /proc)
            return new FileWriteException(target, Messages.WRITE_CANNOT_CREATE.text(target, shown(target, dir)), e);
        }
        reason = reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason;
        return new FileWriteException(target, Messages.WRITE_FAILED.text(target, reason), e);
    }

    /** The folder of the target is missing, or is a file. */
    private static FileWriteException folderProblem(Path target, Path dir, @Nullable Throwable cause) {
        Path shown = shown(target, dir);
        return new FileWriteException(target, Files.exists(dir) ? Messages.WRITE_NOT_A_FOLDER.text(target, shown)
                : Messages.WRITE_FOLDER_MISSING.text(target, shown), cause);
    }

    /** The folder as the caller named it when the target was given with one. */
    private static Path shown(Path target, Path dir) {
        return target.getParent() != null ? target.getParent() : dir;
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort: the file is a leftover temporary or backup file
            }
        }
    }
}
