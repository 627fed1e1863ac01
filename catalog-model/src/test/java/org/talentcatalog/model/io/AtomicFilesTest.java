package org.talentcatalog.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file atomically, two files both or neither, and failures that name the target. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.endsWith(".bak")).toList();
        }
    }

    @Test
    void writesAndReplacesAFileLeavingNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.json");
        AtomicFiles.write(target, utf8("one"));
        AtomicFiles.write(target, out -> out.write(utf8("two")));
        assertEquals("two", Files.readString(target));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aFailingContentLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.json");
        Files.writeString(target, "before");
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(target, out -> {
            out.write(utf8("half"));
            throw new IOException("No space left on device");
        }));
        assertEquals("无法写入 " + target + "：No space left on device", e.getMessage());
        assertEquals("before", Files.readString(target));
        e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(target, out -> { // how CatalogJson.write fails
            throw new UncheckedIOException(new IOException("No space left on device"));
        }));
        assertEquals("cannot write " + target + ": No space left on device", e.message(Locale.ENGLISH));
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            throw new IllegalStateException("a bug in the writer");
        }));
        assertEquals("before", Files.readString(target));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aMissingFolderIsNamedWithTheTargetInBothLanguages() {
        Path target = dir.resolve("nope").resolve("out.csv");
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(target, utf8("x")));
        assertEquals("无法写入 " + target + "：目录 " + dir.resolve("nope") + " 不存在", e.getMessage());
        assertEquals("cannot write " + target + ": the folder " + dir.resolve("nope") + " does not exist", e.message(Locale.ENGLISH));
        assertEquals(target, e.target());
        e = assertThrows(FileWriteException.class, () -> AtomicFiles.writeBoth(dir.resolve("a.csv"), out -> { }, target, out -> { }));
        assertTrue(e.getMessage().contains("目录 " + dir.resolve("nope") + " 不存在"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("a.csv")));
    }

    @Test
    void aReadOnlyFolderIsNamedWithTheTargetNotTheTemporaryFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path target = folder.resolve("out.xlsx");
        Files.writeString(target, "before");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(folder), "the folder is writable anyway (run as root)");
            FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(target, utf8("new")));
            assertEquals("cannot write " + target + ": the folder " + folder + " is not writable (read-only or no permission)",
                    e.message(Locale.ENGLISH));
            assertEquals("before", Files.readString(target));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDeniedTemporaryFileIsReportedAsTheTargetsFolderNotWritable() {
        // what the file system says when the folder is read-only; as root the test above cannot provoke it
        Path target = dir.resolve("out.xlsx");
        IOException denied = new AccessDeniedException(dir.resolve(".out.xlsx123.tmp").toString());
        FileWriteException e = AtomicFiles.failure(target, denied);
        assertEquals("无法写入 " + target + "：目录 " + dir + " 不可写（只读或没有权限）", e.getMessage());
        assertFalse(e.message(Locale.ENGLISH).contains(".tmp"), e.message(Locale.ENGLISH));
        FileWriteException readOnlyMount = AtomicFiles.failure(target,
                new java.nio.file.FileSystemException(dir.resolve(".x.tmp").toString(), null, "Read-only file system"));
        assertEquals("cannot write " + target + ": the folder " + dir + " is not writable (read-only or no permission)",
                readOnlyMount.message(Locale.ENGLISH));
    }

    @Test
    void aFolderThatIsAFileIsSaidSo() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), "{}");
        Path target = file.resolve("out.json");
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(target, utf8("x")));
        assertEquals("无法写入 " + target + "：" + file + " 不是目录", e.getMessage());
        assertEquals("cannot write " + target + ": " + file + " is not a folder", e.message(Locale.ENGLISH));
    }

    @Test
    void aFolderThatTakesNoNewFilesIsSaidSoWithoutAJavaClassName() {
        // what Linux says when a file is created in /proc: no such file, with no reason
        Path target = dir.resolve("out.json");
        FileWriteException e = AtomicFiles.failure(target,
                new java.nio.file.NoSuchFileException(dir.resolve(".out.json1.tmp").toString()));
        assertEquals("无法写入 " + target + "：不能在目录 " + dir + " 中创建文件", e.getMessage());
        assertEquals("cannot write " + target + ": no file can be created in the folder " + dir, e.message(Locale.ENGLISH));
    }

    @Test
    void aTargetThatIsADirectoryIsSaidSo() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out.json"));
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(target, utf8("x")));
        assertEquals("cannot write " + target + ": it is a directory", e.message(Locale.ENGLISH));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void writesBothFiles() throws IOException {
        Path csv = dir.resolve("c.csv");
        Path side = dir.resolve("c.catalog.json");
        Files.writeString(csv, "old csv");
        AtomicFiles.writeBoth(csv, out -> out.write(utf8("new csv")), side, out -> out.write(utf8("new side")));
        assertEquals("new csv", Files.readString(csv));
        assertEquals("new side", Files.readString(side));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void whenTheSecondCannotBeReplacedTheFirstKeepsItsBytes() throws IOException {
        Path csv = dir.resolve("c.csv");
        byte[] before = utf8("岗位编号,岗位名称\r\nA1,工程师\r\n");
        Files.write(csv, before);
        Path side = Files.createDirectory(dir.resolve("c.catalog.json"));
        Files.writeString(side.resolve("inside"), "keeps the directory non-empty");
        FileWriteException e = assertThrows(FileWriteException.class,
                () -> AtomicFiles.writeBoth(csv, out -> out.write(utf8("new csv")), side, out -> out.write(utf8("{}"))));
        assertArrayEquals(before, Files.readAllBytes(csv));
        assertEquals(side, e.target());
        assertEquals("cannot write " + side + ": it is a directory; " + csv + " was left as it was", e.message(Locale.ENGLISH));
        assertEquals("无法写入 " + side + "：这是一个目录；" + csv + " 保持原样", e.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void whenTheSecondCannotBeWrittenAFirstThatDidNotExistIsNotCreated() throws IOException {
        Path csv = dir.resolve("c.csv");
        Path side = Files.createDirectory(dir.resolve("c.catalog.json"));
        assertThrows(FileWriteException.class, () -> AtomicFiles.writeBoth(csv, out -> out.write(utf8("new")), side, out -> { }));
        assertFalse(Files.exists(csv));
        assertThrows(FileWriteException.class, () -> AtomicFiles.writeBoth(csv, out -> out.write(utf8("new")), side, out -> {
            throw new IOException("No space left on device");
        }));
        assertFalse(Files.exists(csv));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aTargetWithALongNameIsWrittenThoughItsTemporaryFileNameIsShortened() throws IOException {
        Path target = dir.resolve("岗".repeat(60) + "-" + "n".repeat(60) + ".json"); // 241 bytes, near the 255 a name may have
        AtomicFiles.write(target, utf8("long"));
        AtomicFiles.writeBoth(target, out -> out.write(utf8("first")), dir.resolve("s".repeat(250)), out -> out.write(utf8("second")));
        assertEquals("first", Files.readString(target));
        assertEquals("second", Files.readString(dir.resolve("s".repeat(250))));
        Path emoji = dir.resolve("a" + "😀".repeat(40)); // the 64th character is the first half of a pair
        AtomicFiles.write(emoji, utf8("x"));
        AtomicFiles.writeBoth(emoji, out -> out.write(utf8("y")), target, out -> out.write(utf8("z")));
        assertEquals("y", Files.readString(emoji));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsKind() {
        Path target = dir.resolve("a.json");
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(target, out -> {
            throw new java.io.EOFException();
        }));
        assertEquals("cannot write " + target + ": EOFException", e.message(Locale.ENGLISH));
        e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(target, out -> {
            throw new IOException(" ");
        }));
        assertEquals("cannot write " + target + ": IOException", e.message(Locale.ENGLISH));
    }
}
