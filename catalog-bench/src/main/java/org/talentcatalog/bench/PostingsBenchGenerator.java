package org.talentcatalog.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a seeded postings CSV of any size as a stream, for the twelve positions of
 * {@code examples/data/catalogs/sh-ic-2024.json}: four title wordings per position plus titles no
 * position fits (about 3 %), 5,000 companies, seven districts, a year of posting days, salaries per
 * month, year or day, about 10 % reposts and copies, closing days for 60 %.
 */
public final class PostingsBenchGenerator {

    private static final String[][] TITLES = {
        {"集成电路设计工程师", "IC设计工程师（数字）", "数字IC设计工程师 急招", "芯片设计工程师（SoC）"},
        {"模拟集成电路设计工程师", "模拟IC设计工程师", "模拟电路设计（ADC/PLL方向）", "高级模拟集成电路设计工程师 15薪"},
        {"工艺整合工程师", "PIE工艺整合工程师", "半导体工艺整合工程师（12寸）", "工艺整合工程师 五险一金"},
        {"光刻工艺工程师", "光刻工程师 Photo", "光刻工艺工程师【五险一金】", "资深光刻工艺工程师"},
        {"封装测试工程师", "封测工程师", "先进封装测试工程师 包吃住", "封装测试工程师（倒装）"},
        {"半导体设备工程师", "设备工程师（刻蚀机台）", "半导体设备维护工程师", "半导体设备工程师 倒班"},
        {"EDA 算法研究员", "EDA算法工程师", "EDA 算法研究员（布局布线）", "EDA算法研究员 博士"},
        {"芯片验证工程师", "数字验证工程师 UVM", "芯片验证工程师（SoC）", "资深芯片验证工程师"},
        {"集成电路产业战略规划经理", "半导体产业战略规划经理", "战略规划经理（集成电路）", "集成电路产业战略规划经理 急聘"},
        {"半导体质量管理工程师", "质量工程师（半导体）", "半导体质量管理工程师 QE", "半导体质量管理工程师（体系）"},
        {"晶圆厂设备技术员", "设备技术员（晶圆厂 倒班）", "晶圆厂设备技术员 包住", "晶圆厂设备技术员 应届可"},
        {"车规芯片功能安全工程师", "功能安全工程师 ISO26262", "车规芯片功能安全工程师", "车规功能安全工程师（芯片）"},
    };
    private static final String[] UNFIT = {"诚聘精英", "储备干部（管培生）", "销售代表 底薪+提成", "行政前台"};
    private static final String[] DISTRICTS = {"浦东新区", "闵行区", "松江区", "嘉定区", "徐汇区", "青浦区", "临港新片区"};
    private static final String[] EDUCATION = {"本科及以上", "硕士", "统招本科", "大专以上", "学历不限", "博士优先", ""};
    private static final String[] EXPERIENCE = {"3-5年", "经验不限", "应届生", "5年以上", "1-3年", "十年以上", ""};

    private PostingsBenchGenerator() {
    }

    /**
     * Writes the file.
     *
     * @param file where
     * @param rows how many postings
     * @param seed the random seed
     */
    public static void write(Path file, long rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2024, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("posting_id,title,company,region,salary_min,salary_max,salary_period,education,experience,posted_on,closed_on\n");
            String last = null;
            for (long i = 0; i < rows; i++) {
                String line;
                if (last != null && random.nextInt(10) == 0) {
                    line = last; // a copy or a repost (same ad, maybe a later day)
                    if (random.nextBoolean()) {
                        String[] c = line.split(",", -1);
                        c[9] = LocalDate.parse(c[9]).plusDays(random.nextInt(40)).toString();
                        c[10] = "";
                        line = String.join(",", c);
                    }
                } else {
                    int p = random.nextInt(TITLES.length);
                    String title = random.nextInt(33) == 0 ? UNFIT[random.nextInt(UNFIT.length)]
                            : TITLES[p][random.nextInt(4)];
                    LocalDate posted = start.plusDays(random.nextInt(366));
                    int monthly = 8000 + p * 3000 + random.nextInt(12000);
                    int kind = random.nextInt(10);
                    String salary = kind < 6 ? monthly + "," + (monthly + 5000) + ",月"
                            : kind < 8 ? monthly * 12 + "," + (monthly + 5000) * 14 + ",年"
                            : kind < 9 ? (monthly / 22) + ",,日" : ",,";
                    line = "," + title + ",公司" + random.nextInt(5000) + "," + DISTRICTS[random.nextInt(DISTRICTS.length)]
                            + "," + salary + "," + EDUCATION[random.nextInt(EDUCATION.length)] + ","
                            + EXPERIENCE[random.nextInt(EXPERIENCE.length)] + "," + posted + ","
                            + (random.nextInt(10) < 6 ? posted.plusDays(3 + random.nextInt(60)).toString() : "");
                }
                last = line;
                w.write("P" + i + line.substring(line.indexOf(',')));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code FILE ROWS [SEED]}.
     *
     * @param args the file, the number of postings and the seed (default 1)
     */
    public static void main(String[] args) {
        write(Path.of(args[0]), Long.parseLong(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1);
    }
}
