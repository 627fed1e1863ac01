package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregation sums per position, not per respondent × position: sums that outgrow a {@code long}
 * move to the exact part and the indicators stay those of the per-respondent reading.
 */
class PositionSumsTest {

    @TempDir
    Path dir;

    @Test
    void sumsBeyondALongStayExact() throws Exception {
        StringBuilder text = new StringBuilder("respondent_id,respondent_type,position_id,vacancies,applicants,hires,"
                + "days_to_fill,offered_salary,difficulty,weight\n");
        // each row's weight × vacancies fits a long (8.99…·10¹⁸ units of 10⁻⁹); two of them do not
        for (int i = 0; i < 9; i++) {
            text.append("R").append(i % 4).append(",EMPLOYER,P1,9,").append(9 - i).append(",1,,,")
                    .append(1 + i % 5).append(",999999999\n");
            text.append("R").append(i).append(",HR_SERVICE_AGENCY,P2,").append(i + 1).append(",4,2,,,,").append(i + 1).append('\n');
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        SurveyData reference = SurveyData.read(new StringReader(text.toString()), "big.csv");
        for (int parallelism = 1; parallelism <= 2; parallelism++) {
            SurveyAggregate a = SurveyAggregation.builder().parallelism(parallelism).chunkSize(200).build().aggregate(file);
            assertEquals(reference.indicators(SurveyOptions.DEFAULT), a.toIndicatorTable(SurveyOptions.DEFAULT));
            assertEquals(reference.coverage(3), a.coverage(3));
            assertEquals(18, a.rowCount());
        }
        assertEquals(9, SurveyAggregation.aggregate(new StringReader(text.toString()), "big.csv").positions(SurveyOptions.DEFAULT)
                .get(1).respondents());
    }
}
