package org.talentcatalog.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.tabular.CatalogDocument;
import org.talentcatalog.tabular.CatalogTables;
import org.talentcatalog.tabular.FiveStarMapping;

/**
 * Spreadsheets laid out as published catalogs lay them out, with their header names and units
 * (docs/tables.md): Hangzhou's (学历要求, 工作经验要求, 起薪范围 in 万元/年, 紧缺指数 and 紧缺程度) as a
 * workbook with a title row; Chengdu's (资历要求, 紧缺类型, 紧缺指数 as five stars, 区域导向, 需求数量（人）,
 * 薪酬（元/月）) as CSV; the 人社部 最缺工 list's (职业代码, 职业名称, 职业定义) as CSV with the columns a catalog
 * needs added. Writes {@code data/tables/*-style-2025.*}; their reports are beside them.
 */
public final class PublishedTablesExample {

    /** The mapping the Chengdu-style table is read with: its 紧缺指数 has five stars. */
    public static final FiveStarMapping CHENGDU_STARS = FiveStarMapping.parse("1-2:GENERALLY_SCARCE,3-4:SCARCE,5:VERY_SCARCE");

    /** The file names written, each with its report {@code NAME.report.json}. */
    public static final List<String> FILES = List.of("hangzhou-style-2025.xlsx", "chengdu-style-2025.csv", "mohrss-style-2025.csv");

    private PublishedTablesExample() {
    }

    private static final String[][] HANGZHOU = {
        {"序号", "岗位编号", "岗位名称", "产业类别", "岗位类别", "学历要求", "工作经验要求", "专业要求", "能力要求", "起薪范围（万元/年）", "紧缺指数", "紧缺程度"},
        {"1", "JD-AUTO-01", "整车电子电气架构工程师", "汽车", "应用技术类", "本科及以上", "5年以上", "车辆工程；电子信息工程", "CANoe；AUTOSAR", "35-60", "0.91", "非常紧缺"},
        {"2", "JD-AUTO-02", "自动驾驶感知算法工程师", "汽车", "应用技术类", "硕士及以上", "3年以上", "计算机科学与技术；人工智能", "多传感器融合；深度学习", "40-80", "0.88", "非常紧缺"},
        {"3", "JD-AUTO-03", "动力电池工艺工程师", "汽车", "应用技术类", "本科及以上", "3-5年", "材料科学与工程；化学工程", "电芯工艺；失效分析", "20-35", "0.72", "紧缺"},
        {"4", "JD-AUTO-04", "汽车装调工", "汽车", "业务经办类", "大专及以上", "1-3年", "汽车制造与试验技术", "整车装配；质量检验", "8-12", "0.55", "一般紧缺"}};

    private static final String[][] CHENGDU = {
        {"序号", "岗位编号", "岗位名称", "产业类别", "岗位类别", "学历要求", "专业要求", "资历要求", "能力要求", "紧缺类型", "紧缺指数", "区域导向", "需求数量（人）", "薪酬（元/月）"},
        {"1", "ZJ-BIO-01", "抗体药物研发科学家", "生物医药", "理论研究类", "博士", "生物学；药学", "5年以上", "抗体工程；成药性评价", "急需", "★★★★★", "张江科学城", "12", "40000-60000"},
        {"2", "ZJ-BIO-02", "细胞治疗工艺开发工程师", "生物医药", "应用技术类", "硕士及以上", "细胞生物学；生物工程", "3年以上", "GMP；工艺放大", "紧缺", "★★★★", "张江科学城、临港新片区", "25人", "25000-40000"},
        {"3", "ZJ-BIO-03", "临床研究协调员", "生物医药", "业务经办类", "本科及以上", "护理学；药学", "1年以上", "临床试验规范；受试者管理", "紧缺", "★★★", "浦东新区", "60", "9000-14000"},
        {"4", "ZJ-BIO-04", "药物制剂工", "生物医药", "业务经办类", "大专及以上", "药物制剂技术", "不限", "无菌操作；设备维护", "一般", "★★", "奉贤新城", "80", "面议"}};

    private static final String[][] MOHRSS = {
        {"序号", "职业代码", "职业名称", "职业定义", "岗位编号", "产业类别", "岗位类别", "学历要求", "工作经验（年）", "职业资格证书", "需求数量（人）"},
        {"1", "2-02-38-09", "集成电路工程技术人员", "负责芯片设计、验证或制造工艺的技术工作", "MS-01", "集成电路", "应用技术类", "本科及以上", "3", "", "300"},
        {"2", "4-04-05-05", "人工智能训练师", "为算法模型准备标注数据并评估其效果", "MS-02", "人工智能", "业务经办类", "大专及以上", "1", "人工智能训练师职业技能等级证书", "200"},
        {"3", "6-18-02-04", "焊工", "按图纸与工艺要求完成金属构件的焊接", "MS-03", "高端装备", "业务经办类", "不限", "2", "焊工职业技能等级证书；特种作业操作证", "150"},
        {"4", "2-02-38-03", "大数据工程技术人员", "负责数据平台的建设、治理与分析", "MS-04", "数字经济", "应用技术类", "本科及以上", "3", "", "90"}};

