package org.talentcatalog.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.Consultation;
import org.talentcatalog.model.ConsultationType;
import org.talentcatalog.model.Demand;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Experience;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.Indicator;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Methodology;
import org.talentcatalog.model.Organization;
import org.talentcatalog.model.OrganizationRole;
import org.talentcatalog.model.Policy;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Requirements;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.model.Salary;
import org.talentcatalog.model.SalaryPeriod;
import org.talentcatalog.model.Scope;
import org.talentcatalog.model.ScoringMethod;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;
import org.talentcatalog.model.Survey;
import org.talentcatalog.model.SurveyMethod;
import org.talentcatalog.model.Thresholds;

/**
 * Seeded generator of large, valid, realistic catalogs: every member of the format is used, texts are
 * Chinese, position names are unique within an industry. The same seed gives the same catalog.
 */
public final class CatalogGenerator {

    static final String[] INDUSTRIES = {"INTEGRATED_CIRCUIT", "BIOMEDICINE", "ARTIFICIAL_INTELLIGENCE", "FINANCE",
        "SHIPPING", "HIGH_END_EQUIPMENT", "ADVANCED_MATERIALS", "DIGITAL_ECONOMY"};
    private static final String[] FIELDS = {"芯片设计", "工艺整合", "封装测试", "药物研发", "临床研究", "算法", "数据治理",
        "风险管理", "航运金融", "船舶设计", "精密制造", "新材料", "云计算", "网络安全", "智能制造", "供应链"};
    private static final String[] ROLES = {"工程师", "研究员", "专家", "经理", "主管", "技术员", "分析师", "架构师"};
    private static final String[] MAJORS = {"微电子科学与工程", "计算机科学与技术", "药学", "金融学", "船舶与海洋工程",
        "材料科学与工程", "机械工程", "统计学", "软件工程", "生物工程"};
    private static final String[] SKILLS = {"项目管理", "跨部门协作", "英语读写", "数据分析", "工艺开发", "质量体系",
        "需求分析", "架构设计", "合规审查", "团队管理"};
    private static final String[] OCCUPATIONS = {"2-02-38-09", "2-02-38-01", "2-02-10-03", "2-02-32-01", "2-06-14-00",
        "2-02-07-12", "2-02-29-03", "2-02-30-03"};
    private static final String[] CLASSES = {"C3973", "I6520", "C2710", "J6621", "G5521", "C3734", "C3985", "I6513"};

    private CatalogGenerator() {
    }

    /** A published municipal industry catalog with {@code positions} positions. */
    public static Catalog catalog(int positions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Position> list = new ArrayList<>(positions);
        for (int i = 0; i < positions; i++) {
            list.add(position(i, random));
        }
        return Catalog.builder()
                .id("bench-catalog")
                .title("上海市重点产业急需紧缺人才目录（基准测试）", "Benchmark catalog")
                .kind(CatalogKind.INDUSTRY).level(CatalogLevel.MUNICIPAL)
                .scope(new Scope(List.of(INDUSTRIES), null, null))
                .edition(new Edition("2025", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), "2024"))
                .status(Status.PUBLISHED)
                .compiler(new Organization("上海市经济和信息化委员会", OrganizationRole.INDUSTRY_AUTHORITY, "91350100M000100Y43"))
                .jointIssuer(Organization.of("上海市人力资源和社会保障局", OrganizationRole.MUNICIPAL_HRSS))
                .documentNumber("沪人社力〔2025〕7号")
                .methodology(new Methodology(
                        new Survey(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 30), positions * 12,
                                Map.of(RespondentType.EMPLOYER, 500, RespondentType.INDUSTRY_ASSOCIATION, 12,
                                        RespondentType.HR_SERVICE_AGENCY, 30),
                                List.of(SurveyMethod.QUESTIONNAIRE, SurveyMethod.FIELD_RESEARCH)),
                        new ScoringMethod("熵权法加权求和", List.of(
                                new Indicator("demand_supply_ratio", LocalizedText.of("求人倍率"), IndicatorDirection.POSITIVE, 0.6),
                                new Indicator("days_to_fill", LocalizedText.of("招聘周期"), IndicatorDirection.POSITIVE, 0.4)),
                                new Thresholds(0.7, 0.5, 0.25)),
                        List.of(Consultation.of(ConsultationType.EXPERT_REVIEW, LocalDate.of(2025, 1, 10)))))
                .positions(list)
                .extensions(Extensions.none().with("x-generator", JsonNodeFactory.instance.textNode("catalog-bench")))
                .build();
    }

    /** One position; the name is unique by construction (it carries the index). */
    static Position position(int i, SplittableRandom random) {
        int k = random.nextInt(INDUSTRIES.length);
        // The level follows the score as written (rounded), so rule R13 holds.
        double score = Math.round((0.25 + 0.75 * random.nextDouble()) * 10_000) / 10_000.0;
        ShortageLevel level = score >= 0.7 ? ShortageLevel.VERY_SCARCE : score >= 0.5 ? ShortageLevel.SCARCE
                : ShortageLevel.GENERALLY_SCARCE;
        String field = FIELDS[random.nextInt(FIELDS.length)];
        String role = ROLES[random.nextInt(ROLES.length)];
        long min = 100_000 + 10_000L * random.nextInt(40);
        return Position.builder(String.format("P-%06d", i))
                .name(field + role + "（" + (i + 1) + "）", field + " " + role + " " + (i + 1))
                .industry(INDUSTRIES[k])
                .industryClass(CLASSES[k])
                .occupationCode(OCCUPATIONS[k])
                .category(JobCategory.values()[random.nextInt(JobCategory.values().length)])
                .description(LocalizedText.of("负责" + field + "相关的研发、实施与团队协作，推动关键技术攻关和成果转化。"))
                .requirements(new Requirements(Education.values()[random.nextInt(5)],
                        List.of(MAJORS[random.nextInt(5)], MAJORS[5 + random.nextInt(5)]),
                        List.of(SKILLS[random.nextInt(5)], SKILLS[5 + random.nextInt(5)]),
                        new Experience(random.nextInt(11), "具有" + field + "相关项目经验"),
                        List.of(), Extensions.none()))
                .shortage(new Shortage(level, score, null, null))
                .demand(new Demand(1 + random.nextInt(300), new Salary(BigDecimal.valueOf(min),
                        BigDecimal.valueOf(min + 50_000 + 10_000L * random.nextInt(60)), null, SalaryPeriod.YEAR)))
                .policies(Policy.TALENT_INTRODUCTION, Policy.TRAINING)
                .build();
    }
}
