package org.talentcatalog.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CodeEntry;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.Labelled;
import org.talentcatalog.model.Policy;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.tabular.LevelStyle;

/**
 * Writes a fill-in workbook: the positions sheet with its headers and an example row, the 目录信息
 * sheet with every item, its example value and meaning, a 填写说明 sheet, and a 选项 sheet with the
 * closed vocabularies that drop-down lists (Excel data validation) on both sheets offer. Values are
 * written as the table writer writes them, so the example reads back as it was. Stateless.
 */
public final class TemplateBook {

    /** How many rows below the header get the drop-down lists. */
    public static final int LIST_ROWS = 1000;

    private TemplateBook() {
    }

    /** The workbook for an example catalog of one kind, in the given language, to {@code out} (not closed). */
    public static void write(JsonNode example, CatalogKind kind, boolean english, CodeLists codeLists, OutputStream out)
            throws IOException {
        JsonTexts json = new JsonTexts();
        Properties guide = guide(english);
        Map<String, List<String>> vocabularies = vocabularies(english, codeLists);
        Workbook wb = new Workbook(new NonClosing(out), "talent-catalog", "1.0");
        Worksheet positions = wb.newWorksheet(english ? "Positions" : XlsxTable.POSITIONS);
        Worksheet info = wb.newWorksheet(english ? "Catalog" : XlsxTable.INFO);
        Worksheet instructions = wb.newWorksheet(english ? "Instructions" : "填写说明");
        Worksheet lists = wb.newWorksheet(english ? "Lists" : "选项");

        Map<String, int[]> listColumns = new LinkedHashMap<>();
        int c = 0;
        for (Map.Entry<String, List<String>> e : vocabularies.entrySet()) {
            header(lists, 0, c, e.getKey());
            for (int r = 0; r < e.getValue().size(); r++) {
                lists.value(r + 1, c, e.getValue().get(r));
            }
            lists.width(c, Math.max(24, widest(e.getValue()) + 2));
            listColumns.put(e.getKey(), new int[] {c, e.getValue().size()});
            c++;
        }

        TableRows rows = new TableRows(example.path("positions"), english, LevelStyle.WORDS, codeLists, json);
        List<String> headers = rows.header();
        List<Column> columns = Columns.standard();
        for (int k = 0; k < headers.size(); k++) {
            header(positions, 0, k, headers.get(k));
            positions.width(k, Math.max(12, headers.get(k).length() * 2.2));
            String vocabulary = vocabularyOf(columns.get(k).kind(), english);
            if (vocabulary != null) {
                int[] at = listColumns.get(vocabulary);
                dropDown(positions.range(1, k, LIST_ROWS, k), lists.range(1, at[0], at[1], at[0]), english);
            }
        }
        positions.freezePane(0, 1);
        int[] r = {1};
        rows.forEach(row -> {
            for (int k = 0; k < row.size(); k++) {
                Object v = row.get(k);
                if (v instanceof Number n) {
                    positions.value(r[0], k, n);
                } else if (v != null) {
                    positions.value(r[0], k, CellText.neutralise(v.toString()));
                }
            }
            r[0]++;
        });

        List<String> infoHeader = english ? List.of("Item", "Value", "Field", "Meaning") : List.of("项目", "值", "字段", "说明");
        for (int k = 0; k < infoHeader.size(); k++) {
            header(info, 0, k, infoHeader.get(k));
        }
        info.width(0, 16);
        info.width(1, 48);
        info.width(2, 26);
        info.width(3, 80);
        List<InfoItems.Item> items = InfoItems.items(example, kind, english, json);
        for (int k = 0; k < items.size(); k++) {
            InfoItems.Item item = items.get(k);
            info.value(k + 1, 0, item.label());
            if (!item.value().isEmpty()) {
                info.value(k + 1, 1, CellText.neutralise(item.value()));
            }
            info.value(k + 1, 2, item.pointer());
            info.value(k + 1, 3, guide.getProperty(item.pointer(), ""));
            String vocabulary = item.vocabulary() != null ? item.vocabulary().getSimpleName() : item.industries() ? INDUSTRY : null;
            if (vocabulary != null) {
                int[] at = listColumns.get(name(vocabulary, english));
                dropDown(info.range(k + 1, 1, k + 1, 1), lists.range(1, at[0], at[1], at[0]), english);
            }
        }
        info.freezePane(0, 1);

        TemplateGuide.write(instructions, guide, english, headers, columns, items);
        wb.finish();
        out.flush(); // the workbook's library leaves the last bytes in a caller's buffered stream
    }

