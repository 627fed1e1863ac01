package org.talentcatalog.spark;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Seeded random survey-samples CSV files that reach the corners of the exact sums: decimal and huge
 * weights and values (beyond the fixed-point scales), blank optional cells, quoted names with commas,
 * quotes and line breaks, cells with spaces around them, respondent types in any case, and rows with
 * only a free-text title.
 */
final class RandomSurveys {

    private static final String[] TYPES = {"EMPLOYER", "employer", "INDUSTRY_ASSOCIATION", "HR_SERVICE_AGENCY",
        "THIRD_PARTY_DATA", "RESEARCH_INSTITUTE"};
    private static final String[] NAMES = {"集成电路设计工程师", "\"芯片, 架构师\"", "\"固件\"\"工程师\"\"\"",
        "\"多行\n岗位\"", " 测试工程师 ", ""};

    private RandomSurveys() {
    }

    /**
     * Writes a file.
     *
     * @param file where
     * @param rows how many rows
     * @param seed the seed
     * @param charset the encoding
     */
    static void write(Path file, int rows, long seed, Charset charset) throws IOException {
        Random r = new Random(seed);
        int positions = 1 + r.nextInt(12);
        int respondents = 1 + r.nextInt(30);
        StringBuilder out = new StringBuilder(
                "respondent_id,respondent_type,position_id,position_name,industry,region,vacancies,applicants,hires,"
                        + "days_to_fill,offered_salary,difficulty,weight\n");
        for (int i = 0; i < rows; i++) {
            int resp = r.nextInt(respondents);
            if (r.nextInt(40) == 0) {
                out.append('R').append(resp).append(",EMPLOYER,,自由文本岗位,,,1,1,1,,,,\n");
                continue;
            }
            out.append(r.nextBoolean() ? "R" + resp : " R" + resp + " ").append(',')
                    .append(TYPES[resp % TYPES.length]).append(',')
                    .append("P-").append(r.nextInt(positions)).append(',')
                    .append(NAMES[r.nextInt(NAMES.length)]).append(',')
                    .append(r.nextInt(5) == 0 ? "" : "行业" + r.nextInt(3)).append(',')
                    .append(r.nextInt(5) == 0 ? "" : "区" + r.nextInt(4)).append(',')
                    .append(value(r)).append(',').append(value(r)).append(',').append(value(r)).append(',')
                    .append(r.nextInt(4) == 0 ? "" : value(r)).append(',')
                    .append(r.nextInt(4) == 0 ? "" : salary(r)).append(',')
                    .append(r.nextInt(4) == 0 ? "" : difficulty(r)).append(',')
                    .append(r.nextInt(3) == 0 ? "" : weight(r)).append('\n');
        }
        Files.writeString(file, out, charset);
    }

    private static String value(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> "0";
            case 1 -> Integer.toString(r.nextInt(1000));
            case 2 -> String.format(java.util.Locale.ROOT, "%.3f", r.nextDouble() * 100);
            case 3 -> Double.toString(r.nextDouble() * 50); // more decimals than the scale keeps
            case 4 -> Long.toString(1_000_000_000_000L + r.nextInt(1_000_000)); // beyond the plain fast path
            default -> "1e" + r.nextInt(4);
        };
    }

    private static String salary(Random r) {
        return r.nextBoolean() ? Integer.toString(100_000 + 1000 * r.nextInt(50)) : String.format(java.util.Locale.ROOT, "%.2f", 1e5 + r.nextDouble() * 1e5);
    }

    private static String difficulty(Random r) {
        return r.nextBoolean() ? Integer.toString(1 + r.nextInt(5)) : Double.toString(1 + 4 * r.nextDouble());
    }

    private static String weight(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> "1";
            case 1 -> String.format(java.util.Locale.ROOT, "%.1f", 0.1 + r.nextDouble() * 3);
            case 2 -> Double.toString(r.nextDouble() + 1e-9); // beyond the weight scale: the exact fallback
            default -> "1234567.25";
        };
    }
}
