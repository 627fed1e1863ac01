package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.model.io.TextEncoding;

/**
 * Reading a samples file from its bytes (on one thread or in chunks on several) gives what reading
 * its text gives: the same aggregate, bit for bit, or the same error at the same place — for padded
 * and quoted cells, full-width spaces, numbers that are not plain, overflowing products, cells the
 * survey does not read, byte order marks, empty lines, GB18030 and quoted line breaks anywhere.
 */
class ByteReadingProperties {

    private static final String HEADER = "respondent_id,respondent_type,备注,position_id,position_name,industry,region,"
            + "vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight";
    private static final String[] IDS = {"R1", "R2", " R3 ", "\u3000R4", "\"R5\"", "Ｒ6", "\"R1\"", "\"多行\nR7\""};
    private static final String[] POSITIONS = {"P1", "P2", " P3", "\"P1\"", "岗位4", "P5\u3000", "\"P\"\"6\""};
    private static final String[] NAMES = {"芯片设计工程师", "\"数据, 分析师\"", " 算法 ", "\u3000算法", "", "\"多行\r\n岗位\""};
    private static final String[] PLACES = {"集成电路", "", " 金融 ", "\"航运\"", "\u3000", "浦东"};
    private static final String[] COUNTS = {"0", "7", "12.5", " 3", "\"4\"", "1e1", "0.0005", "900000000", "2.25"};
    private static final String[] WEIGHTS = {"", "1", "2.5", "0.0000001", "1e-9", "999999999", "1000000000", "\"3\""};
    private static final String[] NOTES = {"", "备注", "\"含,逗号\"", "note"};

    @Property(tries = 300)
    void bytesReadAsTheText(@ForAll long seed, @ForAll @IntRange(min = 0, max = 700) int chunkSize,
            @ForAll @IntRange(min = 1, max = 3) int parallelism, @ForAll boolean gb18030, @ForAll boolean bom)
            throws IOException {
        Random r = new Random(seed);
        String text = samples(r);
        if (r.nextInt(4) == 0) {
            text = corrupt(r, text);
        }
        check(text, gb18030 ? TextEncoding.GB18030 : StandardCharsets.UTF_8, bom, chunkSize, parallelism);
    }

    /**
     * A header and no record is checked as the text reader checks it: a column missing, or a CR alone
     * inside the header (which ends it for the text reader), is the same located error on every path.
     */
    @Example
    void aHeaderWithoutRecordsIsCheckedAsTheTextReaderChecksIt() throws IOException {
        for (String header : new String[] {HEADER.replace("vacancies,", ""), HEADER.replace("position_name,", "position_name,\r,")}) {
            Path file = Files.createTempFile("samples", ".csv");
            try {
                Files.writeString(file, header + "\r\n", StandardCharsets.UTF_8);
                for (int parallelism = 1; parallelism <= 2; parallelism++) {
                    SurveyAggregation aggregation = SurveyAggregation.builder().parallelism(parallelism).build();
                    ScoringException e = assertThrows(ScoringException.class, () -> aggregation.aggregate(file));
                    assertTrue(e.getMessage().endsWith(":1: 缺少必需的列：vacancies"), e.getMessage());
                }
            } finally {
                Files.delete(file);
            }
        }
    }

    /** Any byte changed: still the text reader's answer, or its error. */
    @Property(tries = 150)
    void anyByteChangedReadsAsTheText(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int chunkSize,
            @ForAll @IntRange(min = 1, max = 3) int parallelism) throws IOException {
        Random r = new Random(seed);
        byte[] bytes = samples(r).getBytes(StandardCharsets.UTF_8);
        int at = HEADER.getBytes(StandardCharsets.UTF_8).length + 1;
        if (bytes.length > at) {
            bytes[at + r.nextInt(bytes.length - at)] = (byte) r.nextInt(256);
        }
        Path file = Files.createTempFile("samples", ".csv");
        try {
            Files.write(file, bytes);
            compare(file, chunkSize, parallelism);
        } finally {
            Files.delete(file);
        }
    }

