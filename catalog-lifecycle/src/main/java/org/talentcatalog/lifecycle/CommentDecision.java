package org.talentcatalog.lifecycle;

import java.util.Optional;
import org.talentcatalog.model.Labelled;

/** How a consultation comment was handled (是否采纳), as a 意见采纳情况说明 states it. */
public enum CommentDecision implements Labelled {
    /** 采纳 — adopted. */
    ADOPTED("采纳", "adopted"),
    /** 部分采纳 — partly adopted. */
    PARTLY_ADOPTED("部分采纳", "partly adopted"),
    /** 未采纳 — not adopted. */
    NOT_ADOPTED("未采纳", "not adopted");

    private final String zh;
    private final String en;

    CommentDecision(String zh, String en) {
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

    /** Whether a reason must be given: for {@link #PARTLY_ADOPTED} and {@link #NOT_ADOPTED}. */
    public boolean needsReason() {
        return this != ADOPTED;
    }

    /**
     * The decision a cell or member names: the code, the Chinese label or the English label (case
     * and surrounding white space ignored).
     */
    public static Optional<CommentDecision> parse(String text) {
        String t = text.strip();
        for (CommentDecision d : values()) {
            if (d.name().equalsIgnoreCase(t) || d.zh.equals(t) || d.en.equalsIgnoreCase(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
