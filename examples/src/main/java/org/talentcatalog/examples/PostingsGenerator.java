package org.talentcatalog.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.talentcatalog.model.CatalogJson;

/**
 * Generates the seeded job-postings example shipped in {@code examples/data/postings/}: about 3,300
 * postings, January to June 2024, for the twelve positions of
 * {@code examples/data/catalogs/sh-ic-2024.json}, as online ads word them (noisy titles with pay,
 * perks and brackets), by fictional companies in Shanghai districts, with salaries stated per month,
 * year or day, varied education and experience wordings, reposts and copies, closing days for most,
 * and a few titles no position fits. Each position has a latent demand that sets how many postings it
 * gets, how they grow from the first quarter to the second, and their pay. Same seed, same bytes: run
 * {@code main} to regenerate.
 *
 * <p>{@link #forPositions(long, List)} writes the same kind of file for positions given by name — the
 * shipped {@code ic-template-postings-2024h1.csv} is the one for the 40 positions of the survey's
 * template catalog ({@code examples/data/scoring/ic-catalog-template.json}), so that the survey and
 * the postings describe the same positions.
 */
public final class PostingsGenerator {

    /** The seed of the shipped file. */
    public static final long SEED = 20_240_701L;

    /** The seed of the shipped file for the template catalog's positions. */
    public static final long TEMPLATE_SEED = 20_240_702L;

    /** What ads add to a position's name, {@code %s} standing for the name. */
    private static final String[] AD_FORMS = {"%s", "%s 双休", "高级%s", "%s（上海）", "%s【五险一金】", "%s-急招"};

    private static final String[][] TITLES = {
        {"集成电路设计工程师", "IC设计工程师（数字）", "集成电路设计工程师-上海-急招", "芯片设计工程师 双休"},
        {"模拟集成电路设计工程师", "模拟IC设计工程师", "模拟电路设计（ADC/PLL方向）", "高级模拟集成电路设计工程师 15薪"},
        {"工艺整合工程师", "PIE工艺整合工程师", "半导体工艺整合工程师（12寸）"},
        {"光刻工艺工程师", "光刻工程师 Photo", "光刻工艺工程师【五险一金】"},
        {"封装测试工程师", "封测工程师", "先进封装测试工程师 包吃住"},
        {"半导体设备工程师", "设备工程师（刻蚀机台）", "半导体设备维护工程师"},
        {"EDA 算法研究员", "EDA算法工程师", "EDA 算法研究员（布局布线）"},
        {"芯片验证工程师", "数字验证工程师 UVM", "芯片验证工程师（SoC）"},
        {"集成电路产业战略规划经理", "半导体产业战略规划经理", "战略规划经理（集成电路）"},
        {"半导体质量管理工程师", "质量工程师（半导体）", "半导体质量管理工程师 QE"},
        {"晶圆厂设备技术员", "设备技术员（晶圆厂 倒班）", "晶圆厂设备技术员 包住"},
        {"车规芯片功能安全工程师", "功能安全工程师 ISO26262", "车规芯片功能安全工程师"},
    };
    /** Monthly pay at the median, in yuan, per position. */
    private static final int[] PAY = {32000, 38000, 26000, 27000, 18000, 17000, 42000, 30000, 45000, 20000, 9000, 36000};
    private static final String[] UNFIT = {"诚聘精英", "储备干部（管培生）", "销售代表 底薪+提成", "行政前台"};
    private static final List<String> DISTRICTS = List.of("浦东新区", "闵行区", "松江区", "嘉定区", "徐汇区", "青浦区",
            "临港新片区");
    private static final List<String> COMPANY_HEADS = List.of("芯元", "晶澜", "沪微", "辰硅", "浦芯", "衡光", "锐晶", "星拓",
            "合纳", "申芯", "睿封", "海微", "图灵芯", "泽硅", "启明半导体", "宏湃");
    private static final List<String> COMPANY_TAILS = List.of("微电子有限公司", "半导体科技有限公司", "集成电路有限公司",
            "电子科技（上海）有限公司");
    private static final String[] EDUCATION = {"本科及以上", "硕士", "统招本科", "大专以上", "学历不限", "博士优先", "硕士及以上", ""};
    private static final String[] EXPERIENCE = {"3-5年", "经验不限", "应届生", "5年以上", "1-3年", "十年以上", "1年以下", ""};

    private PostingsGenerator() {
    }

    /**
     * The CSV text for a seed.
     *
     * @param seed the random seed
     * @return the postings CSV, Chinese header first, LF line ends
     */
    public static String generate(long seed) {
        return generate(seed, TITLES, PAY, 1.0);
    }

    /**
     * The CSV text for positions given by name: each name as ads word it (the plain name, with perks,
     * a seniority or a place), a monthly pay at the median drawn from 15,000 to 44,000 yuan per
     * position, and about a third of the volume per position of {@link #generate(long)}.
     *
     * @param seed the random seed
     * @param names the positions' names, in order
     * @return the postings CSV, Chinese header first, LF line ends
     */
    public static String forPositions(long seed, List<String> names) {
        SplittableRandom random = new SplittableRandom(~seed);
        String[][] titles = new String[names.size()][];
        int[] pay = new int[names.size()];
        for (int p = 0; p < names.size(); p++) {
            String name = names.get(p);
            titles[p] = java.util.Arrays.stream(AD_FORMS).map(f -> String.format(Locale.ROOT, f, name)).toArray(String[]::new);
            pay[p] = 15_000 + 1_000 * random.nextInt(30);
        }
        return generate(seed, titles, pay, 0.35);
    }