    static void check(String text, Charset cs, boolean bom, int chunkSize, int parallelism) throws IOException {
        Path file = Files.createTempFile("samples", ".csv");
        try {
            Files.writeString(file, (bom ? "\uFEFF" : "") + text, cs);
            compare(file, chunkSize, parallelism);
        } finally {
            Files.delete(file);
        }
    }

    private static void compare(Path file, int chunkSize, int parallelism) throws IOException {
        Object expected;
        try (Reader reader = TextEncoding.open(file)) {
            expected = outcome(() -> SurveyAggregation.aggregate(reader, file.getFileName().toString()));
        }
        SurveyAggregation.Builder b = SurveyAggregation.builder().parallelism(parallelism);
        if (chunkSize >= 16) {
            b.chunkSize(chunkSize);
        }
        Object actual = outcome(() -> b.build().aggregate(file));
        if (expected instanceof SurveyAggregate e && actual instanceof SurveyAggregate a) {
            ParallelAggregationProperties.assertSame(e, a);
        } else {
            assertEquals(expected, actual);
        }
    }

    /** The aggregate, or the error's message (place included). */
    private static Object outcome(java.util.function.Supplier<SurveyAggregate> read) {
        try {
            return read.get();
        } catch (ScoringException e) {
            return e.getMessage();
        }
    }

    /** One cell replaced by something the survey refuses (or accepts in an unusual form). */
    private static String corrupt(Random r, String text) {
        String[] bad = {",,", ",很多,", ",UNKNOWN_TYPE,", ",-1,", ",0,", ",7,", ",\"a\"b,", ",\r,"};
        int at = text.indexOf(',', r.nextInt(text.length()));
        return at < 0 ? text : text.substring(0, at) + bad[r.nextInt(bad.length)] + text.substring(at + 1);
    }

    /** A random samples file of up to 80 rows. */
    static String samples(Random r) {
        String eol = r.nextBoolean() ? "\n" : "\r\n";
        StringBuilder out = new StringBuilder(HEADER).append(eol);
        int rows = r.nextInt(80);
        RespondentType[] types = RespondentType.values();
        for (int i = 0; i < rows; i++) {
            boolean titleOnly = r.nextInt(12) == 0;
            String name = pick(r, NAMES);
            if (titleOnly && name.isBlank()) {
                name = "自由文本岗位";
            }
            String type = types[r.nextInt(types.length)].name();
            type = switch (r.nextInt(6)) {
                case 0 -> type.toLowerCase();
                case 1 -> " " + type + " ";
                case 2 -> "\"" + type + "\"";
                default -> type;
            };
            out.append(pick(r, IDS)).append(',').append(type).append(',').append(pick(r, NOTES)).append(',')
                    .append(titleOnly ? (r.nextBoolean() ? "" : " ") : pick(r, POSITIONS)).append(',')
                    .append(name).append(',').append(pick(r, PLACES)).append(',').append(pick(r, PLACES)).append(',')
                    .append(r.nextInt(3) == 0 ? pick(r, COUNTS) : String.valueOf(r.nextInt(20))).append(',')
                    .append(r.nextInt(3) == 0 ? pick(r, COUNTS) : r.nextInt(50) + "." + r.nextInt(10)).append(',')
                    .append(r.nextInt(10)).append(',')
                    .append(r.nextBoolean() ? "" : String.valueOf(r.nextInt(200))).append(',')
                    .append(r.nextBoolean() ? "" : r.nextInt(9) == 0 ? "8000.5" : String.valueOf(5000 + 500 * r.nextInt(20)))
                    .append(',').append(r.nextBoolean() ? "" : String.valueOf(1 + r.nextInt(5))).append(',')
                    .append(pick(r, WEIGHTS));
            if (i < rows - 1 || r.nextBoolean()) {
                out.append(eol);
            }
            if (r.nextInt(20) == 0) {
                out.append(eol);
            }
        }
        return out.toString();
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
