package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Telling formats at the edges: the shortest files that still carry a signature, every zip signature,
 * the other markers of a document, an HTML table or an XML spreadsheet, and names whose extension is
 * all there is or that have none.
 */
class FileFormatEdgesTest {

    @TempDir
    Path dir;

    private FileFormat detect(String name, byte[] content) throws IOException {
        return FileFormat.detect(Files.write(dir.resolve(name), content));
    }

    private FileFormat detect(String name, String content) throws IOException {
        return detect(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private FileFormat zip(String name, String... entries) throws IOException {
        return FileFormat.detect(FileFormatTest.zip(dir.resolve(name), entries));
    }

    @Test
    void theShortestFilesThatCarryASignatureAreToldByIt() throws IOException {
        assertEquals(FileFormat.PDF, detect("a.csv", "%PDF-"));
        assertEquals(FileFormat.TEXT, detect("a.txt", "%PDF"));
        assertEquals(FileFormat.UTF16_TEXT, detect("a.csv", new byte[] {(byte) 0xFF, (byte) 0xFE}));
        assertEquals(FileFormat.UTF16_TEXT, detect("a.csv", new byte[] {(byte) 0xFE, (byte) 0xFF}));
        assertEquals(FileFormat.UTF16_TEXT, detect("b.csv", new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}));
    }

    @Test
    void everyZipSignatureIsAZipWhateverFollows() throws IOException {
        assertEquals(FileFormat.BROKEN_ZIP, detect("a.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2}));
        assertEquals(FileFormat.BROKEN_ZIP, detect("b.xlsx", new byte[] {'P', 'K', 7, 8, 1, 2}));
        byte[] empty = new byte[22];
        empty[0] = 'P';
        empty[1] = 'K';
        empty[2] = 5;
        empty[3] = 6;
        assertEquals(FileFormat.ZIP, detect("empty.xlsx", empty), "an empty zip");
        assertEquals(FileFormat.BINARY, detect("c.xlsx", new byte[] {'P', 'K', 5, 7, 0}), "no zip signature");
        assertEquals(FileFormat.TEXT, detect("d.txt", new byte[] {'P', 'K', 3}), "too short for one");
    }

    @Test
    void presentationsAndOdfTemplatesAreToldApart() throws IOException {
        assertEquals(FileFormat.DOCUMENT, zip("a.xlsx", "[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>"));
        assertEquals(FileFormat.ODS, zip("a.ots", "mimetype", "application/vnd.oasis.opendocument.spreadsheet-template"));
        assertEquals(FileFormat.DOCUMENT, zip("a.ods", "mimetype", "application/vnd.oasis.opendocument.presentation"));
        assertEquals(FileFormat.ZIP, zip("a.zip", "mimetype", "application/epub+zip"));
        assertEquals(FileFormat.DOCUMENT, detect("a.xls", Ole2Files.withStreams("PowerPoint Document", "Current User")));
    }

    @Test
    void markupIsToldByItsMarkers() throws IOException {
        assertEquals(FileFormat.XML_SPREADSHEET, detect("a.xls", "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook>"));
        assertEquals(FileFormat.HTML, detect("a.xls", "<table><tr><td>1</td></tr></table>"));
        assertEquals(FileFormat.HTML, detect("b.xls", "<!DOCTYPE html>\n<p>x</p>"));
        assertEquals(FileFormat.TEXT, detect("c.txt", "<note>x</note>"), "other markup is text");
    }

    @Test
    void aNameThatIsOnlyAnExtensionHasItAndANameWithoutADotHasNone() throws IOException {
        assertEquals(FileFormat.CSV, detect(".csv", "岗位编号 岗位名称"));
        assertEquals(FileFormat.TEXT, detect("csv", "岗位编号 岗位名称"));
        assertEquals(FileFormat.JSON, detect("x.JSON", "  岗位"));
        assertEquals(FileFormat.TEXT, detect("json", "  岗位"));
    }
}
