package org.talentcatalog.tabular.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.tabular.FileFormat;

/** What a format sees of a file: its first bytes, its extension, its text without a byte order mark, its first line. */
class FileHeadTest {

    @TempDir
    Path dir;

    private FileHead head(String name, byte[] content) throws IOException {
        return FileHead.of(Files.write(dir.resolve(name), content));
    }

    private FileHead head(String name, String content) throws IOException {
        return head(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aShortFileIsItsWholeHead() throws IOException {
        byte[] content = "岗位编号,岗位名称\r\nA1,工程师\n".getBytes(StandardCharsets.UTF_8);
        FileHead head = head("Export.CSV", content);
        assertEquals(dir.resolve("Export.CSV"), head.path());
        assertArrayEquals(content, head.bytes());
        assertEquals("csv", head.extension());
        assertEquals(FileFormat.CSV, head.detected());
        assertEquals("岗位编号,岗位名称", head.firstLine());
        assertEquals("FileHead[" + dir.resolve("Export.CSV") + ", " + content.length + " bytes, CSV]", head.toString());
    }

    @Test
    void theBytesAreACopy() throws IOException {
        FileHead head = head("a.csv", "a,b\n");
        head.bytes()[0] = 'x';
        assertEquals("a,b\n", head.text());
    }

    @Test
    void aLongFileGivesItsFirstBytesOnly() throws IOException {
        byte[] content = ("x,y\n" + "1,2\n".repeat(5000)).getBytes(StandardCharsets.US_ASCII);
        FileHead head = head("long.csv", content);
        assertArrayEquals(Arrays.copyOf(content, FileHead.MAX_BYTES), head.bytes());
    }

    @Test
    void theExtensionFollowsTheLastDot() throws IOException {
        assertEquals("json", head("a.b.JSON", "{}").extension());
        assertEquals("csv", head(".csv", "a,b\n").extension());
        assertEquals("", head("noextension", "a,b\n").extension());
        assertEquals("", head("trailing.", "a,b\n").extension());
    }

    @Test
    void theTextLeavesOutAByteOrderMarkOnly() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = concat(bom, "岗位编号,名称\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("岗位编号,名称\n", head("bom.csv", withBom).text());
        assertEquals("岗位编号,名称", head("bom.csv", withBom).firstLine());
        assertEquals("", head("bom.txt", bom).text(), "a file of a byte order mark alone is empty text");
        for (byte[] noMark : new byte[][] {{(byte) 0xEF, (byte) 0xBB}, {(byte) 0xEF, (byte) 0xBB, 'a'},
                {(byte) 0xEE, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xEF, (byte) 0xBC, (byte) 0xBF}, {'a', (byte) 0xBB, (byte) 0xBF}}) {
            assertEquals(new String(noMark, StandardCharsets.UTF_8), head("other.txt", noMark).text(), Arrays.toString(noMark));
        }
    }

    @Test
    void theFirstLineEndsAtEitherLineBreakOrTheHead() throws IOException {
        assertEquals("a,b", head("r.csv", "a,b\rc,d\r").firstLine());
        assertEquals("a,b", head("n.csv", "a,b\nc,d\n").firstLine());
        assertEquals("a,b", head("none.csv", "a,b").firstLine());
        assertEquals("", head("empty.csv", "").firstLine());
        assertEquals("", head("blank.csv", "\na,b").firstLine());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
