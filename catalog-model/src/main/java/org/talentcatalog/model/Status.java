package org.talentcatalog.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle state of a catalog edition (seed 七, 九, 十二).
 *
 * <p>The usual path is {@code DRAFT → EXPERT_REVIEW → PUBLIC_CONSULTATION → APPROVED → PUBLISHED →
 * SUPERSEDED}; {@link #WITHDRAWN} can be reached from any state. {@link #canMoveTo(Status)} states the
 * transitions this library considers regular (a review may send a draft back one step).
 */
public enum Status implements Labelled {
    /** 编制中 — being compiled. */
    DRAFT("编制中", "draft"),
    /** 专家论证 — under expert review. */
    EXPERT_REVIEW("专家论证", "expert review"),
    /** 公开征求意见 — open for public consultation. */
    PUBLIC_CONSULTATION("公开征求意见", "public consultation"),
    /** 审定 — approved. */
    APPROVED("审定", "approved"),
    /** 已发布 — published. */
    PUBLISHED("已发布", "published"),
    /** 已被替代 — superseded by a later edition. */
    SUPERSEDED("已被替代", "superseded"),
    /** 已撤回 — withdrawn. */
    WITHDRAWN("已撤回", "withdrawn");

    private final String zh;
    private final String en;

    Status(String zh, String en) {
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

    /** {@code APPROVED}, {@code PUBLISHED} or {@code SUPERSEDED}: docs/format.md's "approved or later". */
    public boolean isApprovedOrLater() {
        return this == APPROVED || this == PUBLISHED || this == SUPERSEDED;
    }

    /** {@code PUBLISHED} or {@code SUPERSEDED}: the edition was issued to the public. */
    public boolean isPublished() {
        return this == PUBLISHED || this == SUPERSEDED;
    }

    /** Whether a catalog in this state may have no positions ({@code DRAFT}, {@code WITHDRAWN}). */
    public boolean allowsEmptyPositions() {
        return this == DRAFT || this == WITHDRAWN;
    }

    /**
     * The states a catalog may move to from this one: the next step, one step back while under
     * review, and {@code WITHDRAWN} from anywhere except itself.
     */
    public Set<Status> successors() {
        EnumSet<Status> next = EnumSet.noneOf(Status.class);
        switch (this) {
            case DRAFT -> next.add(EXPERT_REVIEW);
            case EXPERT_REVIEW -> next.addAll(EnumSet.of(DRAFT, PUBLIC_CONSULTATION));
            case PUBLIC_CONSULTATION -> next.addAll(EnumSet.of(EXPERT_REVIEW, APPROVED));
            case APPROVED -> next.add(PUBLISHED);
            case PUBLISHED -> next.add(SUPERSEDED);
            case SUPERSEDED, WITHDRAWN -> { }
        }
        if (this != WITHDRAWN) {
            next.add(WITHDRAWN);
        }
        return next;
    }

    /** Whether {@code target} is one of {@link #successors()}. */
    public boolean canMoveTo(Status target) {
        return successors().contains(target);
    }
}
