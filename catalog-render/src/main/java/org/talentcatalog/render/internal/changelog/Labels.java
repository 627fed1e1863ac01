package org.talentcatalog.render.internal.changelog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.FieldChange;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.Labelled;
import org.talentcatalog.model.Policy;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;
import org.talentcatalog.render.RenderContext;

/** Human labels of change paths and values, in Chinese or English, for the changelog renderings. */
final class Labels {

    private static final Map<String, String[]> PATHS = new HashMap<>();
    private static final Map<String, String[]> MEMBERS = new HashMap<>();
    private static final Map<String, Function<String, Labelled>> CODES = new HashMap<>();

    static {
        path("/id", "编号", "id");
        path("/name", "岗位名称", "name");
        path("/name/zh", "岗位名称", "name (zh)");
        path("/name/en", "英文名称", "name (en)");
        path("/title", "目录名称", "title");
        path("/title/zh", "目录名称", "title (zh)");
        path("/title/en", "英文目录名称", "title (en)");
        path("/level", "发布层级", "issuing level");
        path("/shortage/level", "紧缺程度", "shortage level");
        path("/shortage/score", "紧缺评分", "shortage score");
        path("/shortage/confidence", "定级置信度", "level confidence");
        path("/shortage/rationale", "定级理由", "level rationale");
        path("/description/zh", "岗位职责", "duties (zh)");
        path("/description/en", "英文岗位职责", "duties (en)");
        path("/edition/version", "版本", "version");
        path("/edition/supersedes", "替代版本", "supersedes");
        member("id", "编号", "id");
        member("industry", "产业类别", "industry");
        member("industryClass", "国民经济行业分类", "industry class");
        member("occupationCode", "职业编码", "occupation code");
        member("category", "岗位类别", "job category");
        member("description", "岗位职责", "duties");
        member("requirements", "要求", "requirements");
        member("education", "学历", "education");
        member("majors", "专业背景", "majors");
        member("competencies", "能力需求", "competencies");
        member("experience", "经历", "experience");
        member("minYears", "最低年限", "minimum years");
        member("certifications", "职称/职业资格", "certifications");
        member("shortage", "紧缺程度", "shortage");
        member("demand", "需求", "demand");
        member("headcount", "需求数量", "headcount");
        member("salary", "参考薪酬", "salary");
        member("min", "下限", "min");
        member("max", "上限", "max");
        member("policies", "支持政策", "policies");
        member("kind", "目录类型", "kind");
        member("scope", "范围", "scope");
        member("industries", "产业", "industries");
        member("region", "区域", "region");
        member("program", "专项", "program");
        member("edition", "版本信息", "edition");
        member("publishedOn", "发布日期", "published on");
        member("validFrom", "生效日期", "valid from");
        member("validUntil", "有效期至", "valid until");
        member("status", "状态", "status");
        member("issuance", "发布信息", "issuance");
        member("compilers", "编制部门", "compilers");
        member("jointIssuers", "联合发文单位", "joint issuers");
        member("documentNumber", "文号", "document number");
        member("contractor", "承接机构", "contractor");
        member("methodology", "编制方法", "methodology");
        member("survey", "需求调研", "survey");
        member("sampleSize", "样本量", "sample size");
        member("respondents", "调研对象", "respondents");
        member("scoring", "评价方法", "scoring");
        member("indicators", "指标", "indicators");
        member("thresholds", "分级阈值", "thresholds");
        member("consultations", "论证与征求意见", "consultations");
        member("from", "开始日期", "from");
        member("to", "结束日期", "to");
        member("methods", "调研方法", "methods");
        member("EMPLOYER", "用人单位", "employers");
        member("INDUSTRY_ASSOCIATION", "行业协会", "industry associations");
        member("HR_SERVICE_AGENCY", "人力资源服务机构", "HR service agencies");
        member("RESEARCH_INSTITUTE", "科研院所", "research institutes");
        member("THIRD_PARTY_DATA", "第三方数据", "third-party data");
        CODES.put("/requirements/education", Education::valueOf);
        CODES.put("/category", JobCategory::valueOf);
        CODES.put("/shortage/level", ShortageLevel::valueOf);
        CODES.put("/status", Status::valueOf);
        CODES.put("/kind", CatalogKind::valueOf);
        CODES.put("/level", CatalogLevel::valueOf);
        CODES.put("/policies", Policy::valueOf);
        CODES.put("/industry", Labels::industry);
        CODES.put("/scope/industries", Labels::industry);
    }

