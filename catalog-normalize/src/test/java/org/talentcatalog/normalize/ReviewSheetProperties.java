package org.talentcatalog.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.talentcatalog.model.io.CsvReader;

/** The reviewer's sheet round-trips any cell text through CSV, formulas neutralised on the way. */
class ReviewSheetProperties {

    @Property(tries = 300)
    void anyCellTextReadsBackAsWritten(
            @ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~') @Chars({'\t', '\r', '\n', '中', '，', '（'}) String a,
            @ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~') @Chars({'\t', '\r', '\n', '岗', '"'}) String b) {
        String line = ReviewSheet.csvLine(List.of(a, b, "end")) + "\r\n";
        try (CsvReader csv = CsvReader.builder().read(new StringReader(line))) {
            assertTrue(csv.next(), line);
            assertEquals(3, csv.size(), line);
            assertEquals(a, ReviewSheet.restore(csv.field(0)));
            assertEquals(b, ReviewSheet.restore(csv.field(1)));
            assertEquals("end", csv.field(2));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Property(tries = 300)
    void noWrittenCellStartsAFormula(@ForAll @StringLength(min = 1, max = 20) @CharRange(from = ' ', to = '~') String s) {
        char first = ReviewSheet.neutralise(s).charAt(0);
        assertTrue("=+-@\t\r".indexOf(first) < 0, s);
    }
}
