package org.talentcatalog.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates the seeded integrated-circuit demand-survey sample set shipped in
 * {@code examples/data/scoring/ic-survey-samples.csv}: 40 positions, 88 respondents of all five
 * respondent types, about three thousand rows. Each position has a latent scarcity in [0, 1]; scarcer
 * positions get more vacancies per qualified applicant, fewer hires, longer time to fill, higher
 * offered salaries and higher reported difficulty, each with respondent-level noise. Same seed, same
 * bytes: run {@code main} to regenerate.
 */
public final class IcSurveyGenerator {

    /** The seed of the shipped file. */
    public static final long SEED = 20_240_601L;

    private static final List<String> POSITIONS = List.of("集成电路设计工程师", "数字前端设计工程师", "模拟电路设计工程师",
            "射频芯片设计工程师", "数字验证工程师", "可测性设计工程师", "芯片架构师", "物理设计工程师", "版图设计工程师",
            "EDA工具研发工程师", "工艺整合工程师", "光刻工艺工程师", "刻蚀工艺工程师", "薄膜工艺工程师", "离子注入工程师",
            "化学机械抛光工程师", "良率提升工程师", "器件工程师", "失效分析工程师", "晶圆测试工程师", "封装工艺工程师",
            "先进封装研发工程师", "测试开发工程师", "产品工程师", "质量工程师", "设备工程师", "厂务工程师",
            "半导体材料工程师", "光掩模工程师", "嵌入式软件工程师", "固件工程师", "FPGA工程师", "功率器件工程师",
            "MEMS工艺工程师", "化合物半导体工程师", "SoC集成工程师", "IP核开发工程师", "信号完整性工程师",
            "半导体设备研发工程师", "芯片销售应用工程师");
    private static final List<String> REGIONS = List.of("上海", "北京", "深圳", "无锡", "合肥", "成都");

    private IcSurveyGenerator() {
    }

    /**
     * The CSV text for a seed.
     *
     * @param seed the random seed
     * @return the survey samples CSV, header first, LF line ends
     */
    public static String generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = POSITIONS.size();
        double[] scarcity = new double[n];
        for (int p = 0; p < n; p++) {
            scarcity[p] = random.nextDouble();
        }
        StringBuilder sb = new StringBuilder("respondent_id,respondent_type,position_id,position_name,industry,region,"
                + "vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight\n");
        String[][] types = {{"EMPLOYER", "E", "60"}, {"INDUSTRY_ASSOCIATION", "A", "6"}, {"HR_SERVICE_AGENCY", "H", "10"},
            {"RESEARCH_INSTITUTE", "R", "8"}, {"THIRD_PARTY_DATA", "T", "4"}};
        for (String[] type : types) {
            int count = Integer.parseInt(type[2]);
            for (int r = 1; r <= count; r++) {
                String id = String.format(Locale.ROOT, "%s%03d", type[1], r);
                String region = REGIONS.get(random.nextInt(REGIONS.size()));
                double weight = type[0].equals("EMPLOYER") ? 1 + random.nextInt(4) * 0.5 : 1.0;
                double coverage = type[0].equals("EMPLOYER") ? 0.6 : 0.9;
                for (int p = 0; p < n; p++) {
                    if (random.nextDouble() > coverage) {
                        continue;
                    }
                    double s = Math.min(1, Math.max(0, scarcity[p] + 0.15 * (random.nextDouble() - 0.5)));
                    int vacancies = 1 + random.nextInt(3 + (int) (12 * s));
                    double ratio = 0.4 + 3.2 * s * (0.8 + 0.4 * random.nextDouble());
                    int applicants = (int) Math.round(vacancies / ratio);
                    int hires = (int) Math.round(Math.min(applicants, vacancies) * (1 - 0.6 * s) * random.nextDouble());
                    double days = Math.round(20 + 100 * s * (0.7 + 0.6 * random.nextDouble()));
                    double salary = 1000 * Math.round(150 + 250 * s + 80 * random.nextDouble());
                    int difficulty = (int) Math.max(1, Math.min(5, Math.round(1 + 4 * s + random.nextDouble() - 0.5)));
                    boolean optional = random.nextDouble() < 0.93;
                    sb.append(id).append(',').append(type[0]).append(',')
                            .append(String.format(Locale.ROOT, "IC-%03d", p + 1)).append(',').append(POSITIONS.get(p))
                            .append(",集成电路,").append(region).append(',').append(vacancies).append(',')
                            .append(applicants).append(',').append(hires).append(',')
                            .append(optional ? String.valueOf((long) days) : "").append(',')
                            .append(optional ? String.valueOf((long) salary) : "").append(',')
                            .append(difficulty).append(',').append(weight).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /**
     * Writes {@code examples/data/scoring/ic-survey-samples.csv} (or the path given).
     *
     * @param args optional target path
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "examples/data/scoring/ic-survey-samples.csv");
        Files.writeString(target, generate(SEED), StandardCharsets.UTF_8);
    }
}
