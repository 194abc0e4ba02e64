package org.communitychest.monitoring.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communitychest.awards.FundedGrant;
import org.communitychest.gaps.GapCell;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.monitoring.ReceivedReferrals;
import org.communitychest.monitoring.ReportKind;

/**
 * The rules of decision record 0034, in memory: which grants fund a gap in a period, which approved referrals
 * count in it. No storage: the service reads the figures, the grants and the reports, in a fixed number of
 * statements, and this puts them together.
 */
final class CoverageCount {

    private CoverageCount() {
    }

    /**
     * Every gap of every period with the grants that fund it and the referrals that count in it, period by
     * period (oldest first), each period's gaps in the order of {@code cells}.
     *
     * <p>A grant funds a gap in a period when it serves the gap's need and area and its planned dates overlap the
     * period; {@code grants} holds only grants that count at all (accepted, active or completed). An approved
     * report's referrals for a need count, for every area the grant serves, in the periods that contain the day
     * {@link #countedOn} gives.
     */
    static Map<GapPeriod, List<GapCoverage>> byPeriod(List<GapCell> cells, List<FundedGrant> grants,
            List<ReceivedReferrals> referrals) {
        var grantById = new HashMap<Long, FundedGrant>();
        var serving = new HashMap<List<Long>, List<FundedGrant>>();
        for (var grant : grants) {
            grantById.put(grant.id(), grant);
            for (long need : grant.needIds()) {
                for (long area : grant.areaIds()) {
                    serving.computeIfAbsent(List.of(need, area), k -> new ArrayList<>()).add(grant);
                }
            }
        }
        var receivedByGrantAndNeed = new HashMap<List<Long>, List<ReceivedReferrals>>();
        for (var r : referrals) {
            if (grantById.containsKey(r.grantId())) {
                receivedByGrantAndNeed.computeIfAbsent(List.of(r.grantId(), r.needCategoryId()),
                        k -> new ArrayList<>()).add(r);
            }
        }
        var byPeriod = new TreeMap<GapPeriod, List<GapCoverage>>();
        for (var cell : cells) {
            var period = cell.period();
            var funding = new ArrayList<FundedGrant>();
            var received = new ArrayList<ReceivedReferrals>();
            for (var grant : serving.getOrDefault(List.of(cell.needCategoryId(), cell.areaId()), List.of())) {
                if (grant.runsDuring(period.start(), period.end())) {
                    funding.add(grant);
                }
                for (var r : receivedByGrantAndNeed.getOrDefault(List.of(grant.id(), cell.needCategoryId()),
                        List.of())) {
                    if (within(countedOn(r, grant), period)) {
                        received.add(r);
                    }
                }
            }
            byPeriod.computeIfAbsent(period, p -> new ArrayList<>()).add(new GapCoverage(cell, funding, received));
        }
        return byPeriod;
    }

    /**
     * The day a report's referrals count on: the end of the span it covers. A midpoint report covers the grant's
     * first half, which ends on its due date (the grant's midpoint); a final report covers the rest, to the grant's
     * planned end.
     */
    static LocalDate countedOn(ReceivedReferrals referrals, FundedGrant grant) {
        return referrals.kind() == ReportKind.MIDPOINT ? referrals.dueOn() : grant.endDate();
    }

    private static boolean within(LocalDate day, GapPeriod period) {
        return !day.isBefore(period.start()) && !day.isAfter(period.end());
    }
}
