package org.talentcatalog.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.TextLength;
import org.talentcatalog.model.constraints.UniqueItems;

/**
 * One entry of a catalog (岗位): a position with its industry, category, requirements and shortage
 * level. Build one with {@link #builder(String)}.
 *
 * @param id unique in the edition and stable across editions, {@code ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$} (required)
 * @param name the position's name (岗位名称) (required)
 * @param industry the industry code (产业类别) (required)
 * @param industryClass the GB/T 4754-2017 class (国民经济行业分类), or {@code null}
 * @param occupationCode the 《职业分类大典》(2022) code, e.g. {@code 2-02-09-06}, or {@code null}
 * @param category the job category (岗位类别) (required)
 * @param description the duties (岗位职责), at most 4000 code points per language, or {@code null}
 * @param requirements the requirements (人才素质与能力要求) (required)
 * @param shortage the shortage level (急需紧缺程度); required once the catalog is approved
 * @param demand headcount and salary, or {@code null}
 * @param policies support policies (转化应用), unique; never {@code null}
 * @param extensions vendor extension members; never {@code null}
 */
public record Position(
        @NotNull(message = "{org.talentcatalog.model.required}") @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", message = "{org.talentcatalog.model.pattern}") @Nullable String id,
        @NotNull(message = "{org.talentcatalog.model.required}") @Valid @TextLength(200) @Nullable LocalizedText name,
        @NotNull(message = "{org.talentcatalog.model.required}") @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,63}$", message = "{org.talentcatalog.model.pattern}") @Nullable String industry,
        @Pattern(regexp = "^[A-T]([0-9]{2}([0-9]{1,2})?)?$", message = "{org.talentcatalog.model.pattern}") @Nullable String industryClass,
        @Pattern(regexp = "^[1-8]-[0-9]{2}(-[0-9]{2}){0,2}$", message = "{org.talentcatalog.model.pattern}") @Nullable String occupationCode,
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable JobCategory category,
        @Valid @TextLength(DESCRIPTION_MAX) @Nullable LocalizedText description,
        @NotNull(message = "{org.talentcatalog.model.required}") @Valid @Nullable Requirements requirements,
        @Valid @Nullable Shortage shortage,
        @Valid @Nullable Demand demand,
        @UniqueItems(message = "{org.talentcatalog.model.uniqueItems}") List<@NotNull(message = "{org.talentcatalog.model.required}") Policy> policies,
        Extensions extensions) {

    /** The largest length of a description text, in code points. */
    public static final int DESCRIPTION_MAX = 4000;

    /** Copies the list; {@code null} becomes empty. */
    public Position {
        policies = Lists.copy(policies);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    /** A builder for a position with the given id. */
    public static PositionBuilder builder(String id) {
        return new PositionBuilder().id(id);
    }

    /** A builder initialised from this position, to derive a changed copy. */
    public PositionBuilder toBuilder() {
        return new PositionBuilder(this);
    }

    /** The shortage level, or {@code null} when the position has none. */
    public @Nullable ShortageLevel level() {
        return shortage == null ? null : shortage.level();
    }
}
