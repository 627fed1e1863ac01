package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.io.CsvLimits;
import org.talentcatalog.scoring.internal.CsvTokenizer;

/** A broken CSV file fails at a located cell or record instead of filling memory. */
class CsvLimitsTest {

    private static final String HEADER = "respondent_id,respondent_type,position_id,position_name,vacancies,applicants,hires\n";

    /** {@code prefix}, then {@code x} without end. */
    private static Reader endless(String prefix) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = at < prefix.length() ? prefix.charAt(at++) : 'x';
                }
                return length;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void aCellLongerThanExcelAllowsIsALocatedError() {
        String row = "E1,EMPLOYER,P1," + "设".repeat(CsvLimits.DEFAULT_MAX_CELL_CHARS + 1) + ",1,1,1\n";
        ScoringException e = assertThrows(ScoringException.class,
                () -> SurveyData.read(new StringReader(HEADER + row), "s.csv"));
        assertEquals("s.csv:2:16", e.issue().cell());
        assertEquals("the cell is longer than 32767 characters", e.issue().text().enOrZh());
        String fits = "E1,EMPLOYER,P1," + "设".repeat(CsvLimits.DEFAULT_MAX_CELL_CHARS) + ",1,1,1\n";
        assertEquals(1, SurveyData.read(new StringReader(HEADER + fits), "s.csv").rowCount());
    }

    @Test
    void anUnclosedQuoteStopsAtTheCellLimitNotAtTheEndOfTheInput() {
        ScoringException e = assertThrows(ScoringException.class,
                () -> SurveyData.read(endless(HEADER + "E1,EMPLOYER,P1,\"never closed"), "s.csv"));
        assertEquals("s.csv:2:16", e.issue().cell());
        assertTrue(e.issue().text().enOrZh().endsWith("(is a quote not closed?)"), e.issue().text().enOrZh());
    }

    @Test
    void aRecordLongerThanItsLimitIsALocatedError() {
        CsvTokenizer csv = new CsvTokenizer(new StringReader("a,b\n1,2\n" + "1,".repeat(60) + "\n"), "t.csv",
                new CsvLimits(10, 100));
        assertTrue(csv.next());
        assertTrue(csv.next());
        ScoringException e = assertThrows(ScoringException.class, csv::next);
        assertEquals("t.csv:3", e.issue().cell());
        assertEquals("the record is longer than 100 characters", e.issue().text().enOrZh());
        CsvTokenizer endless = new CsvTokenizer(endless("a,"), "t.csv", new CsvLimits(1000, 4000));
        assertThrows(ScoringException.class, endless::next);
    }
}
