package org.talentcatalog.publish.internal;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.io.FileWriteException;

/**
 * Writes a folder as a whole: its files go into a new temporary folder beside the target, which is
 * then renamed into place, so a reader never sees half a handbook. A target that exists is replaced
 * only when it is empty or holds a handbook written before (it has the {@value #MARK} file); any other
 * folder or file is refused, so nobody's files are deleted by a mistyped {@code --out}.
 */
public final class Folders {

    /** The file that marks a folder as a handbook this module wrote. */
    public static final String MARK = ".catalog-publish";

    /** Fills the temporary folder. */
    @FunctionalInterface
    public interface Filler {
        /** Writes the folder's files into {@code dir}. */
        void fill(Path dir) throws IOException;
    }

    private Folders() {
    }

    /**
     * Writes the folder {@code target} with what {@code filler} puts in it.
     *
     * @throws FileWriteException when the target may not be replaced or cannot be written; it is then unchanged
     */
    public static void write(Path target, Filler filler) throws FileWriteException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw refused(target, "上级文件夹不存在", "its parent folder does not exist", null);
        }
        refuseForeign(target, absolute);
        Path tmp = null;
        Path old = null;
        try {
            tmp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".new-");
            readable(tmp);
            filler.fill(tmp);
            Files.writeString(tmp.resolve(MARK), "catalog publish\n");
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                old = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".old-");
                Files.delete(old);
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            throw refused(target, "写入时被其他程序占用", "another program wrote it meanwhile", e);
        } catch (IOException e) {
            if (old != null && !Files.exists(absolute)) {
                try {
                    Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
                    old = null;
                } catch (IOException ignored) {
                    // the old handbook stays beside it, under its temporary name
                }
            }
            throw refused(target, "无法写入：" + e.getMessage(), "cannot be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(old);
        }
    }

    /** A temporary folder is made private; the handbook's folder is readable by all, as a folder made by hand. */
    private static void readable(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void refuseForeign(Path target, Path absolute) throws FileWriteException {
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(target, "已存在且不是文件夹", "exists and is not a folder", null);
        }
        try (Stream<Path> s = Files.list(absolute)) {
            boolean empty = s.findAny().isEmpty();
            if (!empty && !Files.exists(absolute.resolve(MARK))) {
                throw refused(target, "已存在且不是此前发布的手册文件夹，未覆盖；请换一个输出文件夹或先清空它",
                        "exists and is not a handbook folder written before; it was not replaced: choose another output folder or empty it", null);
            }
        } catch (FileWriteException e) {
            throw e;
        } catch (IOException e) {
            throw refused(target, "无法读取：" + e.getMessage(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private static FileWriteException refused(Path target, String zh, String en, @Nullable Throwable cause) {
        return new FileWriteException(target, LocalizedText.of(target + ": " + zh, target + ": " + en), cause);
    }

    /** Deletes a folder and everything in it, saying nothing of what cannot be deleted. */
    static void deleteQuietly(@Nullable Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // left behind: a temporary name beside the target
                }
            });
        } catch (IOException ignored) {
            // left behind
        }
    }
}
