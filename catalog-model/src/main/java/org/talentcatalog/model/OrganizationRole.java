package org.talentcatalog.model;

/**
 * The role of an organisation in compiling or issuing a catalog (seed 三, 六).
 */
public enum OrganizationRole implements Labelled {
    /** 市人力资源社会保障局. */
    MUNICIPAL_HRSS("市人力资源社会保障局", "municipal human resources and social security bureau"),
    /** 区人力资源社会保障局. */
    DISTRICT_HRSS("区人力资源社会保障局", "district human resources and social security bureau"),
    /** 行业主管部门. */
    INDUSTRY_AUTHORITY("行业主管部门", "industry authority"),
    /** 区政府. */
    DISTRICT_GOVERNMENT("区政府", "district government"),
    /** 重点区域管理机构. */
    KEY_AREA_AUTHORITY("重点区域管理机构", "key area authority"),
    /** 科研院所. */
    RESEARCH_INSTITUTE("科研院所", "research institute"),
    /** 行业协会. */
    INDUSTRY_ASSOCIATION("行业协会", "industry association"),
    /** 龙头企业. */
    ENTERPRISE("龙头企业", "leading enterprise"),
    /** 人力资源服务机构. */
    HR_SERVICE_AGENCY("人力资源服务机构", "human resources service agency"),
    /** 其他. */
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    OrganizationRole(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
