package org.talentcatalog.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Seeded survey-sample CSV files of any size, written as a stream (memory does not grow with rows),
 * in the column layout of docs/scoring.md.
 */
public final class SurveyGenerator {

    private static final String[] TYPES = {"EMPLOYER", "EMPLOYER", "EMPLOYER", "INDUSTRY_ASSOCIATION", "HR_SERVICE_AGENCY",
        "RESEARCH_INSTITUTE", "THIRD_PARTY_DATA"};

    private SurveyGenerator() {
    }

    /**
     * Writes {@code rows} rows over {@code positions} positions and {@code respondents} respondents.
     */
    public static void write(Path file, long rows, int positions, int respondents, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("respondent_id,respondent_type,position_id,position_name,industry,region,vacancies,applicants,"
                    + "hires,days_to_fill,offered_salary,difficulty,weight\n");
            StringBuilder line = new StringBuilder(160);
            for (long r = 0; r < rows; r++) {
                int respondent = random.nextInt(respondents);
                int position = random.nextInt(positions);
                int vacancies = 1 + random.nextInt(30);
                int applicants = random.nextInt(60);
                line.setLength(0);
                line.append('R').append(respondent).append(',').append(TYPES[respondent % TYPES.length]).append(',')
                        .append("P-").append(position).append(',').append("岗位").append(position).append(',')
                        .append(CatalogGenerator.INDUSTRIES[position % CatalogGenerator.INDUSTRIES.length]).append(',')
                        .append("310115").append(',').append(vacancies).append(',').append(applicants).append(',')
                        .append(random.nextInt(vacancies + 1)).append(',').append(10 + random.nextInt(120)).append(',')
                        .append(100_000 + 1_000 * random.nextInt(500)).append(',').append(1 + random.nextInt(5)).append(',')
                        .append(1 + random.nextInt(3)).append('\n');
                w.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
