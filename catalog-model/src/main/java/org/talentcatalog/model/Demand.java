package org.talentcatalog.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Demand for a position (需求数量, 参考薪酬).
 *
 * @param headcount the number of people needed, ≥ 0, or {@code null}
 * @param salary the reference salary, or {@code null}
 */
public record Demand(
        @Min(value = 0, message = "{org.talentcatalog.model.minimum}") @Nullable Integer headcount,
        @Valid @Nullable Salary salary) {
}
