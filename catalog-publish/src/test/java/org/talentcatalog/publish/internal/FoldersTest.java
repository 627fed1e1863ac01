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
}
