package org.communitychest.gaps;

import java.time.LocalDate;

/**
 * One checked row of a gap file: a need in an area over a period. A count is {@code null} where the source
 * suppressed it (fewer than 5); {@code medianWaitDays} is {@code null} where it was not given.
 */
record GapRow(long line, LocalDate periodStart, LocalDate periodEnd, long areaId, long needCategoryId,
        Integer received, Integer connected, Integer unmet, Integer waiting, Integer medianWaitDays,
        SourceSystem source) {
}
