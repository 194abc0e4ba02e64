package org.communitychest.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.BidDecision;
import org.communitychest.applications.DecisionRelease;
import org.communitychest.awards.Acceptance;
import org.communitychest.awards.DiligenceChecks;
import org.communitychest.awards.GrantOffers;
import org.communitychest.awards.MyGrants;
import org.communitychest.awards.OfferTerms;
import org.communitychest.awards.PlannedPayment;
import org.communitychest.base.Money;
import org.communitychest.panels.PanelFixtures;
import org.springframework.context.ApplicationContext;

/**
 * Grants made, offered and accepted through the services, for tests of what follows acceptance: a round of bids
 * released as funded, each grant with the schedule given, accepted by its bidder and its documents verified.
 */
public class GrantFixtures {

    public final PanelFixtures px;
    private final GrantOffers offers;
    private final MyGrants myGrants;
    private final DiligenceChecks checks;
    private final DecisionRelease release;

    public GrantFixtures(ApplicationContext context) {
        this.px = new PanelFixtures(context);
        this.offers = context.getBean(GrantOffers.class);
        this.myGrants = context.getBean(MyGrants.class);
        this.checks = context.getBean(DiligenceChecks.class);
        this.release = context.getBean(DecisionRelease.class);
    }

    /** An accepted grant of {@code pence}, running from {@code start} to {@code end}, paid 80 % then 20 % on the final report. */
    public Accepted accepted(long pence, LocalDate start, LocalDate end, long shortFormThresholdPence) {
        var round = px.roundInScoring("Reports", 1);
        px.fx.jdbc.update("update funding_round set short_form_threshold_pence = ? where id = ?",
                shortFormThresholdPence, round.roundId());
        long bid = round.bids().getFirst();
        String bidder = round.bidders().getFirst();
        long grantId = accept(ApplicationFixtures.OFFICER, round.roundId(), bid, bidder, pence, start, end);
        return new Accepted(round.roundId(), grantId, bidder);
    }

    /**
     * Releases {@code bid} of the round (in scoring) as funded with {@code pence}, makes its grant running from
     * {@code start} to {@code end} (80 % at the start, 20 % on the final report) and sends the offer as
     * {@code officer}; {@code bidder} accepts it and sends the documents, which the officer verifies.
     */
    public long accept(String officer, long roundId, long bid, String bidder, long pence, LocalDate start,
            LocalDate end) {
        long grantId = px.fx.as(officer, () -> {
            release.release(roundId, List.of(BidDecision.funded(bid, Money.ofPence(pence), null)));
            offers.prepare(roundId);
            long id = offers.ofRound(roundId).getFirst().id();
            var grant = offers.get(id);
            long first = pence * 8 / 10;
            offers.saveTerms(id, grant.version(), new OfferTerms(null, start, end, false, List.of(
                    new PlannedPayment(Money.ofPence(first), start, false),
                    new PlannedPayment(Money.ofPence(pence - first), end.plusMonths(1), true))));
            offers.send(id);
            return id;
        });
        px.fx.as(bidder, () -> {
            myGrants.accept(grantId, new Acceptance("Amina Begum", "Treasurer", true), "192.0.2.1");
            for (var need : myGrants.get(grantId).diligence()) {
                myGrants.upload(grantId, need.kind(), need.kind().name().toLowerCase() + ".pdf",
                        ApplicationFixtures.pdf(need.kind().name()));
            }
        });
        px.fx.as(officer, () -> offers.get(grantId).diligence()
                .forEach(need -> checks.verify(grantId, need.latest().id())));
        return grantId;
    }

    public record Accepted(long roundId, long grantId, String bidder) {
    }
}
