package org.talentcatalog.spark;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random postings files, CSV or JSON Lines, that {@code catalog postings} accepts: titles of
 * the example catalog's positions and titles no position fits, repeated companies, cities and days
 * (so duplicates merge), salaries with units and periods, empty cells, closing days for some.
 */
final class RandomPostings {

    private static final String[] TITLES = {"集成电路设计工程师", "IC设计工程师（数字）", "模拟IC设计工程师", "光刻工艺工程师",
        "封装测试工程师", "芯片验证工程师", "EDA算法工程师", "半导体设备工程师", "诚聘精英", "行政前台", "销售代表 底薪+提成",
        "工艺整合工程师 五险一金", "Java开发工程师", "会计"};
    private static final String[] COMPANIES = {"甲公司", "乙半导体有限公司", "丙科技", "丁微电子", "\"戊\",芯片", "己"};
    private static final String[] CITIES = {"浦东新区", "闵行区", "松江区"};
    private static final String[] SALARIES = {"", "15000", "2万", "25k", "18.5千", "300000", "1,200", "450"};
    private static final String[] PERIODS = {"", "月", "年", "日薪", "month", "year"};
    private static final String[] EDUCATION = {"", "本科及以上", "硕士", "大专", "博士优先"};
    private static final String[] EXPERIENCE = {"", "3-5年", "应届生", "经验不限", "5年以上"};
    private static final List<String> COLUMNS = List.of("posting_id", "title", "company", "city", "salary_min", "salary_max",
            "salary_period", "education", "experience", "posted_on", "closed_on");

    private RandomPostings() {
    }

    /** The rows' cells, in {@link #COLUMNS} order. */
    static List<String[]> rows(int rows, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2024, 1, 1);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String min = pick(r, SALARIES);
            String max = min.isEmpty() || r.nextBoolean() ? pick(r, SALARIES) : min;
            if (!min.isEmpty() && !max.isEmpty() && value(min) > value(max)) {
                String t = min;
                min = max;
                max = t;
            }
            LocalDate posted = start.plusDays(r.nextInt(120));
            String closed = r.nextInt(3) == 0 ? "" : posted.plusDays(r.nextInt(90)).toString();
            out.add(new String[] {"P" + i, pick(r, TITLES), pick(r, COMPANIES), pick(r, CITIES), min, max, pick(r, PERIODS),
                pick(r, EDUCATION), pick(r, EXPERIENCE), posted.toString(), closed});
        }
        return out;
    }

    /** Writes a CSV file. */
    static void csv(Path file, int rows, long seed, Charset charset) throws IOException {
        StringBuilder s = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (String[] row : rows(rows, seed)) {
            for (int i = 0; i < row.length; i++) {
                String c = row[i];
                s.append(i == 0 ? "" : ",").append(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            s.append('\n');
        }
        Files.writeString(file, s, charset);
    }

    /** Writes a JSON Lines file (salaries that are plain numbers as JSON numbers, empty cells left out). */
    static void jsonLines(Path file, int rows, long seed) throws IOException {
        StringBuilder s = new StringBuilder();
        for (String[] row : rows(rows, seed)) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                String c = row[i];
                if (c.isEmpty()) {
                    continue;
                }
                boolean number = c.matches("\\d+");
                fields.add("\"" + COLUMNS.get(i) + "\": " + (number ? c : "\"" + c.replace("\"", "\\\"") + "\""));
            }
            s.append('{').append(String.join(", ", fields)).append("}\n");
        }
        Files.writeString(file, s);
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static double value(String salary) {
        String t = salary.replace(",", "");
        char last = t.charAt(t.length() - 1);
        double f = last == 'k' || last == '千' ? 1000 : last == '万' ? 10000 : 1;
        return Double.parseDouble(f == 1 ? t : t.substring(0, t.length() - 1)) * f;
    }
}