    /** Writes the three tables (and the CSV files' side files) into {@code dir}. */
    public static void write(Path dir) throws IOException {
        hangzhou(dir.resolve(FILES.get(0)));
        csv(dir.resolve(FILES.get(1)), CHENGDU, side("pudong-bio-style", "浦东新区生物医药产业急需紧缺人才目录（成都式表头，示例）",
                "Pudong biomedicine talent shortage catalog (Chengdu-style headers, example)", "DISTRICT", "[\"BIOMEDICINE\"]",
                "上海市浦东新区人力资源和社会保障局", "DISTRICT_HRSS"));
        csv(dir.resolve(FILES.get(2)), MOHRSS, side("sh-shortage-occupations", "上海市紧缺职业目录（人社部最缺工表头，示例）",
                "Shanghai shortage occupations (MOHRSS-style headers, example)", "MUNICIPAL",
                "[\"INTEGRATED_CIRCUIT\", \"ARTIFICIAL_INTELLIGENCE\", \"HIGH_END_EQUIPMENT\", \"DIGITAL_ECONOMY\"]",
                "上海市人力资源和社会保障局", "MUNICIPAL_HRSS"));
    }

    /**
     * Validates one of the tables as {@code catalog validate} does (the Chengdu-style one with
     * {@link #CHENGDU_STARS}), its issues in the table's own terms.
     */
    public static ValidationReport validate(Path file) {
        CatalogTables tables = file.getFileName().toString().startsWith("chengdu")
                ? CatalogTables.builder().fiveStarMapping(CHENGDU_STARS).build() : CatalogTables.standard();
        CatalogDocument doc = tables.read(file);
        ValidationReport report = CatalogValidator.standard().validate(doc.tree(), doc::locate, doc.problems());
        return new ValidationReport(report.issues().stream().map(doc::inOwnTerms).toList(), report.omitted(),
                report.errorCount(), report.warningCount());
    }

    private static void hangzhou(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "HangzhouStyle", "1.0");
            Worksheet ws = wb.newWorksheet("岗位");
            ws.value(0, 0, "嘉定区汽车产业急需紧缺人才需求目录（杭州式表头，示例）");
            ws.range(0, 0, 0, HANGZHOU[0].length - 1).merge();
            for (int r = 0; r < HANGZHOU.length; r++) {
                for (int c = 0; c < HANGZHOU[r].length; c++) {
                    String v = HANGZHOU[r][c];
                    if (r > 0 && (c == 0 || c == 10)) {
                        ws.value(r + 1, c, Double.valueOf(v)); // 序号 and 紧缺指数 as numbers, as Excel keeps them
                    } else {
                        ws.value(r + 1, c, v);
                    }
                }
            }
            Worksheet info = wb.newWorksheet("目录信息");
            String[][] items = {{"项目", "值"}, {"格式版本", "1.0"}, {"目录编号", "jiading-auto-style"},
                {"目录名称", "嘉定区汽车产业急需紧缺人才目录（杭州式表头，示例）"}, {"目录类型", "产业人才目录"}, {"发布层级", "区级"},
                {"产业范围", "汽车"}, {"版本", "2025"}, {"状态", "编制中"},
                {"编制部门", "[{\"name\": \"上海市嘉定区人力资源和社会保障局\", \"role\": \"DISTRICT_HRSS\"}]"}};
            for (int r = 0; r < items.length; r++) {
                info.value(r, 0, items[r][0]);
                info.value(r, 1, items[r][1]);
            }
            wb.finish();
        }
    }

    private static void csv(Path file, String[][] rows, String side) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            text.append(String.join(",", row)).append("\r\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.writeString(CatalogTables.sideFileOf(file), side, StandardCharsets.UTF_8);
    }

    private static String side(String id, String zh, String en, String level, String industries, String compiler, String role) {
        return "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"" + id + "\",\n  \"title\": {\"zh\": \"" + zh + "\", \"en\": \"" + en + "\"},\n"
                + "  \"kind\": \"INDUSTRY\",\n  \"level\": \"" + level + "\",\n  \"scope\": {\"industries\": " + industries + "},\n"
                + "  \"edition\": {\"version\": \"2025\"},\n  \"status\": \"DRAFT\",\n"
                + "  \"issuance\": {\"compilers\": [{\"name\": \"" + compiler + "\", \"role\": \"" + role + "\"}]}\n}\n";
    }

    /** {@code PublishedTablesExample DIR}: writes the tables into DIR and prints each report. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        write(dir);
        for (String name : FILES) {
            System.out.println(name);
            System.out.print(validate(dir.resolve(name)).toJson(Locale.CHINESE));
        }
    }
}
