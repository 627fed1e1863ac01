package org.talentcatalog.tabular;

/** How the writer spells the shortage level (紧缺程度). The reader accepts all of them. */
public enum LevelStyle {
    /** 非常紧缺 / 紧缺 / 一般紧缺 (or the English labels under English headers). */
    WORDS,
    /** ★★★ / ★★ / ★. */
    STARS,
    /** VERY_SCARCE / SCARCE / GENERALLY_SCARCE. */
    CODES
}
