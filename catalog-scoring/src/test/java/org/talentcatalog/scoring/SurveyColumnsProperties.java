package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.io.CsvReader;

/**
 * Records read one by one with {@link SurveyColumns} and added to a {@link SurveyAggregate} give the
 * aggregate the CSV reader gives, bit for bit; an aggregate survives serialisation unchanged.
 */
class SurveyColumnsProperties {

    /** The aggregate of a CSV text read record by record through {@link SurveyColumns}. */
    static SurveyAggregate byRecords(String text, String source) {
        CsvReader csv = CsvReader.builder().source(source).read(new StringReader(text));
        csv.next();
        SurveyColumns columns = SurveyColumns.of(List.of(csv.fields()), source);
        SurveyAggregate out = new SurveyAggregate();
        while (csv.next()) {
            SurveySample s = columns.read(Arrays.asList(csv.fields()), i -> source + " [" + i + "]");
            if (s == null) {
                out.countTitleOnlyRow();
            } else {
                out.add(s);
            }
        }
        return out;
    }

    @Property(tries = 200)
    void recordByRecordEqualsTheCsvReader(@ForAll long seed) {
        String text = ParallelAggregationProperties.samples(new Random(seed), true);
        SurveyAggregate csv = SurveyAggregation.aggregate(new StringReader(text), "s.csv");
        SurveyAggregate records = byRecords(text, "s.csv");
        ParallelAggregationProperties.assertSame(csv, records);
        assertEquals(SurveyAggregateReport.of(csv, SurveyOptions.DEFAULT, 2, null).json(Locale.ENGLISH),
                SurveyAggregateReport.of(records, SurveyOptions.DEFAULT, 2, null).json(Locale.ENGLISH));
    }

    @Property(tries = 100)
    void aSerialisedAggregateReadsBackTheSame(@ForAll long seed) throws Exception {
        SurveyAggregate a = SurveyAggregation.aggregate(
                new StringReader(ParallelAggregationProperties.samples(new Random(seed), true)), "s.csv");
        SurveyAggregate back = roundTrip(a);
        ParallelAggregationProperties.assertSame(a, back);
        assertEquals(SurveyAggregateReport.of(a, SurveyOptions.DEFAULT, 1, null).json(null),
                SurveyAggregateReport.of(back, SurveyOptions.DEFAULT, 1, null).json(null));
    }

    @Test
    void badCellsGiveTheCsvReadersMessagesAtTheGivenLocation() {
        String header = "respondent_id,respondent_type,position_id,vacancies,applicants,hires,difficulty,weight\n";
        for (String row : List.of("R1,EMPLOYER,P1,1,x,1,,", "R1,EMPLOYER,P1,1,-1,1,,", "R1,EMPLOYER,P1,1,1,1,7,",
                "R1,EMPLOYER,P1,1,1,1,0.5,", "R1,EMPLOYER,P1,1,1,1,,0", "R1,EMPLOYER,P1,1,1,1e999,,", "R1,NOBODY,P1,1,1,1,,",
                ",EMPLOYER,P1,1,1,1,,", "R1,EMPLOYER,,1,1,1,,", "R1,EMPLOYER,P1,,1,1,,", "R1,EMPLOYER,P1,1,1,2e15,,")) {
            ScoringException csv = assertThrows(ScoringException.class,
                    () -> SurveyAggregation.aggregate(new StringReader(header + row), "s.csv"), row);
            ScoringException records = assertThrows(ScoringException.class, () -> byRecords(header + row, "s.csv"), row);
            for (Locale l : List.of(Locale.CHINESE, Locale.ENGLISH)) {
                assertEquals(message(csv.describe(l)), message(records.describe(l)), row);
            }
        }
    }

    @Test
    void aMissingColumnIsNamedAndATitleOnlyRecordIsNotASample() {
        ScoringException e = assertThrows(ScoringException.class,
                () -> SurveyColumns.of(List.of("respondent_id", "respondent_type", "position_id", "vacancies", "applicants"), "x.csv"));
        assertEquals("x.csv: missing required column: hires", e.describe(Locale.ENGLISH));
        SurveyColumns c = SurveyColumns.of(List.of("Respondent_ID ", "respondent_type", "position_id", "position_name",
                "vacancies", "applicants", "hires"), "x.csv");
        assertNull(c.read(Arrays.asList("R1", "EMPLOYER", " ", "自由文本", "1", "1", "1"), i -> "x.csv"));
        assertEquals(new SurveySample("R1", org.talentcatalog.model.RespondentType.EMPLOYER, "P1", "名", "", "", 1, 2, 3,
                null, null, null, 1), c.read(Arrays.asList(" R1", "employer", "P1", "名", "1", "2", "3"), i -> "x.csv"));
    }

    /** The message after the location (line:column for the CSV reader, the given text for records). */
    private static String message(String described) {
        return described.substring(described.indexOf(": ") + 2);
    }

    static SurveyAggregate roundTrip(SurveyAggregate a) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(a);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (SurveyAggregate) in.readObject();
        }
    }
}
