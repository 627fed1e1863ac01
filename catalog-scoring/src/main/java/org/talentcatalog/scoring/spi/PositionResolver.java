package org.talentcatalog.scoring.spi;

import java.util.Optional;

/**
 * Places a survey row that names its position in free text ({@code position_name}) but gives no
 * {@code position_id}: the id of the catalog position the title stands for, or nothing when it cannot
 * be placed with enough confidence. Rows left unplaced are not scored and are counted, with their
 * titles, in the result's warnings ({@code UNRESOLVED_POSITION_NAMES}), so nothing is dropped
 * silently. The scoring module holds no coder of its own: a caller plugs one in (the command line
 * plugs in catalog-normalize's position matcher over the template catalog given with
 * {@code --catalog}). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface PositionResolver {

    /**
     * The position a free-text title stands for.
     *
     * @param positionName the row's {@code position_name}, stripped, never blank
     * @return the position's id, or empty to leave the row out
     */
    Optional<String> resolve(String positionName);
}
