package org.talentcatalog.scoring.internal;

import java.io.Reader;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.SurveySample;

/** Streams the survey-samples CSV of SCORING.md into {@link SurveySample}s, one row at a time. */
public final class SurveyReader {

    private SurveyReader() {
    }

    /**
     * Reads every row and hands it to {@code sink}.
     *
     * @param reader the CSV text
     * @param source the file name for error locations
     * @param sink receives each sample
     * @return the number of rows read
     * @throws ScoringException for a missing column, a bad type, a negative count, a non-numeric cell
     */
    public static long read(Reader reader, String source, Consumer<SurveySample> sink) {
        CsvTokenizer csv = new CsvTokenizer(reader, source);
        CsvColumns c = new CsvColumns(csv);
        int respondent = c.require("respondent_id");
        int type = c.require("respondent_type");
        int position = c.require("position_id");
        int vacancies = c.require("vacancies");
        int applicants = c.require("applicants");
        int hires = c.require("hires");
        int name = c.optional("position_name");
        int industry = c.optional("industry");
        int region = c.optional("region");
        int days = c.optional("days_to_fill");
        int salary = c.optional("offered_salary");
        int difficulty = c.optional("difficulty");
        int weight = c.optional("weight");
        long rows = 0;
        while (csv.next()) {
            String rid = c.text(respondent);
            if (rid.isEmpty()) {
                throw new ScoringException(csv.location(respondent), "respondent_id 为空", "empty respondent_id");
            }
            String pid = c.text(position);
            if (pid.isEmpty()) {
                throw new ScoringException(csv.location(position), "position_id 为空", "empty position_id");
            }
            RespondentType rt = type(c.text(type), csv.location(type));
            OptionalDouble diff = optional(c, difficulty, 1);
            if (diff.isPresent() && diff.getAsDouble() > 5) {
                throw new ScoringException(csv.location(difficulty), "difficulty 应在 1–5 之间",
                        "difficulty must be between 1 and 5");
            }
            double w = c.blank(weight) ? 1.0 : c.number(weight, 0, true);
            sink.accept(new SurveySample(rid, rt, pid, c.text(name), c.text(industry), c.text(region),
                    c.number(vacancies, 0, false), c.number(applicants, 0, false), c.number(hires, 0, false),
                    optional(c, days, 0), optional(c, salary, 0), diff, w));
            rows++;
        }
        return rows;
    }

    private static OptionalDouble optional(CsvColumns c, int column, double min) {
        return c.blank(column) ? OptionalDouble.empty() : OptionalDouble.of(c.number(column, min, false));
    }

    private static RespondentType type(String text, String location) {
        try {
            return RespondentType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ScoringException(location, "未知的 respondent_type：" + text
                    + "（应为 EMPLOYER、INDUSTRY_ASSOCIATION、HR_SERVICE_AGENCY、RESEARCH_INSTITUTE 或 THIRD_PARTY_DATA）",
                    "unknown respondent_type: " + text + " (expected EMPLOYER, INDUSTRY_ASSOCIATION, "
                            + "HR_SERVICE_AGENCY, RESEARCH_INSTITUTE or THIRD_PARTY_DATA)");
        }
    }
}
