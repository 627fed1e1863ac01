package org.talentcatalog.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CsvReaderProperties {

    /** Cells with separators, quotes, line breaks, Chinese and characters outside the BMP. */
    @Provide
    Arbitrary<List<List<String>>> records() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of(",", "\"", "\r", "\n", "\r\n", " ", "集成", "a", "😀", "'=1"),
                Arbitraries.strings().withCharRange('\u4e00', '\u4e10').ofMaxLength(3)).list().ofMaxSize(6)
                .map(parts -> String.join("", parts));
        return cell.list().ofMinSize(1).ofMaxSize(5).filter(r -> !(r.size() == 1 && r.get(0).isEmpty()))
                .list().ofMaxSize(20);
    }

    private static String quote(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /** A reader that hands out at most {@code chunk} characters per call, so cells cross buffer boundaries. */
    private static Reader chunked(String text, int chunk) {
        return new StringReader(text) {
            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                return super.read(buffer, offset, Math.min(length, chunk));
            }
        };
    }

    @Property(tries = 500)
    void whatAWriterQuotesIsReadBackWithRowsAndLines(@ForAll("records") List<List<String>> records, @ForAll boolean crlf,
            @ForAll @IntRange(min = 0, max = 2) int emptyLinesBetween, @ForAll @IntRange(min = 1, max = 9) int chunk) {
        String end = crlf ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder();
        int[] lines = new int[records.size()];
        int[] rows = new int[records.size()];
        int line = 1;
        int row = 1;
        for (int r = 0; r < records.size(); r++) {
            lines[r] = line;
            rows[r] = row;
            List<String> cells = records.get(r);
            for (int i = 0; i < cells.size(); i++) {
                text.append(i == 0 ? "" : ",").append(quote(cells.get(i)));
                line += breaks(cells.get(i));
            }
            text.append(end.repeat(1 + emptyLinesBetween));
            line += 1 + emptyLinesBetween;
            row += 1 + emptyLinesBetween;
        }
        for (boolean lenient : new boolean[] {false, true}) {
            CsvReader csv = CsvReader.builder().lenientQuotes(lenient).read(chunked(text.toString(), chunk));
            for (int r = 0; r < records.size(); r++) {
                assertTrue(csv.next());
                assertEquals(records.get(r), Arrays.asList(csv.fields()));
                assertEquals(lines[r], csv.line());
                assertEquals(rows[r], csv.row());
            }
            assertFalse(csv.next());
        }
    }

    @Property(tries = 300)
    void everyCellIsPlacedAtTheLineAndColumnWhereItStarts(@ForAll("records") List<List<String>> records, @ForAll boolean crlf,
            @ForAll @IntRange(min = 1, max = 9) int chunk) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new java.util.ArrayList<>();
        for (List<String> cells : records) {
            for (int i = 0; i < cells.size(); i++) {
                text.append(i == 0 ? "" : ",");
                starts.add(text.length());
                text.append(quote(cells.get(i)));
            }
            text.append(crlf ? "\r\n" : "\n");
        }
        int[][] places = places(text);
        CsvReader csv = CsvReader.builder().source("p.csv").read(chunked(text.toString(), chunk));
        int cell = 0;
        for (List<String> cells : records) {
            assertTrue(csv.next());
            assertEquals(cells.size(), csv.size());
            for (int i = 0; i < cells.size(); i++) {
                int[] at = places[starts.get(cell++)];
                assertEquals(at[0], csv.line(i));
                assertEquals(at[1], csv.column(i));
                assertEquals("p.csv:" + at[0] + ":" + at[1], csv.location(i));
            }
            assertEquals(csv.line(0), csv.line());
        }
        assertFalse(csv.next());
    }

    /** The 1-based line and column of every character of a text, as an editor shows them. */
    private static int[][] places(CharSequence text) {
        int[][] out = new int[text.length() + 1][];
        int line = 1;
        int column = 1;
        for (int i = 0; i <= text.length(); i++) {
            out[i] = new int[] {line, column};
            if (i == text.length()) {
                break;
            }
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (lineEnd) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return out;
    }

    /** Line breaks in a text: CRLF, LF and CR each count once. */
    private static int breaks(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length - 1;
    }
}
