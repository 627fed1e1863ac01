package org.talentcatalog.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogJsonException;

/**
 * Only regular files are opened: a named pipe, a device or a directory is refused by name before
 * anything waits on it. Each test has a timeout, so a reader that opens a pipe fails instead of hanging.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InputFilesTest {

    @TempDir
    Path dir;

    /** A named pipe made with mkfifo; the test is skipped where there is none (not POSIX). */
    static Path fifo(Path dir) throws IOException, InterruptedException {
        Path fifo = dir.resolve("ratings.csv");
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            Assumptions.assumeTrue(p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this system");
        }
        return fifo;
    }

    @Test
    void aNamedPipeIsRefusedByNameInBothLanguages() throws Exception {
        Path fifo = fifo(dir);
        FileReadException e = assertThrows(FileReadException.class, () -> InputFiles.open(fifo));
        assertEquals(fifo + ": 是命名管道（FIFO），不是普通文件；需要普通文件", e.getMessage());
        assertEquals(fifo + ": is a named pipe (FIFO), not a regular file; a regular file is expected",
                e.message(Locale.ENGLISH));
        assertEquals(fifo, e.file());
    }

    @Test
    void theCsvReadersRefuseANamedPipeInsteadOfWaitingForAWriter() throws Exception {
        Path fifo = fifo(dir);
        assertThrows(FileReadException.class, () -> TextEncoding.open(fifo));
        assertThrows(FileReadException.class, () -> TextEncoding.detect(fifo));
    }

    @Test
    void theJsonReaderRefusesANamedPipeAsUnreadable() throws Exception {
        Path fifo = fifo(dir);
        CatalogJsonException e = assertThrows(CatalogJsonException.class, () -> CatalogJson.read(fifo));
        assertEquals(true, e.issue().unreadable());
        assertEquals(fifo + ": is a named pipe (FIFO), not a regular file; a regular file is expected",
                e.issue().message(Locale.ENGLISH));
    }

    @Test
    void aDeviceIsRefusedAsADevice() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero");
        FileReadException e = assertThrows(FileReadException.class, () -> TextEncoding.open(zero));
        assertEquals("/dev/zero: 是设备文件，不是普通文件；需要普通文件", e.getMessage());
        assertEquals("/dev/zero: is a device, not a regular file; a regular file is expected", e.message(Locale.ENGLISH));
    }

    @Test
    void aDirectoryIsRefusedAsADirectory() {
        FileReadException e = assertThrows(FileReadException.class, () -> InputFiles.open(dir));
        assertEquals(dir + ": 是目录而不是文件", e.getMessage());
        assertEquals(dir + ": is a directory", e.message(Locale.ENGLISH));
    }

    @Test
    void aMissingFileIsStillNoSuchFile() {
        Path missing = dir.resolve("missing.csv");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> InputFiles.open(missing));
        assertEquals(missing.toString(), e.getMessage());
    }

    @Test
    void aRegularFileAndALinkToOneAreOpened() throws IOException {
        Path file = Files.writeString(dir.resolve("a.csv"), "a,b\n");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.csv"), file);
        } catch (UnsupportedOperationException | IOException e) {
            link = file;
        }
        for (Path p : new Path[] {file, link}) {
            try (InputStream in = InputFiles.open(p)) {
                assertEquals("a,b\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aSocketIsRefusedAsASocketAndALinkToNothingIsMissing() throws IOException {
        Path socket = dir.resolve("s.sock");
        try (java.nio.channels.ServerSocketChannel server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(socket));
            FileReadException e = assertThrows(FileReadException.class, () -> InputFiles.requireRegular(socket));
            assertEquals(socket + ": is a socket, not a regular file; a regular file is expected", e.message(Locale.ENGLISH));
            assertEquals(socket, e.file());
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no Unix domain sockets here");
        }
        Path dangling;
        try {
            dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("gone.csv"));
        } catch (UnsupportedOperationException e) {
            return;
        }
        Path link = dangling;
        assertThrows(NoSuchFileException.class, () -> InputFiles.requireRegular(link), "a link is followed");
    }
}
