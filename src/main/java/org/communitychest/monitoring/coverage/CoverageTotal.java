package org.communitychest.monitoring.coverage;

import java.util.Collection;
import java.util.HashSet;

/**
 * Gaps taken together (a need's, an area's, a period's): unmet added up ({@code lowerBound} where a suppressed
 * count was left out of any), the unmet that funding and delivery answer, gap by gap and never more than the gap
 * ({@code fundedCovered}, {@code deliveredCovered}), and the capacity and referrals of the grants involved counted
 * once each however many of the gaps they serve ({@code funded}, {@code delivered}, {@code grants}).
 */
public record CoverageTotal(int unmet, boolean lowerBound, int fundedCovered, int deliveredCovered, int funded,
        int delivered, int grants) {

    public static CoverageTotal of(Collection<GapCoverage> gaps) {
        int unmet = 0;
        int fundedCovered = 0;
        int deliveredCovered = 0;
        boolean lowerBound = false;
        var grants = new HashSet<org.communitychest.awards.FundedGrant>();
        var received = new HashSet<org.communitychest.monitoring.ReceivedReferrals>();
        for (var gap : gaps) {
            unmet += gap.unmet();
            lowerBound |= gap.gap().lowerBound();
            fundedCovered += Math.min(gap.funded(), gap.unmet());
            deliveredCovered += Math.min(gap.delivered(), gap.unmet());
            grants.addAll(gap.grants());
            received.addAll(gap.received());
        }
        int funded = grants.stream().mapToInt(org.communitychest.awards.FundedGrant::plannedCapacity).sum();
        int delivered = received.stream().mapToInt(org.communitychest.monitoring.ReceivedReferrals::referrals).sum();
        return new CoverageTotal(unmet, lowerBound, fundedCovered, deliveredCovered, funded, delivered,
                grants.size());
    }

    /** Whether there is anything to draw: unmet, funded or delivered people. */
    public boolean anyPeople() {
        return unmet > 0 || funded > 0 || delivered > 0;
    }

    /** Whether the figures record no unmet need: coverage does not apply. */
    public boolean noUnmetRecorded() {
        return unmet == 0;
    }

    /** The share of unmet that funding answers, gap by gap; {@code null} where no unmet need was recorded. */
    public Double fundedCoverage() {
        return GapCoverage.ratio(fundedCovered, unmet);
    }

    /** The share of unmet that the reported referrals answer, gap by gap; {@code null} where none was recorded. */
    public Double deliveredCoverage() {
        return GapCoverage.ratio(deliveredCovered, unmet);
    }
}
