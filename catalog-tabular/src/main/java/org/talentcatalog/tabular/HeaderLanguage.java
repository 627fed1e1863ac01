package org.talentcatalog.tabular;

/**
 * The language of the column headers and labels a writer produces. Chinese writes Chinese labels
 * for codes (大学本科, 应用技术类); English writes the codes themselves. The reader accepts both.
 */
public enum HeaderLanguage {
    /** 岗位名称, 学历要求 … (the default). */
    CHINESE,
    /** Name, Education … */
    ENGLISH
}
