package org.communitychest.monitoring.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.Money;
import org.communitychest.monitoring.GrantFixtures;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportKind;
import org.communitychest.monitoring.ReportReviews;
import org.communitychest.monitoring.ReportStatus;
import org.communitychest.rounds.GapRounds;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundForm;
import org.springframework.context.ApplicationContext;

/**
 * A partnership of its own with gap figures (GapRounds: Ward A to Ward E), and grants that serve its gaps made the
 * way an officer and a group make them: a round, a bid released as funded, the grant offered, accepted and
 * checked; then its reports written, sent and approved.
 */
public final class CoverageFixtures {

    public final GapRounds gapRounds;
    public final GrantFixtures grants;
    public final ApplicationFixtures fx;
    private final MyReports myReports;
    private final ReportReviews reviews;

    public CoverageFixtures(ApplicationContext context) {
        gapRounds = new GapRounds(context);
        grants = new GrantFixtures(context);
        fx = grants.px.fx;
        myReports = context.getBean(MyReports.class);
        reviews = context.getBean(ReportReviews.class);
    }

    /** A grant the group accepted. */
    public record Grant(long id, String bidder, long needId, long areaId) {
    }

    /**
     * An accepted grant of £1,250 from {@code start} to {@code end}, for the tenant's first need in its first ward
     * (what the fixtures' short bid serves), planning to take 30 people from social prescribers.
     */
    public Grant accepted(GapRounds.Tenant t, LocalDate start, LocalDate end) {
        RoundDetails round = gapRounds.openRound(t, List.of());
        var scored = grants.px.inScoring(round, t.officer(), 1);
        String bidder = scored.bidders().getFirst();
        long id = grants.accept(t.officer(), round.id(), scored.bids().getFirst(), bidder, 125_000, start, end);
        return new Grant(id, bidder, fx.needs(t.id()).getFirst().id(), fx.wards(t.id()).getFirst().id());
    }

    /** The group writes the grant's report of {@code kind} (the short form), with these referrals, and sends it. */
    public long submitted(Grant grant, ReportKind kind, int referrals) {
        return fx.as(grant.bidder(), () -> {
            long reportId = myReports.ofGrant(grant.id()).stream().filter(r -> r.kind() == kind).findFirst()
                    .orElseThrow().id();
            long v = myReports.get(reportId).version();
            v = myReports.saveActivity(reportId, v, 10, 20, 40).version();
            v = myReports.saveReferrals(reportId, v, Map.of(grant.needId(), referrals)).version();
            v = myReports.saveSpend(reportId, v, List.of(Money.ofPounds(500)), true).version();
            v = myReports.saveStory(reportId, v, "People who had nowhere to go now come every week.", false)
                    .version();
            myReports.submit(reportId, v);
            return reportId;
        });
    }

    /** The report written and sent, then approved by the tenant's officer. */
    public long approved(GapRounds.Tenant t, Grant grant, ReportKind kind, int referrals) {
        long reportId = submitted(grant, kind, referrals);
        fx.as(t.officer(), () -> {
            reviews.approve(reportId, null);
            assertThat(reviews.get(reportId).status()).isEqualTo(ReportStatus.APPROVED);
        });
        return reportId;
    }

    /** A draft round of the tenant, without priorities. */
    public RoundDetails draftRound(GapRounds.Tenant t) {
        var now = org.communitychest.base.London.toLocal(fx.clock.instant()).withNano(0);
        var f = fx.roundForm("Next round " + UUID.randomUUID(), now.plusDays(10), now.plusDays(40));
        var form = new RoundForm(f.title(), f.description(), f.pot(), f.minGrant(), f.maxGrant(),
                f.shortFormThreshold(), f.opensAt(), f.closesAt(), f.projectEndLimit(), f.scale(), f.eligibility(),
                f.criteria(), List.of(), f.requiredDocuments());
        return fx.as(t.officer(), () -> fx.rounds.create(form));
    }
}
