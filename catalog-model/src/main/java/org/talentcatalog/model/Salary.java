package org.talentcatalog.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A reference salary range (参考薪酬).
 *
 * <p>{@code currency} is {@code null} when the document did not give it; it then means CNY
 * ({@link #effectiveCurrency()}) and is not written back.
 *
 * @param min the lower bound, ≥ 0 (required)
 * @param max the upper bound, ≥ 0 and ≥ min (rule R6) (required)
 * @param currency an ISO 4217 code, or {@code null} for the default CNY
 * @param period the period the amounts are quoted for (required)
 */
public record Salary(
        @NotNull(message = "{org.talentcatalog.model.required}") @DecimalMin(value = "0", message = "{org.talentcatalog.model.minimum}") @Nullable BigDecimal min,
        @NotNull(message = "{org.talentcatalog.model.required}") @DecimalMin(value = "0", message = "{org.talentcatalog.model.minimum}") @Nullable BigDecimal max,
        @Pattern(regexp = "^[A-Z]{3}$", message = "{org.talentcatalog.model.pattern}") @Nullable String currency,
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable SalaryPeriod period) {

    /** The currency used when none is given. */
    public static final String DEFAULT_CURRENCY = "CNY";

    /** A salary range in CNY. */
    public static Salary of(long min, long max, SalaryPeriod period) {
        return new Salary(BigDecimal.valueOf(min), BigDecimal.valueOf(max), null, period);
    }

    /** The currency, CNY when none was given. */
    public String effectiveCurrency() {
        return currency == null ? DEFAULT_CURRENCY : currency;
    }
}
