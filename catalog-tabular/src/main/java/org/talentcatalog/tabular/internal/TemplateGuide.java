package org.talentcatalog.tabular.internal;

import java.util.List;
import java.util.Properties;
import org.dhatim.fastexcel.Worksheet;

/** The 填写说明 sheet of a template: how to fill it, then the meaning of every column and item. Stateless. */
final class TemplateGuide {

    private static final List<String> STEPS_ZH = List.of(
            "需要填写的是「岗位」和「目录信息」两张表；「填写说明」（本表）和「选项」（下拉列表的取值）读取时忽略。",
            "「岗位」每行一个岗位，第 2 行是示例，请替换或删除。带下拉列表的列可从列表选择，也可填写下面说明的其他写法。",
            "「目录信息」每行一项，填在「值」列；「字段」列是对应的 JSON 成员，请勿修改；「说明」列读取时忽略。",
            "日期可填 Excel 日期，或 2025-03-01、2025年3月1日、2025/3/1。",
            "填好后运行 ./catalog validate 文件.xlsx 校验；只交付岗位时加 --positions-only，只校验岗位。");
    private static final List<String> STEPS_EN = List.of(
            "Fill in the sheets Positions and Catalog; Instructions (this sheet) and Lists (the drop-down values) are not read.",
            "Positions: one position per row; row 2 is an example to replace or delete. Columns with a drop-down list take a value "
                    + "from it or another wording described below.",
            "Catalog: one item per row, in the Value column; the Field column names its JSON member (leave it); Meaning is not read.",
            "Dates: an Excel date, or 2025-03-01, 2025年3月1日, 2025/3/1.",
            "Check the workbook with ./catalog validate FILE.xlsx; for positions delivered alone add --positions-only.");

    private TemplateGuide() {
    }

    static void write(Worksheet sheet, Properties guide, boolean english, List<String> headers, List<Column> columns,
            List<InfoItems.Item> items) {
        sheet.width(0, 24);
        sheet.width(1, 100);
        int r = 0;
        bold(sheet, r++, 0, english ? "How to fill in this workbook" : "填写说明");
        List<String> steps = english ? STEPS_EN : STEPS_ZH;
        for (int k = 0; k < steps.size(); k++) {
            sheet.value(r, 0, String.valueOf(k + 1));
            sheet.value(r++, 1, steps.get(k));
        }
        r++;
        bold(sheet, r, 0, english ? "Column (Positions)" : "岗位各列");
        bold(sheet, r++, 1, english ? "Meaning" : "说明");
        for (int k = 0; k < columns.size() && k < headers.size(); k++) {
            String meaning = guide.getProperty("column" + columns.get(k).pointer());
            if (meaning != null) {
                sheet.value(r, 0, headers.get(k));
                sheet.value(r++, 1, meaning);
            }
        }
        r++;
        bold(sheet, r, 0, english ? "Item (Catalog)" : "目录信息各项");
        bold(sheet, r++, 1, english ? "Meaning" : "说明");
        for (InfoItems.Item item : items) {
            sheet.value(r, 0, item.label());
            sheet.value(r++, 1, guide.getProperty(item.pointer(), ""));
        }
    }

    private static void bold(Worksheet sheet, int row, int column, String text) {
        sheet.value(row, column, text);
        sheet.style(row, column).bold().set();
    }
}
