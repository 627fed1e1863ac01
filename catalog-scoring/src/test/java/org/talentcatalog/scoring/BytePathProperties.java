package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.scoring.internal.SurveyBytes;
import org.talentcatalog.scoring.internal.SurveyReader;
import org.talentcatalog.scoring.internal.SurveyTable;

/**
 * The byte reader takes every common record itself and hands each uncommon one, and only those, to
 * the text reader, with the same aggregate as reading the whole file as text. Common: plain numbers
 * (digits, at most one point, at most three places, six for the weight, below 10⁹), cells quoted or
 * not but without a quote inside, non-ASCII text only in the cells the survey reads. Uncommon, each
 * still a valid row: an exponent, a padded number, too many places, a doubled quote or a line break
 * inside quotes, a number of 10⁹ or more, non-ASCII text in a column the survey does not read.
 */
class BytePathProperties {

    private static final String HEADER = "respondent_id,respondent_type,position_id,position_name,industry,region,"
            + "vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight,note";
    private static final String[] NAMES = {"芯片设计工程师", "\"设计,验证\"", "", "Layout engineer", "\"封装\""};
    private static final String[] UNCOMMON = {"exponent", "padded", "places", "doubled quote", "line break", "huge", "note"};

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String maybeQuoted(Random r, String cell) {
        return r.nextInt(4) == 0 ? "\"" + cell + "\"" : cell;
    }

    /** A record; {@code kind} is null for a common one, else the uncommon feature it has. */
    private static String record(Random r, String kind) {
        RespondentType type = RespondentType.values()[r.nextInt(RespondentType.values().length)];
        String[] cells = {
            pick(r, "R", "企业") + r.nextInt(6),
            r.nextBoolean() ? type.name() : type.name().toLowerCase(java.util.Locale.ROOT),
            "P" + r.nextInt(5),
            pick(r, NAMES),
            pick(r, "集成电路", "", "IC"),
            pick(r, "浦东", "", "Minhang"),
            maybeQuoted(r, pick(r, "0", "3", "12", "2.5")),
            maybeQuoted(r, pick(r, "0", "7", "150", "12.125")),
            maybeQuoted(r, pick(r, "0", "1", "4")),
            pick(r, "", "30", "45.5"),
            pick(r, "", "12000", "8500.75", "999999999"),
            pick(r, "", "1", "3", "2.5", "5", "4.999"),
            pick(r, "", "1", "0.5", "2.000001", "1000", "0.000001"),
            pick(r, "", "ok", "\"a,b\"")};
        if (kind != null) {
            switch (kind) {
                case "exponent" -> cells[6] = "1e1";
                case "padded" -> cells[7] = " 3 ";
                case "places" -> cells[12] = "0.0000005";
                case "doubled quote" -> cells[3] = "\"芯片\"\"设计\"";
                case "line break" -> cells[3] = "\"芯片\n设计\"";
                case "huge" -> cells[10] = "1000000000";
                case "note" -> cells[13] = "备注";
                default -> throw new IllegalArgumentException(kind);
            }
        }
        return String.join(",", cells);
    }

    @Property(tries = 200)
    void commonRecordsStayOnTheBytePathAndUncommonOnesAloneLeaveIt(@ForAll long seed) {
        Random r = new Random(seed);
        String eol = r.nextBoolean() ? "\n" : "\r\n";
        Charset charset = r.nextBoolean() ? StandardCharsets.UTF_8 : TextEncoding.GB18030;
        StringBuilder body = new StringBuilder();
        int uncommon = 0;
        int rows = 1 + r.nextInt(40);
        for (int i = 0; i < rows; i++) {
            String kind = r.nextInt(4) == 0 ? pick(r, UNCOMMON) : null;
            body.append(record(r, kind)).append(eol);
            uncommon += kind == null ? 0 : 1;
        }
        String head = HEADER + eol;
        byte[] header = head.getBytes(charset);
        byte[] all = (head + body).getBytes(charset);

        SurveyBytes bytes = new SurveyBytes(table(), "s.csv");
        bytes.read(header, all, header.length, all.length, charset);
        SurveyTable text = table();
        SurveyReader.read(new StringReader(head + body), "s.csv", text);

        assertEquals(uncommon, bytes.recordsReadAsText(), body::toString);
        ParallelAggregationProperties.assertSame(SurveyAggregate.of(text), SurveyAggregate.of(bytes.table()));
    }

    private static SurveyTable table() {
        SurveyTable t = new SurveyTable();
        t.acceptTitleOnly();
        t.sumPerPosition();
        return t;
    }
}
