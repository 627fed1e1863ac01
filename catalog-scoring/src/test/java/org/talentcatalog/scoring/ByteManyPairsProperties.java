package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.talentcatalog.model.RespondentType;

/**
 * Files with many positions and many respondent × position pairs — more than the byte reader first
 * makes room for — whose rows change a position's name or industry, and a respondent's type, industry
 * or region, from row to row, with sums too large for fixed point now and then: read from the bytes
 * on one thread, or in chunks, they give what their text gives.
 */
class ByteManyPairsProperties {

    private static final String HEADER = "respondent_id,respondent_type,position_id,position_name,industry,region,"
            + "vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight";
    private static final String[] NAMES = {"芯片设计工程师", "算法工程师", "Analyst", "", " 数据分析师 "};
    private static final String[] INDUSTRIES = {"", "集成电路", "金融"};
    private static final String[] REGIONS = {"", "浦东", "徐汇"};
    private static final String[] WEIGHTS = {"", "1", "2.5", "999999999", "0.000001"};
    private static final String[] COUNTS = {"0", "3", "12.5", "900000000"};

    @Property(tries = 40)
    void manyPairsReadFromTheBytesAsFromTheText(@ForAll long seed, @ForAll @IntRange(min = 1, max = 2) int parallelism)
            throws IOException {
        Random r = new Random(seed);
        String text = samples(r);
        SurveyAggregate expected = SurveyAggregation.aggregate(new StringReader(text), "s.csv");
        Object actual = ByteCellShapesTest.outcome(text, parallelism, parallelism == 1 ? 0 : 256 + r.nextInt(2048));
        ParallelAggregationProperties.assertSame(expected, assertInstanceOf(SurveyAggregate.class, actual));
    }

    @Property(tries = 10)
    void everyPairIsCoveredOnce(@ForAll @IntRange(min = 65, max = 400) int pairs) throws IOException {
        // one type, industry and region throughout: each respondent is counted once, however many rows
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        Set<String> respondents = new HashSet<>();
        for (int i = 0; i < pairs; i++) {
            String respondent = "R" + i / 3;
            respondents.add(respondent);
            out.append(respondent).append(",EMPLOYER,P").append(i % 70).append(",岗位,集成电路,浦东,2,3,1,,,,\n");
        }
        SurveyAggregate expected = SurveyAggregation.aggregate(new StringReader(out.toString()), "s.csv");
        SurveyAggregate actual = assertInstanceOf(SurveyAggregate.class, ByteCellShapesTest.outcome(out.toString(), 1, 0));
        ParallelAggregationProperties.assertSame(expected, actual);
        assertEquals(pairs, actual.rowCount());
        assertEquals(expected.coverage(1), actual.coverage(1));
        assertEquals(respondents.size(), SurveyData.read(new StringReader(out.toString()), "s.csv").respondentCount());
    }

    /** Up to 600 rows over up to 40 positions and 30 respondents, LF or CRLF, a blank line now and then. */
    private static String samples(Random r) {
        String eol = r.nextBoolean() ? "\n" : "\r\n";
        StringBuilder out = new StringBuilder(HEADER).append(eol);
        int positions = 1 + r.nextInt(40);
        int respondents = 1 + r.nextInt(30);
        int rows = r.nextInt(600);
        RespondentType[] types = RespondentType.values();
        for (int i = 0; i < rows; i++) {
            boolean big = r.nextInt(30) == 0;
            out.append('R').append(r.nextInt(respondents)).append(',')
                    .append(types[r.nextInt(4) == 0 ? r.nextInt(types.length) : 0].name()).append(',')
                    .append('P').append(r.nextInt(positions)).append(',')
                    .append(NAMES[r.nextInt(8) == 0 ? r.nextInt(NAMES.length) : 0]).append(',')
                    .append(INDUSTRIES[r.nextInt(6) == 0 ? r.nextInt(INDUSTRIES.length) : 1]).append(',')
                    .append(REGIONS[r.nextInt(6) == 0 ? r.nextInt(REGIONS.length) : 1]).append(',')
                    .append(big ? COUNTS[3] : COUNTS[r.nextInt(3)]).append(',')
                    .append(COUNTS[r.nextInt(3)]).append(',')
                    .append(r.nextInt(3)).append(',')
                    .append(r.nextInt(3) == 0 ? "" : String.valueOf(10 + r.nextInt(90))).append(',')
                    .append(r.nextInt(3) == 0 ? "" : String.valueOf(8000 + 500 * r.nextInt(10))).append(',')
                    .append(r.nextInt(3) == 0 ? "" : String.valueOf(1 + r.nextInt(5))).append(',')
                    .append(big ? WEIGHTS[3] : WEIGHTS[r.nextInt(WEIGHTS.length)]).append(eol);
            if (r.nextInt(25) == 0) {
                out.append(eol);
            }
        }
        return out.toString();
    }
}
