package org.talentcatalog.normalize.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.normalize.LabelledTitle;
import org.talentcatalog.normalize.NormalizeException;

/**
 * The text formats of the learned data and of the labelled set: the shipped titles and confidence
 * model written and read back, the labelled CSV with its quoting, and each malformed line named.
 */
class DataFormatsTest {

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shippedTitlesAreWrittenSortedAndReadBack() throws IOException {
        List<Alias> aliases = List.of(new Alias("客服", "4-04-05-03", 3), new Alias("会计", "2-06-03-00", 1),
                new Alias("出纳", "2-06-03-00", 2));
        StringWriter out = new StringWriter();
        ShippedTitles.write(aliases, out);
        String[] lines = out.toString().split("\n");
        assertEquals(5, lines.length);
        assertEquals("会计\t2-06-03-00\t1", lines[2]); // by code, then by title (U+4F1A before U+51FA)
        assertEquals("出纳\t2-06-03-00\t2", lines[3]);
        assertEquals("客服\t4-04-05-03\t3", lines[4]);
        assertEquals(List.of(aliases.get(1), aliases.get(2), aliases.get(0)), ShippedTitles.read(text(out.toString()), "t.tsv"));
        assertEquals(List.of(new Alias("财务", "2-06-03-00", 4)), ShippedTitles.read(text("\n# note\n财务\t2-06-03\t4"), "t.tsv"));
    }

    @Test
    void aMalformedShippedTitleLineIsNamedByItsNumber() {
        for (String bad : new String[] {"客服\t4-04-05-03", "\t4-04-05-03\t1", "客服\t4040503\t1", "客服\t4-04-05-03\tx",
            "客服\t4-04-05-03\t1\t2"}) {
            NormalizeException e = assertThrows(NormalizeException.class,
                    () -> ShippedTitles.read(text("# header\n会计\t2-06-03-00\t1\n" + bad + "\n"), "t.tsv"), bad);
            assertEquals(NormalizeException.class, e.getClass());
            assertTrue(e.describe(Locale.ENGLISH).startsWith("t.tsv line 3"), e.describe(Locale.ENGLISH));
        }
    }

    @Test
    void theConfidenceModelIsWrittenToSixPlacesAndReadBack() throws IOException {
        double[] weights = new double[Calibrator.FEATURES];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (i - 2) * 0.1234567;
        }
        StringWriter out = new StringWriter();
        ShippedConfidence.write(new Calibrator(weights, 0.75), out);
        String[] lines = out.toString().split("\n");
        assertEquals("high\t0.750000", lines[2]);
        assertEquals("w\t-0.246913\t-0.123457\t0.000000", lines[3].substring(0, "w\t-0.246913\t-0.123457\t0.000000".length()));
        Calibrator read = ShippedConfidence.read(text(out.toString()), "c.tsv");
        assertEquals(0.75, read.high());
        double[] expected = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            expected[i] = Math.round(weights[i] * 1e6) / 1e6;
        }
        assertArrayEquals(expected, read.weights(), 1e-12);
    }

    @Test
    void aMalformedConfidenceLineOrAMissingPartIsNamedByItsLine() {
        String w = "w" + "\t1".repeat(Calibrator.FEATURES);
        for (String bad : new String[] {"high\tx", "high\t1\t2", "w\t1", w + "\t1", "w" + "\tx".repeat(Calibrator.FEATURES), "low\t1"}) {
            NormalizeException e = assertThrows(NormalizeException.class,
                    () -> ShippedConfidence.read(text("# c\n" + w + "\n" + bad + "\n"), "c.tsv"), bad);
            assertEquals("c.tsv line 3: expected \"high<TAB>threshold\" or \"w<TAB>weights…\"", e.describe(Locale.ENGLISH));
        }
        NormalizeException noHigh = assertThrows(NormalizeException.class, () -> ShippedConfidence.read(text(w + "\n"), "c.tsv"));
        assertEquals("c.tsv line 2: expected \"high<TAB>threshold\" or \"w<TAB>weights…\"", noHigh.describe(Locale.ENGLISH));
        Calibrator ok = assertDoesNotThrowRead("\n# c\nhigh\t2.5\n" + w);
        assertEquals(2.5, ok.high());
    }

    private static Calibrator assertDoesNotThrowRead(String s) {
        try {
            return ShippedConfidence.read(text(s), "c.tsv");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void labelledCsvReadsQuotedFieldsLineBreaksAndAnyLineEnd() throws IOException {
        String csv = "\ufeffjob_name,expected_code,expected_name\r\n"
                + "\"客服, 在线\",4-04-05-03,呼叫中心服务员\r\n"
                + "\"说\"\"会计\"\"\",2-06-03,会计\n"
                + "\n"
                + "\"两行\n标题\",4-04-05-03\r"
                + "\ufeff出纳,2-06-03-00\n"
                + "\"末尾\",4-04-05-03";
        assertEquals(List.of(new LabelledTitle("客服, 在线", "4-04-05-03"), new LabelledTitle("说\"会计\"", "2-06-03-00"),
                new LabelledTitle("两行\n标题", "4-04-05-03"), new LabelledTitle("\ufeff出纳", "2-06-03-00"),
                new LabelledTitle("末尾", "4-04-05-03")), LabelledCsv.read(text(csv)));
        assertEquals(List.of(), LabelledCsv.read(text("")));
        assertEquals(List.of(), LabelledCsv.read(text("job_name,expected_code")));
        assertEquals(List.of(new LabelledTitle("", "4-04-05-03")), LabelledCsv.read(text("h\n\"\",4-04-05-03\n")));
    }

    @Test
    void aLabelledRowWithoutACodeOrWithABadOneIsNamedByItsFirstLine() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> LabelledCsv.read(text("h,c\n客服,4-04-05-03\n\"两\n行\"\n")));
        assertEquals("line 3: a title and a code are needed", one.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> LabelledCsv.read(text("h,c\r\n\"a\nb\",4-04-05-03\r\n客服,40405\r\n")));
        assertTrue(bad.getMessage().startsWith("line 4: "), bad.getMessage());
        IllegalArgumentException last = assertThrows(IllegalArgumentException.class, () -> LabelledCsv.read(text("h,c\n客服")));
        assertEquals("line 2: a title and a code are needed", last.getMessage());
    }
}