    private static String generate(long seed, String[][] titles, int[] pay, double volume) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder("职位编号,职位名称,公司,区域,行业,薪资下限,薪资上限,薪资周期,学历,经验,发布日期,下线日期\n");
        LocalDate start = LocalDate.of(2024, 1, 1);
        int id = 0;
        for (int p = 0; p < titles.length; p++) {
            double demand = 0.3 + random.nextDouble();
            double growth = 0.7 + random.nextDouble() * 1.2;
            int first = (int) ((40 + 80 * demand) * volume);
            int second = (int) (first * growth);
            for (int n = 0; n < first + second; n++) {
                int day = n < first ? random.nextInt(91) : 91 + random.nextInt(91);
                String[] row = posting(random, titles[p], pay[p], p, start.plusDays(day), random.nextInt(3));
                int copies = random.nextInt(100) < 5 ? 2 : 1;
                for (int c = 0; c < copies; c++) {
                    line(sb, ++id, row, null);
                }
                if (random.nextInt(100) < 15) {
                    // a repost of the same ad some days later
                    LocalDate again = LocalDate.parse(row[9]).plusDays(3 + random.nextInt(25));
                    if (again.isBefore(start.plusDays(182))) {
                        line(sb, ++id, row, again);
                    }
                }
            }
        }
        for (int n = 0; n < 30; n++) {
            String[] row = posting(random, titles[0], pay[0], 0, start.plusDays(random.nextInt(182)), 0);
            row[0] = UNFIT[random.nextInt(UNFIT.length)];
            line(sb, ++id, row, null);
        }
        return sb.toString();
    }

    /** title, company, district, industry, min, max, period, education, experience, posted, closed. */
    private static String[] posting(SplittableRandom random, String[] titles, int pay, int p, LocalDate posted,
            int companyShift) {
        String title = titles[random.nextInt(titles.length)];
        String company = COMPANY_HEADS.get((p * 3 + companyShift * 5 + random.nextInt(10)) % COMPANY_HEADS.size())
                + COMPANY_TAILS.get((p + random.nextInt(2)) % COMPANY_TAILS.size());
        String district = DISTRICTS.get((p + random.nextInt(4)) % DISTRICTS.size());
        double monthly = pay * (0.75 + random.nextDouble() * 0.5);
        String min = "";
        String max = "";
        String period;
        int kind = random.nextInt(10);
        if (kind < 6) {
            period = random.nextBoolean() ? "月" : "";
            min = k(monthly * 0.85, 500);
            max = k(monthly * 1.15, 500);
        } else if (kind < 8) {
            period = "年";
            min = Long.toString(Math.round(monthly * 12 * 0.9 / 10000) * 10000);
            max = Long.toString(Math.round(monthly * 12 * 1.2 / 10000) * 10000);
        } else if (kind < 9) {
            period = "日";
            min = Long.toString(Math.round(monthly / 21.75 / 10) * 10);
        } else {
            period = "月";
        }
        String closed = random.nextInt(10) < 6 ? posted.plusDays(5 + random.nextInt(60)).toString() : "";
        return new String[] {title, company, district, "集成电路", min, max, period,
            EDUCATION[random.nextInt(EDUCATION.length)], EXPERIENCE[random.nextInt(EXPERIENCE.length)], posted.toString(),
            closed};
    }

    private static String k(double value, int step) {
        long v = Math.round(value / step) * step;
        return v % 1000 == 0 ? (v / 1000) + "k" : Long.toString(v);
    }

    private static void line(StringBuilder sb, int id, String[] row, LocalDate repostedOn) {
        sb.append(String.format(Locale.ROOT, "JP%05d", id));
        for (int i = 0; i < row.length; i++) {
            String cell = row[i];
            if (repostedOn != null && i == 9) {
                cell = repostedOn.toString();
            } else if (repostedOn != null && i == 10) {
                cell = "";
            }
            sb.append(',').append(cell.contains(",") ? '"' + cell + '"' : cell);
        }
        sb.append('\n');
    }

    /**
     * Writes the shipped file.
     *
     * @param args the folder of the example data (default {@code examples/data})
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "examples/data");
        Path out = data.resolve("postings");
        Files.createDirectories(out);
        Files.writeString(out.resolve("sh-ic-postings-2024h1.csv"), generate(SEED), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("ic-template-postings-2024h1.csv"),
                forPositions(TEMPLATE_SEED, templateNames(data)), StandardCharsets.UTF_8);
    }

    /**
     * The Chinese names of the survey template's positions, in order.
     *
     * @param data the folder of the example data
     * @return the names
     */
    public static List<String> templateNames(Path data) {
        return CatalogJson.read(data.resolve("scoring/ic-catalog-template.json")).positions().stream()
                .map(position -> position.name().zh()).toList();
    }
}
