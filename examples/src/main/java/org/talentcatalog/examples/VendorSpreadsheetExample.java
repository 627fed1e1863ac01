package org.talentcatalog.examples;

import java.io.IOException;
import java.io.OutputStream;
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

/**
 * A vendor-style Excel export with the faults such exports typically have, and how a vendor checks
 * it: a title row above the header, the industry merged down the rows, a missing column (岗位类别),
 * an extra column (备注), education as buckets ({@code 硕士及以上}), the level as stars, an experience
 * nobody can place ({@code 若干年}), a trailing row with only a serial number. Every issue of the
 * report names its cell.
 */
public final class VendorSpreadsheetExample {

    private VendorSpreadsheetExample() {
    }

    private static final List<String> HEADER = List.of("序号", "岗位编号", "岗位 名称", "产业类别", "职业代码", "学历要求",
            "专业要求", "工作经验", "紧缺程度", "需求人数", "参考薪酬", "备注");
    private static final String[][] ROWS = {
        {"1", "IC-101", "数字芯片设计工程师", "集成电路", "2-02-38-09", "硕士及以上", "微电子；电子科学与技术", "3年以上", "★★★", "120", "40-80万/年", "急招"},
        {"2", "IC-102", "芯片验证工程师", null, "2-02-38-09", "本科及以上", "微电子、计算机", "1-3年", "★★", "200", "25-45万/年", ""},
        {"3", "IC-103", "光刻工艺工程师", null, "2-02-38-10", "硕士研究生", "材料；物理", "若干年", "★★★", "60", "面议", ""},
        {"4", "IC-104", "集成电路装调工", null, "6-31-05-00", "大专以下", "", "不限", "★", "300", "8000-12000元/月", ""},
        {"5", "IC-105", "芯片架构师", null, "2-02-38-09", "博士", "微电子", "10年及以上", "★★★", "15", "100-200万/年", ""},
        {"6", null, null, null, null, null, null, null, null, null, null, null}};

    /** Writes the export to {@code file}. */
    public static void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "VendorHR", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "上海市集成电路产业急需紧缺人才目录（2024年版）");
            ws.range(0, 0, 0, HEADER.size() - 1).merge();
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(1, c, HEADER.get(c));
            }
            for (int r = 0; r < ROWS.length; r++) {
                for (int c = 0; c < ROWS[r].length; c++) {
                    String v = ROWS[r][c];
                    if (v != null && !v.isEmpty()) {
                        if (c == 0 || c == 9) {
                            ws.value(r + 2, c, Integer.valueOf(v));
                        } else {
                            ws.value(r + 2, c, v);
                        }
                    }
                }
            }
            ws.range(2, 3, 6, 3).merge(); // 产业类别 merged down the five positions
            Worksheet info = wb.newWorksheet("目录信息");
            String[][] items = {{"项目", "值"}, {"格式版本", "1.0"}, {"目录编号", "sh-ic-vendor"},
                {"目录名称", "上海市集成电路产业急需紧缺人才目录（供应商导出）"}, {"目录类型", "产业人才目录"}, {"发布层级", "市级"},
                {"产业范围", "集成电路"}, {"版本", "2024"}, {"状态", "编制中"},
                {"编制部门", "[{\"name\": \"上海市经济和信息化委员会\", \"role\": \"INDUSTRY_AUTHORITY\"}]"}};
            for (int r = 0; r < items.length; r++) {
                info.value(r, 0, items[r][0]);
                info.value(r, 1, items[r][1]);
            }
            wb.finish();
        }
    }

    /**
     * Validates a spreadsheet: the reader's problems and the validator's issues, each placed in its
     * cell and said in the table's terms (a missing member by its column's header).
     */
    public static ValidationReport validate(Path file) {
        CatalogDocument doc = CatalogTables.standard().read(file);
        ValidationReport report = CatalogValidator.standard().validate(doc.tree(), doc::locate, doc.problems());
        return new ValidationReport(report.issues().stream().map(doc::inOwnTerms).toList(), report.omitted(),
                report.errorCount(), report.warningCount());
    }

    /** {@code VendorSpreadsheetExample OUT.xlsx}: writes the export and prints its report. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        write(file);
        System.out.print(validate(file).toJson(Locale.CHINESE));
    }
}
