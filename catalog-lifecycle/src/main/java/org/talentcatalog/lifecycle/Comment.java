package org.talentcatalog.lifecycle;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a consultation's comments sheet (docs/lifecycle.md, "Consultation comments"): 序号,
 * 反馈人/单位, 意见内容, 涉及岗位, 是否采纳, 采纳理由.
 *
 * @param place where the row is ({@code 意见!A4} or {@code comments.csv:4:1})
 * @param number the 序号 as given ("" when empty)
 * @param from the sender (反馈人/单位), "" when not given
 * @param text the comment (意见内容), non-blank
 * @param positions the positions it names (涉及岗位), ids or names as given
 * @param decision the decision (是否采纳), {@code null} when not yet answered
 * @param reason the reason (采纳理由), {@code null} when not given
 */
public record Comment(String place, String number, String from, String text, List<String> positions,
        @Nullable CommentDecision decision, @Nullable String reason) {

    /** Copies the list and checks no required component is null. */
    public Comment {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(text, "text");
        positions = List.copyOf(positions);
    }

    /** A copy placed elsewhere. */
    public Comment withPlace(String value) {
        return new Comment(value, number, from, text, positions, decision, reason);
    }
}
