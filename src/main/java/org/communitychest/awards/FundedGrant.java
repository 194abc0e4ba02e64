package org.communitychest.awards;

import java.time.LocalDate;
import java.util.Set;

/**
 * A grant the group accepted (it may be active or completed since) as the gap coverage counts it: the needs and
 * areas it serves, its planned dates, and how many people it planned to take from social prescribers over the
 * whole grant ({@code plannedCapacity}, 0 where the application did not say).
 */
public record FundedGrant(long id, String reference, String organisationName, String projectTitle,
        GrantStatus status, LocalDate startDate, LocalDate endDate, Set<Long> needIds, Set<Long> areaIds,
        int plannedCapacity) {

    public FundedGrant {
        needIds = Set.copyOf(needIds);
        areaIds = Set.copyOf(areaIds);
    }

    /** Whether it serves the need in the area. */
    public boolean serves(long needId, long areaId) {
        return needIds.contains(needId) && areaIds.contains(areaId);
    }

    /** Whether its planned dates overlap the days from {@code start} to {@code end}, both included. */
    public boolean runsDuring(LocalDate start, LocalDate end) {
        return !startDate.isAfter(end) && !endDate.isBefore(start);
    }
}
