package org.communitychest.demo;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.communitychest.awards.Acceptance;
import org.communitychest.awards.BudgetItem;
import org.communitychest.awards.DiligenceChecks;
import org.communitychest.awards.DueDiligenceKind;
import org.communitychest.awards.GrantOffers;
import org.communitychest.awards.GrantPayments;
import org.communitychest.awards.GrantRow;
import org.communitychest.awards.MyGrants;
import org.communitychest.awards.Payment;
import org.communitychest.awards.Terms;
import org.communitychest.awards.Variations;
import org.communitychest.base.London;
import org.communitychest.base.SystemActor;
import org.communitychest.place.Partnerships;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The spring round's grants, each at a different step: the men's shed accepted, checked and paid its first 80%
 * (active), the warm lunches paid too and asking to run a month longer, the tablet library accepted with its
 * documents waiting to be checked, and the walking football's part award still offered, waiting for an answer.
 */
@Component
class DemoGrants {

    private final Partnerships partnerships;
    private final GrantOffers offers;
    private final MyGrants myGrants;
    private final DiligenceChecks checks;
    private final GrantPayments payments;
    private final Variations variations;
    private final DemoMonitoring monitoring;
    private final java.time.Clock clock;

    DemoGrants(Partnerships partnerships, GrantOffers offers, MyGrants myGrants, DiligenceChecks checks,
            GrantPayments payments, Variations variations, DemoMonitoring monitoring, java.time.Clock clock) {
        this.monitoring = monitoring;
        this.partnerships = partnerships;
        this.offers = offers;
        this.myGrants = myGrants;
        this.checks = checks;
        this.payments = payments;
        this.variations = variations;
        this.clock = clock;
    }

    void seed(long partnershipId, DemoPanels.Person officer, long roundId, Map<String, DemoPanels.Group> groups) {
        SystemActor.callAs(partnershipId, () -> partnerships.describe(partnershipId,
                "Tower Hamlets Together, Mulberry Place, 5 Clove Crescent, London E14 2BG", // not user text: demo
                "communitychest@example.org", "THT", "GB-NHS-THT"), SystemActor.ROLE); // not user text: demo
        List<GrantRow> made = as(officer, partnershipId, () -> {
            offers.prepare(roundId);
            offers.ofRound(roundId).forEach(row -> offers.saveTerms(row.id(), offers.get(row.id()).version(),
                    terms(offers.get(row.id()), London.today(clock))));
            offers.sendAll(roundId);
            return offers.ofRound(roundId);
        });
        var shed = grantOf(made, "Shed tools and open days");
        var lunches = grantOf(made, "Winter warm lunches");
        var tablets = grantOf(made, "Tablet lending library");
        acceptAndSend(groups.get("shed"), shed);
        acceptAndSend(groups.get("poplar"), lunches);
        acceptAndSend(groups.get("digital"), tablets);
        for (long grantId : List.of(shed, lunches)) {
            as(officer, partnershipId, () -> {
                offers.get(grantId).diligence().forEach(need -> checks.verify(grantId, need.latest().id()));
                var first = offers.get(grantId).payments().getFirst();
                return payments.record(grantId, 1, new Payment(London.today(clock), first.amount(),
                        "THT-FIN-" + grantId + "-1")); // not user text: demo finance reference
            });
        }
        var poplar = groups.get("poplar").applicant();
        as(poplar, null, () -> {
            var now = myGrants.get(lunches);
            return variations.request(lunches, new Terms(now.amount(), now.startDate(), now.endDate().plusMonths(1),
                    now.budget()), "The hall can have us for one more month, so we can run lunches through to the"
                    + " end of April, when the cold weather often comes back."); // not user text: demo data
        });
        monitoring.seed(partnershipId, officer, groups, shed, lunches, tablets);
    }

    /**
     * The default terms, with one condition of the partnership's own, for the larger grants a year from the spring
     * (so that their midpoint reports have fallen due) paid 80 % at the start and 20 % on the final report.
     */
    private static org.communitychest.awards.OfferTerms terms(org.communitychest.awards.GrantDetails grant,
            java.time.LocalDate today) {
        if (grant.amount().pence() < 200_000) {
            return new org.communitychest.awards.OfferTerms(null, grant.startDate(), grant.endDate(), true,
                    grant.payments().stream().map(p -> new org.communitychest.awards.PlannedPayment(p.amount(),
                            p.dueDate(), p.onFinalReport())).toList());
        }
        var start = DemoMonitoring.springStart(today);
        var end = start.plusYears(1).minusDays(1);
        var first = org.communitychest.base.Money.ofPence(grant.amount().pence() * 8 / 10);
        return new org.communitychest.awards.OfferTerms(
                "Tell the social prescribing link workers in your area about the sessions before they start.",
                start, end, true, List.of(new org.communitychest.awards.PlannedPayment(first, start, false),
                        new org.communitychest.awards.PlannedPayment(grant.amount().minus(first), end.plusMonths(1),
                                true))); // not user text: demo data
    }

    private void acceptAndSend(DemoPanels.Group group, long grantId) {
        as(group.applicant(), null, () -> {
            myGrants.accept(grantId, new Acceptance(group.declarant(), group.role(), true), "192.0.2.10");
            for (var kind : DueDiligenceKind.values()) {
                myGrants.upload(grantId, kind, kind.slug() + ".pdf", pdf(group.name() + ": " + kind.slug()));
            }
            return null;
        });
    }

    private static long grantOf(List<GrantRow> rows, String title) {
        return rows.stream().filter(r -> r.projectTitle().equals(title)).findFirst().orElseThrow().id();
    }

    private static byte[] pdf(String text) {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    private static <T> T as(DemoPanels.Person person, Long partnershipId, Supplier<T> work) {
        return SystemActor.callAsUser(person.id(), person.email(), partnershipId, work, person.role());
    }
}
