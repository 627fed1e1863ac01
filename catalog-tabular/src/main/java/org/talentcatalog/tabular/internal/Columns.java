package org.talentcatalog.tabular.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.internal.JsonPointers;
import org.talentcatalog.tabular.internal.Column.Kind;

/**
 * The columns of the positions table (docs/format.md, "Tables"), in the order the writer puts
 * them, and header matching that ignores spaces, character width, case and order.
 */
public final class Columns {

    /** The prefix of a header naming an extension member of a position's requirements. */
    public static final String REQUIREMENTS_PREFIX = "requirements.";

    private static final List<Column> STANDARD = List.of(
            col("", Kind.ROW_NUMBER, "序号", "No.", false, "no", "#", "行号"),
            col("/id", Kind.CODE, "岗位编号", "ID", true, "岗位代码", "岗位id", "positionid", "编号", "职位编号"),
            col("/name/zh", Kind.TEXT, "岗位名称", "Name", true, "岗位", "name(zh)", "positionname", "职位名称", "职业名称",
                    "职业(工种)名称", "工种名称"),
            col("/name/en", Kind.TEXT, "英文名称", "English name", false, "岗位英文名称", "name(en)", "岗位名称(英文)"),
            col("/industry", Kind.INDUSTRY, "产业类别", "Industry", true, "产业", "所属产业", "产业领域", "产业分类", "重点产业",
                    "所属领域"),
            col("/industryClass", Kind.CODE, "行业分类", "Industry class", false, "国民经济行业分类", "行业代码", "行业类别"),
            col("/occupationCode", Kind.CODE, "职业代码", "Occupation code", false, "职业分类代码", "职业编码", "职业分类",
                    "职业(工种)代码"),
            col("/category", Kind.CATEGORY, "岗位类别", "Category", true, "岗位类型", "jobcategory", "岗位分类"),
            col("/description/zh", Kind.TEXT, "岗位职责", "Description", false, "岗位描述", "工作职责", "职责", "岗位职责描述",
                    "职业定义", "工作内容", "岗位说明"),
            col("/description/en", Kind.TEXT, "岗位职责(英文)", "Description (English)", false, "英文岗位职责"),
            col("/requirements/education", Kind.EDUCATION, "学历要求", "Education", true, "学历", "最低学历", "学历层次"),
            col("/requirements/majors", Kind.LIST, "专业要求", "Majors", false, "专业", "专业背景", "所学专业", "专业方向"),
            col("/requirements/competencies", Kind.LIST, "能力要求", "Competencies", false, "能力需求", "能力素质要求", "能力素质",
                    "技能要求"),
            col("/requirements/experience/minYears", Kind.EXPERIENCE, "工作经验", "Experience", false, "经验要求", "工作年限",
                    "从业经验", "工作经验要求", "资历要求", "工作年限要求", "从业年限"),
            col("/requirements/experience/description", Kind.TEXT, "经验说明", "Experience description", false, "过往业绩", "业绩要求"),
            col("/requirements/certifications", Kind.LIST, "职称/职业资格", "Certifications", false,
                    "职称", "职业资格", "职称或职业资格", "资格证书", "职称/职业资格要求", "职业资格证书", "职业资格要求", "证书要求",
                    "职称要求", "职业技能等级"),
            col("/shortage/level", Kind.LEVEL, "紧缺程度", "Shortage level", false, "紧缺等级", "急需紧缺程度", "紧缺级别", "紧缺度"),
            col("/shortage/score", Kind.DECIMAL, "紧缺指数", "Shortage score", false, "紧缺评分", "紧缺得分"),
            col("/shortage/confidence", Kind.DECIMAL, "置信度", "Confidence", false),
            col("/shortage/rationale", Kind.TEXT, "紧缺说明", "Rationale", false, "紧缺理由"),
            col("/demand/headcount", Kind.INTEGER, "需求人数", "Headcount", false, "需求数量", "需求量", "招聘人数"),
            col("/demand/salary", Kind.SALARY, "参考薪酬", "Salary", false, "薪酬", "参考薪资", "薪酬范围", "起薪范围", "薪资范围",
                    "薪酬水平", "起薪", "薪资"),
            col("/policies", Kind.POLICIES, "配套政策", "Policies", false, "政策", "支持政策", "转化应用"));