    private Labels() {
    }

    private static void path(String path, String zh, String en) {
        PATHS.put(path, new String[] {zh, en});
    }

    private static void member(String name, String zh, String en) {
        MEMBERS.put(name, new String[] {zh, en});
    }

    static boolean en(Locale locale) {
        return locale != null && RenderContext.of(locale).english();
    }

    static String pick(Locale locale, String zh, String en) {
        return en(locale) ? en : zh;
    }

    /** The label of an industry code: the registered name, or the code itself. */
    static Labelled industry(String code) {
        return CodeLists.defaults().industry(code).map(e -> (Labelled) e).orElseGet(() -> new Labelled() {
            public String code() {
                return code;
            }

            public String zh() {
                return code;
            }

            public String en() {
                return code;
            }
        });
    }

    /** The label of a code at a path, or the code when the path has no code list or the code is unknown. */
    static String code(String path, String code, Locale locale) {
        Function<String, Labelled> list = CODES.get(path);
        if (list == null || code == null) {
            return code;
        }
        try {
            Labelled l = list.apply(code);
            String label = l.label(locale);
            return l instanceof ShortageLevel s ? label + " " + s.stars() : label;
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** A label for a change path: {@code 要求 · 学历}, {@code x-vendor-ref}. */
    static String path(String path, Locale locale) {
        String[] whole = PATHS.get(path);
        if (whole != null) {
            return whole[en(locale) ? 1 : 0];
        }
        List<String> parts = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            String[] l = MEMBERS.get(name);
            parts.add(l == null ? name : l[en(locale) ? 1 : 0]);
        }
        return String.join(" · ", parts);
    }

    /** A value for people: text as is, codes as labels, lists joined, objects as compact JSON. */
    static String value(String path, JsonNode v, Locale locale) {
        if (v == null) {
            return pick(locale, "（无）", "(none)");
        }
        if (v.isTextual()) {
            return code(path, v.asText(), locale);
        }
        if (v.isArray() && allText(v)) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(code(path, item.asText(), locale)));
            return String.join(pick(locale, "、", ", "), items);
        }
        if (v.isObject() && v.size() <= 2 && v.has("zh") && v.path("zh").isTextual()) {
            return v.path("zh").asText() + (v.has("en") ? " / " + v.path("en").asText() : "");
        }
        return v.toString();
    }

    /** One change for people: {@code 学历：大学本科 → 硕士研究生}, {@code 专业背景：+微电子；−物理}. */
    static String change(FieldChange c, Locale locale) {
        String label = path(c.path(), locale);
        JsonNode o = c.oldValue();
        JsonNode n = c.newValue();
        String sep = pick(locale, "：", ": ");
        if (o != null && n != null && o.isArray() && n.isArray() && allText(o) && allText(n)) {
            Set<String> before = texts(o);
            Set<String> after = texts(n);
            List<String> parts = new ArrayList<>();
            after.stream().filter(s -> !before.contains(s)).forEach(s -> parts.add("+" + code(c.path(), s, locale)));
            before.stream().filter(s -> !after.contains(s)).forEach(s -> parts.add("−" + code(c.path(), s, locale)));
            if (parts.isEmpty()) {
                parts.add(pick(locale, "顺序调整", "reordered"));
            }
            return label + sep + String.join(pick(locale, "；", "; "), parts);
        }
        return label + sep + value(c.path(), o, locale) + " → " + value(c.path(), n, locale);
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }
}
