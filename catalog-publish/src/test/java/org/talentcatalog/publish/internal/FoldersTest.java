package org.talentcatalog.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.io.FileWriteException;

class FoldersTest {

    @TempDir
    Path tmp;

    private long siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.count();
        }
    }

    @Test
    void aNewFolderIsWrittenWholeWithItsMark() throws IOException {
        Path out = tmp.resolve("site");
        Folders.write(out, dir -> Files.writeString(dir.resolve("index.html"), "new"));
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertTrue(Files.exists(out.resolve(Folders.MARK)));
        assertEquals(1, siblings(), "no temporary folder is left");
    }

    @Test
    void aHandbookWrittenBeforeIsReplaced() throws IOException {
        Path out = tmp.resolve("site");
        Folders.write(out, dir -> Files.writeString(dir.resolve("old.html"), "old"));
        Folders.write(out, dir -> Files.writeString(dir.resolve("index.html"), "new"));
        assertFalse(Files.exists(out.resolve("old.html")));
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertEquals(1, siblings());
    }

    @Test
    void aFolderOfOtherFilesIsRefusedAndKeptAsItWas() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("photos"));
        Files.writeString(out.resolve("holiday.jpg"), "mine");
        FileWriteException e = assertThrows(FileWriteException.class,
                () -> Folders.write(out, dir -> Files.writeString(dir.resolve("index.html"), "new")));
        assertTrue(e.getMessage().contains("不是此前发布的手册文件夹"), e.getMessage());
        assertTrue(e.message(Locale.ENGLISH).contains("is not a handbook folder"), e.message(Locale.ENGLISH));
        assertEquals("mine", Files.readString(out.resolve("holiday.jpg")));
        assertFalse(Files.exists(out.resolve("index.html")));
        assertEquals(1, siblings());
    }

    @Test
    void aFailureWhileWritingLeavesTheEarlierHandbookAndNoTemporaryFolder() throws IOException {
        Path out = tmp.resolve("site");
        Folders.write(out, dir -> Files.writeString(dir.resolve("index.html"), "old"));
        assertThrows(FileWriteException.class, () -> Folders.write(out, dir -> {
            Files.writeString(dir.resolve("index.html"), "half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertEquals(1, siblings());
    }

    @Test
    void aMissingParentOrAFileIsRefused() throws IOException {
        assertThrows(FileWriteException.class, () -> Folders.write(tmp.resolve("no/such/site"), dir -> { }));
        Path file = Files.writeString(tmp.resolve("site.txt"), "x");
        assertThrows(FileWriteException.class, () -> Folders.write(file, dir -> { }));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void anEmptyFolderIsReplacedAndAnEarlierHandbookWithSubfoldersGoesWhole() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("empty"));
        Folders.write(out, dir -> Files.writeString(Files.createDirectories(dir.resolve("assets/img")).resolve("a.css"), "a"));
        assertTrue(Files.exists(out.resolve("assets/img/a.css")));
        Folders.write(out, dir -> Files.writeString(dir.resolve("index.html"), "new"));
        assertFalse(Files.exists(out.resolve("assets")), "nothing of the earlier handbook is left");
        assertEquals(1, siblings(), "no temporary folder is left");
    }

    @Test
    void theHandbookFolderIsReadableByAllAsAFolderMadeByHand() throws IOException {
        Path out = tmp.resolve("site");
        Folders.write(out, dir -> Files.writeString(dir.resolve("index.html"), "new"));
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
    }

    @Test
    void eachRefusalSaysWhyInBothLanguages() throws IOException {
        FileWriteException parent = assertThrows(FileWriteException.class, () -> Folders.write(tmp.resolve("no/site"), dir -> { }));
        assertTrue(parent.getMessage().endsWith("上级文件夹不存在"), parent.getMessage());
        assertTrue(parent.message(Locale.ENGLISH).endsWith("its parent folder does not exist"), parent.message(Locale.ENGLISH));
        Path file = Files.writeString(tmp.resolve("site.txt"), "x");
        FileWriteException notFolder = assertThrows(FileWriteException.class, () -> Folders.write(file, dir -> { }));
        assertTrue(notFolder.message(Locale.ENGLISH).endsWith("site.txt: exists and is not a folder"), notFolder.message(Locale.ENGLISH));
        Path out = tmp.resolve("site");
        FileWriteException failed = assertThrows(FileWriteException.class, () -> Folders.write(out, dir -> {
            throw new IOException("disk full");
        }));
        assertTrue(failed.getMessage().endsWith("site: 无法写入：disk full"), failed.getMessage());
        assertTrue(failed.message(Locale.ENGLISH).endsWith("site: cannot be written: disk full"), failed.message(Locale.ENGLISH));
        assertFalse(Files.exists(out), "a new folder that failed is not there at all");
        assertEquals(1, siblings(), "only the file; no temporary folder");
    }
}
