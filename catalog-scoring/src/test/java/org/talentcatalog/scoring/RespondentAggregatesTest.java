package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-respondent aggregates a bootstrap resamples: all of them once are the whole sample, k copies count k times. */
class RespondentAggregatesTest {

    private static final String CSV = """
            respondent_id,respondent_type,position_id,position_name,industry,region,vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight
            E1,EMPLOYER,P1,甲,IC,310115,4,2,1,30,200000,4,1
            E1,EMPLOYER,P2,乙,IC,310115,2,4,2,10,100000,2,1
            E2,EMPLOYER,P1,甲,IC,310115,2,2,2,20,300000,3,2
            A1,INDUSTRY_ASSOCIATION,P2,乙,IC,310115,6,2,3,,150000,,1
            """;

    private static IndicatorTable merged(List<SurveyAggregate> parts, int... times) {
        SurveyAggregate all = new SurveyAggregate();
        for (int i = 0; i < parts.size(); i++) {
            if (times[i] > 0) {
                all.addAll(parts.get(i), times[i]);
            }
        }
        return all.toIndicatorTable(SurveyOptions.DEFAULT);
    }

    @Test
    void allOfThemOnceAreTheWholeSample() {
        SurveyData data = SurveyData.read(new StringReader(CSV), "s.csv");
        List<SurveyAggregate> parts = data.respondentAggregates();
        assertEquals(3, parts.size());
        assertEquals(data.indicators(SurveyOptions.DEFAULT).rows(), merged(parts, 1, 1, 1).rows());
        SurveyData ic = SurveyData.read(Path.of("../examples/data/scoring/ic-survey-samples.csv"));
        List<SurveyAggregate> icParts = ic.respondentAggregates();
        int[] once = new int[icParts.size()];
        java.util.Arrays.fill(once, 1);
        assertEquals(ic.indicators(SurveyOptions.DEFAULT).rows(), merged(icParts, once).rows());
    }

    @Test
    void aRespondentDrawnTwiceCountsTwice() {
        SurveyData data = SurveyData.read(new StringReader(CSV), "s.csv");
        String twice = CSV + "E2,EMPLOYER,P1,甲,IC,310115,2,2,2,20,300000,3,2\n";
        List<PositionRow> expected = SurveyData.read(new StringReader(twice), "t.csv")
                .indicators(SurveyOptions.DEFAULT).rows();
        List<PositionRow> actual = merged(data.respondentAggregates(), 1, 2, 1).rows();
        assertEquals(expected.get(0).values(), actual.get(0).values());
        assertEquals(expected.get(1).values().get("demand_supply_ratio"), actual.get(1).values().get("demand_supply_ratio"));
    }
}