    private static final String INDUSTRY = "Industry";

    private static String vocabularyOf(Column.Kind kind, boolean english) {
        return switch (kind) {
            case INDUSTRY -> name(INDUSTRY, english);
            case CATEGORY -> name(JobCategory.class.getSimpleName(), english);
            case EDUCATION -> name(Education.class.getSimpleName(), english);
            case LEVEL -> name(ShortageLevel.class.getSimpleName(), english);
            case POLICIES -> name(Policy.class.getSimpleName(), english);
            default -> null;
        };
    }

    /** The 选项 sheet's column header of a vocabulary. */
    private static String name(String vocabulary, boolean english) {
        if (english) {
            return vocabulary;
        }
        return switch (vocabulary) {
            case INDUSTRY -> "产业类别";
            case "JobCategory" -> "岗位类别";
            case "Education" -> "学历要求";
            case "ShortageLevel" -> "紧缺程度";
            case "Policy" -> "配套政策";
            case "CatalogKind" -> "目录类型";
            case "CatalogLevel" -> "发布层级";
            case "Status" -> "状态";
            case "ProgramType" -> "专项类型";
            default -> vocabulary;
        };
    }

    /** Each closed vocabulary's values as the table writer writes them (Chinese labels, or in English codes and level words). */
    private static Map<String, List<String>> vocabularies(boolean english, CodeLists codeLists) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> industries = new ArrayList<>();
        for (CodeEntry e : codeLists.industries()) {
            industries.add(english ? e.code() : e.zh());
        }
        out.put(name(INDUSTRY, english), industries);
        for (Class<? extends Labelled> type : List.of(JobCategory.class, Education.class, ShortageLevel.class, Policy.class,
                CatalogKind.class, org.talentcatalog.model.CatalogLevel.class, org.talentcatalog.model.Status.class,
                org.talentcatalog.model.ProgramType.class)) {
            List<String> values = new ArrayList<>();
            for (Labelled l : type.getEnumConstants()) {
                values.add(!english ? l.zh() : type == ShortageLevel.class ? l.en() : l.code());
            }
            out.put(name(type.getSimpleName(), english), values);
        }
        return out;
    }

    /**
     * A drop-down list of {@code values} on {@code cells}, warning style: a value not in the list is
     * questioned but kept, as the reader accepts other wordings (and several items in a list cell).
     */
    private static void dropDown(Range cells, Range values, boolean english) {
        cells.validateWithList(values).errorStyle(DataValidationErrorStyle.WARNING).allowBlank(true).showErrorMessage(true)
                .errorTitle(english ? "Not in the list" : "不在列表中")
                .error(english ? "Pick a value from the list, or another wording the reader accepts (see Instructions)."
                        : "请从列表中选择，或填写读取时接受的其他写法（见「填写说明」）。");
    }

    /** The width the longest of the texts needs: two units for a Chinese character, one for others. */
    private static int widest(List<String> texts) {
        int widest = 0;
        for (String t : texts) {
            widest = Math.max(widest, t.codePoints().map(cp -> Character.isIdeographic(cp) ? 2 : 1).sum());
        }
        return widest;
    }

    private static void header(Worksheet sheet, int row, int column, String text) {
        sheet.value(row, column, text);
        sheet.style(row, column).bold().set();
    }

    /** The meanings of the items and columns ({@code template-guide*.properties}). */
    private static Properties guide(boolean english) {
        String name = "template-guide" + (english ? "_en" : "") + ".properties";
        Properties p = new Properties();
        try (InputStream in = TemplateBook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Keeps the caller's stream open when the workbook closes its own. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