    /**
     * Published columns with no member of the format: read into named extension members, so their
     * cells are kept (docs/tables.md). The writer names such a member by its {@code x-…} name.
     */
    private static final List<Column> NAMED_EXTENSIONS = List.of(
            named("x-regionalGuidance", "区域导向", "Regional guidance", "区域引导", "引导区域"),
            named("x-shortageType", "紧缺类型", "Shortage type", "紧缺类别"));

    private static final List<Column> ALL = List.copyOf(all());

    private static final Map<String, Column> BY_KEY = new HashMap<>();

    static {
        for (Column c : all()) {
            BY_KEY.put(Normal.key(c.zh()), c);
            BY_KEY.put(Normal.key(c.en()), c);
            for (String alias : c.aliases()) {
                BY_KEY.put(Normal.key(alias), c);
            }
        }
    }

    private Columns() {
    }

    private static List<Column> all() {
        List<Column> all = new ArrayList<>(STANDARD);
        all.addAll(NAMED_EXTENSIONS);
        return all;
    }

    private static Column named(String member, String zh, String en, String... aliases) {
        return new Column("/" + member, Kind.TEXT, zh, en, List.of(aliases), false);
    }

    private static Column col(String pointer, Kind kind, String zh, String en, boolean required, String... aliases) {
        return new Column(pointer, kind, zh, en, List.of(aliases), required);
    }

    /** The standard columns in writing order. */
    public static List<Column> standard() {
        return STANDARD;
    }

    /** The published columns read into named extension members (区域导向 …), in documented order. */
    public static List<Column> namedExtensions() {
        return NAMED_EXTENSIONS;
    }

    /** Every column a header can name besides {@code x-…} ones: the standard, then the named extensions. */
    public static List<Column> known() {
        return ALL;
    }

    /**
     * The column a header names: a standard column by any of its names, or an extension column
     * ({@code x-…} for a position member, {@code requirements.x-…} for a requirements member, names
     * taken exactly); {@code null} for an unknown header.
     */
    public static Column match(String header) {
        if (header.startsWith("x-") && Extensions.isExtensionName(header)) {
            return extension(header, false); // names are exact: "x- a" is not "x-a"
        }
        if (header.startsWith(REQUIREMENTS_PREFIX + "x-") && Extensions.isExtensionName(header.substring(REQUIREMENTS_PREFIX.length()))) {
            return extension(header.substring(REQUIREMENTS_PREFIX.length()), true);
        }
        String h = header.strip();
        if (Extensions.isExtensionName(h)) {
            return extension(h, false);
        }
        if (h.startsWith(REQUIREMENTS_PREFIX) && Extensions.isExtensionName(h.substring(REQUIREMENTS_PREFIX.length()))) {
            return extension(h.substring(REQUIREMENTS_PREFIX.length()), true);
        }
        Column c = BY_KEY.get(Normal.key(h));
        return c != null ? c : RequirementCells.match(h);
    }

    /**
     * A header matched to its column.
     *
     * @param column the column
     * @param unit the unit its brackets give ({@code 元/月}, {@code 人} … as a {@link Normal#key}),
     *     or {@code null}
     */
    public record Match(Column column, String unit) {
    }

    /**
     * The column a header names, as {@link #match(String)}, also with a unit in brackets after the
     * name where the unit fits the column ({@code 薪酬（元/月）}, {@code 需求数量（人）},
     * {@code 工作经验（年）}, see {@link HeaderUnits}); {@code null} for an unknown header.
     */
    public static Match matchHeader(String header) {
        Column c = match(header);
        if (c != null) {
            return new Match(c, null);
        }
        String[] split = HeaderUnits.split(Normal.key(header));
        if (split == null) {
            return null;
        }
        c = BY_KEY.get(split[0]);
        return c != null && HeaderUnits.fits(c.kind(), split[1]) ? new Match(c, split[1]) : null;
    }

    /** The column of an extension member of a position or of its requirements. */
    public static Column extension(String name, boolean inRequirements) {
        String header = inRequirements ? REQUIREMENTS_PREFIX + name : name;
        String pointer = (inRequirements ? "/requirements/" : "/") + JsonPointers.escape(name);
        return new Column(pointer, Kind.EXTENSION, header, header, List.of(), false);
    }

    /** The standard columns a table lacks among the given ones, required first. */
    public static List<Column> missing(List<Column> present) {
        List<Column> out = new ArrayList<>();
        for (Column c : STANDARD) {
            if (c.kind() != Kind.ROW_NUMBER && !present.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
