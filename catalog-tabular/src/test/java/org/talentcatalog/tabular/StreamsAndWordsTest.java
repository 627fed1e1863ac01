package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.Files;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.CatalogKind;

/**
 * What the writers leave in a caller's buffered stream (everything, the stream still open); the
 * default outputs of a format; the place of a cell beyond a plain row; a parser's words without its
 * class name.
 */
class StreamsAndWordsTest {

    /** A writer of a workbook to a stream. */
    private interface ToStream {
        void write(OutputStream out) throws IOException;
    }

    private static int entriesWrittenThroughABuffer(ToStream writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BufferedOutputStream out = new BufferedOutputStream(bytes, 1 << 22);
        writer.write(out);
        Path file = Files.createTempFile("buffered", ".xlsx");
        try {
            Files.write(file, bytes.toByteArray());
            try (ZipFile zip = new ZipFile(file.toFile())) {
                out.write('x'); // still open
                return zip.size();
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aWorkbookWrittenToABufferedStreamIsInItWhole() throws IOException {
        assertTrue(entriesWrittenThroughABuffer(out -> CatalogTables.standard().writeXlsx(CsvWritingTest.IC, out)) >= 4);
        assertTrue(entriesWrittenThroughABuffer(out -> PlainTables.writeXlsx(out, "意见", List.of("意见"), List.of(List.of("无")))) >= 4);
        assertTrue(entriesWrittenThroughABuffer(out -> CatalogTemplate.of(CatalogKind.INDUSTRY, HeaderLanguage.CHINESE).write(out)) >= 4);
    }

    @Test
    void csvWrittenToABufferedStreamIsInItWhole() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BufferedOutputStream out = new BufferedOutputStream(bytes, 1 << 22);
        CatalogTables.standard().writeCsv(CsvWritingTest.IC, out);
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        CatalogTables.standard().writeCsv(CsvWritingTest.IC, direct);
        assertArrayEquals(direct.toByteArray(), bytes.toByteArray());
        out.write('x');
    }

    @Test
    void aFormatWritesOneFileUnlessItSaysOtherwise() {
        Path file = Path.of("out", "a.tsv");
        assertEquals(List.of(file), new CatalogFormatsTest.Marked("tsv", List.of("tsv"), "#").outputs(file));
        assertEquals(List.of(file), CatalogFormats.standard().byName("xlsx").outputs(file));
    }

    @Test
    void aRowHasEmptyCellsFromItsLengthOn() {
        PlainTables.Row row = new PlainTables.Row(3, List.of("a", "b"));
        assertEquals("b", row.cell(1));
        assertEquals("", row.cell(2));
        PlainTables.Table csv = new PlainTables.Table("t.csv", null, List.of(row));
        assertEquals("t.csv:3:2", csv.place(row, 1));
        assertEquals("意见!C3", new PlainTables.Table("t.xlsx", "意见", List.of(row)).place(row, 2));
    }

    @Test
    void aParsersWordsKeepTheirPlaceAndLoseTheirClassName() {
        assertEquals("Unexpected close tag </row>; expected </c>. (1:120)",
                Reading.parserWords("ParseError at [row,col]:[1,120]\nMessage: Unexpected close tag </row>; expected </c>."));
        assertEquals("invalid entry size", Reading.parserWords("java.util.zip.ZipException: invalid entry size\n\tat somewhere"));
        assertEquals("no class name here", Reading.parserWords("  no class name here  "));
    }
}
