package org.talentcatalog.scoring;

import java.util.Objects;
import org.talentcatalog.model.IndicatorDirection;

/**
 * A configured indicator (评价指标).
 *
 * @param id the indicator id, a column of the indicator table (e.g. {@code demand_supply_ratio})
 * @param direction POSITIVE (正向: larger is more scarce) or NEGATIVE (负向)
 */
public record IndicatorSpec(String id, IndicatorDirection direction) {

    /** Checks for nulls. */
    public IndicatorSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
    }
}
