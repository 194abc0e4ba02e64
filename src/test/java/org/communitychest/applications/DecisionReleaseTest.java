package org.communitychest.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.communitychest.IntegrationTest;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.Money;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.i18n.English;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.security.Accounts;
import org.communitychest.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The officer releases a round's decisions in one call: every eligible application takes its outcome, award and
 * feedback, with an audit entry, and its group's members are emailed in their own language. All or nothing, and
 * releasing again changes nothing.
 */
class DecisionReleaseTest extends IntegrationTest {

    private static final Money FULL_REQUEST = Money.ofPounds(3_000);
    private static final Money SHORT_REQUEST = Money.ofPounds(1_250);
    private static final String PART_FEEDBACK = "The panel liked the walks.\nIt could fund the training only.";
    private static final String NO_FEEDBACK = "The gap in Bow is already met by another group.";

    @Autowired
    ApplicationContext context;
    @Autowired
    DecisionRelease release;
    @Autowired
    Accounts accounts;
    ApplicationFixtures fx;
    RoundDetails round;
    String rahima;
    String tom;
    String sam;
    String cleo;
    long funded;
    long partFunded;
    long notFunded;

    @BeforeEach
    void threeEligibleApplications() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Decisions round " + UUID.randomUUID());
        rahima = fx.newApplicant("Rahima Khatun");
        tom = fx.newApplicant("Tom Baker");
        sam = fx.newApplicant("Sam Short");
        cleo = fx.newApplicant("Cleo Closed");
        fx.as(rahima, () -> accounts.chooseMyLanguage(Language.BENGALI));
        fx.as(tom, () -> accounts.chooseMyLanguage(Language.ENGLISH));
        long shapla = fx.newGroup(rahima, "Shapla Women's Group " + UUID.randomUUID().toString().substring(0, 4));
        fx.join(shapla, rahima, tom);
        funded = eligible(rahima, shapla, true, "Lunch club");
        partFunded = eligible(sam, fx.newGroup(sam, "Walkers " + UUID.randomUUID()), false, "Guided walks");
        notFunded = eligible(cleo, fx.newGroup(cleo, "Closed Club " + UUID.randomUUID()), false, "Card games");
    }

    private long eligible(String member, long group, boolean full, String title) {
        long id = fx.as(member, () -> {
            long draft = full ? fx.completeFullDraft(round, group, title) : fx.completeShortDraft(round, group, title);
            fx.submit(draft);
            return draft;
        });
        fx.as(OFFICER, () -> {
            var read = fx.screening.get(id);
            var pass = new HashMap<Long, GateDecision>();
            read.round().eligibility().forEach(q -> pass.put(q.id(), new GateDecision(true, null)));
            assertThat(fx.screening.screen(id, read.version(), pass)).isEqualTo(ApplicationStatus.ELIGIBLE);
        });
        return id;
    }

    private List<BidDecision> theDecisions() {
        return List.of(BidDecision.funded(funded, FULL_REQUEST, null),
                BidDecision.partFunded(partFunded, Money.ofPounds(750), PART_FEEDBACK),
                BidDecision.notFunded(notFunded, NO_FEEDBACK));
    }

    private DecisionsReleased releaseAsOfficer(List<BidDecision> decisions) {
        return fx.as(OFFICER, () -> release.release(round.id(), decisions));
    }

    private long decisionMails() {
        return jdbc.queryForObject("select count(*) from mail_message where template like 'application-%funded'",
                Long.class);
    }

    /** Statuses, awards, mails and audit entries: everything a release could change. */
    private String snapshot() {
        return jdbc.queryForObject("""
                select concat((select count(*) from mail_message where template like 'application-%funded'), '/',
                    (select count(*) from audit_entry where action = 'APPLICATION_DECISION_RELEASED'), '/',
                    (select group_concat(concat(status, ':', coalesce(amount_awarded_pence, -1)) order by id)
                     from application where round_id = ?))""", String.class, round.id());
    }

    @Test
    void eachApplicationTakesItsDecisionWithAnAuditEntryAndItsGroupIsEmailedInTheirLanguage() {
        long mailsBefore = decisionMails();

        var result = releaseAsOfficer(theDecisions());

        assertThat(result).isEqualTo(new DecisionsReleased(3, 0, 4));
        assertThat(English.of(result.message())).isEqualTo(
                "3 groups are being told the panel's decision: 4 emails queued.");
        assertThat(fx.status(funded)).isEqualTo(ApplicationStatus.FUNDED);
        assertThat(fx.status(partFunded)).isEqualTo(ApplicationStatus.PART_FUNDED);
        assertThat(fx.status(notFunded)).isEqualTo(ApplicationStatus.NOT_FUNDED);
        assertThat(jdbc.queryForObject("select amount_awarded_pence from application where id = ?", Long.class,
                partFunded)).isEqualTo(75_000L);
        for (long id : List.of(funded, partFunded, notFunded)) {
            assertThat(fx.audits("APPLICATION_DECISION_RELEASED", id)).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select after_value from audit_entry where action ="
                + " 'APPLICATION_DECISION_RELEASED' and subject_id = ?", String.class, String.valueOf(partFunded)))
                .startsWith("PART_FUNDED £750.00").contains("training only");
        assertThat(decisionMails() - mailsBefore).isEqualTo(4);

        String reference = fx.as(rahima, () -> fx.drafts.get(funded).reference());
        var bengali = latestMailTo(rahima);
        assertThat(bengali.template()).isEqualTo("application-funded");
        assertThat(bengali.subject()).isEqualTo("সুখবর: " + reference + " Lunch club অনুদান পেয়েছে");
        assertThat(bengali.text()).startsWith("হ্যালো,").contains("আপনার অনুদান: £3,000.00", round.title(),
                "applications/" + funded).doesNotContain("Hello", "Your grant");
        var english = latestMailTo(tom);
        assertThat(english.subject()).isEqualTo("Good news: " + reference + " Lunch club is funded");
        assertThat(english.text()).contains("has decided to fund Shapla Women's Group", "Your grant: £3,000.00");

        var part = latestMailTo(sam);
        assertThat(part.template()).isEqualTo("application-part-funded");
        assertThat(part.text()).contains("Your grant: £750.00 of the £1,250.00 you asked for", PART_FEEDBACK);
        var none = latestMailTo(cleo);
        assertThat(none.template()).isEqualTo("application-not-funded");
        assertThat(none.subject()).endsWith("has not been funded");
        assertThat(none.text()).contains("We are sorry", NO_FEEDBACK).doesNotContain("£0.00");
    }

    @Test
    void releasingAgainChangesNothingAndSaysSo() {
        releaseAsOfficer(theDecisions());
        String before = snapshot();

        var again = releaseAsOfficer(theDecisions());

        assertThat(again.changedNothing()).isTrue();
        assertThat(again).isEqualTo(new DecisionsReleased(0, 3, 0));
        assertThat(English.of(again.message())).isEqualTo(
                "These decisions were released before (3 applications): nothing has changed and no email was sent.");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aReleasedDecisionCannotBeChangedByReleasingAgain() {
        releaseAsOfficer(theDecisions());
        String before = snapshot();

        var changed = List.of(BidDecision.funded(funded, FULL_REQUEST, null),
                BidDecision.funded(partFunded, SHORT_REQUEST, null), BidDecision.notFunded(notFunded, NO_FEEDBACK));

        assertThatThrownBy(() -> releaseAsOfficer(changed)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(English.of(e.messageFor("application-" + partFunded))).endsWith(
                        "was released before as part funded: a released decision cannot change"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void oneApplicationThatIsNoLongerEligibleRefusesTheWholeRelease() {
        fx.as(cleo, () -> fx.submission.withdraw(notFunded));
        String before = snapshot();

        assertThatThrownBy(() -> releaseAsOfficer(theDecisions())).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("application-" + notFunded);
                    assertThat(English.of(e.messageFor("application-" + notFunded))).endsWith(
                            " is withdrawn: only eligible applications can be decided");
                });

        assertThat(snapshot()).as("nothing released, mailed or audited").isEqualTo(before);
        assertThat(fx.status(funded)).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(fx.status(partFunded)).isEqualTo(ApplicationStatus.ELIGIBLE);
    }

    @Test
    void everyEligibleApplicationNeedsADecisionThatFitsIt() {
        String before = snapshot();

        assertThatThrownBy(() -> releaseAsOfficer(List.of(BidDecision.funded(funded, FULL_REQUEST, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(
                        e.messageFor("decisions"))).startsWith("2 eligible applications have no decision: "));
        var wrong = List.of(BidDecision.funded(funded, Money.ofPounds(2_000), null),
                BidDecision.partFunded(partFunded, SHORT_REQUEST, PART_FEEDBACK),
                BidDecision.notFunded(notFunded, "  "));
        assertThatThrownBy(() -> releaseAsOfficer(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(English.of(e.messageFor("application-" + funded)))
                            .endsWith("means awarding its whole request, £3,000.00");
                    assertThat(English.of(e.messageFor("application-" + partFunded)))
                            .endsWith("means awarding more than nothing and less than its request, £1,250.00");
                    assertThat(English.of(e.messageFor("application-" + notFunded)))
                            .endsWith("needs feedback for the group, saying why it was not funded in full");
                });
        var twice = List.of(BidDecision.funded(funded, FULL_REQUEST, null), BidDecision.funded(funded, FULL_REQUEST,
                null), BidDecision.partFunded(partFunded, Money.ofPounds(750), PART_FEEDBACK),
                BidDecision.notFunded(notFunded, NO_FEEDBACK));
        assertThatThrownBy(() -> releaseAsOfficer(twice)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("application-" + funded));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anApplicationOfAnotherRoundIsNotPartOfTheRelease() {
        var other = fx.openRound("Other decisions round " + UUID.randomUUID());
        long elsewhere = fx.as(sam, () -> {
            long id = fx.completeShortDraft(other, fx.newGroup(sam, "Elsewhere " + UUID.randomUUID()), "Choir");
            fx.submit(id);
            return id;
        });
        var decisions = new java.util.ArrayList<>(theDecisions());
        decisions.add(BidDecision.notFunded(elsewhere, NO_FEEDBACK));

        assertThatThrownBy(() -> releaseAsOfficer(decisions)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(English.of(e.messageFor("application-" + elsewhere))).isEqualTo(
                        "Application " + elsewhere + " is not a submitted application to " + round.title()));
        assertThat(fx.status(funded)).isEqualTo(ApplicationStatus.ELIGIBLE);
    }

    @Test
    void onlyAnOfficerReleasesAndOnlyTheirOwnPartnershipsRounds() {
        String before = snapshot();
        for (String who : List.of(ApplicationFixtures.AMINA, ApplicationFixtures.PANELLIST,
                ApplicationFixtures.ADMIN)) {
            fx.as(who, () -> {
                assertThatThrownBy(() -> release.release(round.id(), theDecisions())).as(who)
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> release.eligibleBids(round.id())).as(who)
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
        String otherOfficer = fx.newStaff("Otto Other", newPartnershipWithAdmin().id(), Role.OFFICER);
        fx.as(otherOfficer, () -> {
            assertThatThrownBy(() -> release.release(round.id(), theDecisions()))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> release.eligibleBids(round.id())).isInstanceOf(RecordNotFoundException.class);
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void untilTheReleaseTheApplicantSeesTheirApplicationEligibleWithNoDecision() {
        var before = fx.as(sam, () -> fx.drafts.get(partFunded));
        assertThat(before.status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(before.decision()).isNull();
        assertThat(before.status().canWithdraw()).isTrue();

        releaseAsOfficer(theDecisions());

        var after = fx.as(sam, () -> fx.drafts.get(partFunded));
        assertThat(after.decision()).isEqualTo(new ApplicationDecision(ApplicationStatus.PART_FUNDED,
                Money.ofPounds(750), SHORT_REQUEST, PART_FEEDBACK, after.decision().releasedAt()));
        assertThat(fx.as(sam, () -> fx.drafts.mine()).stream().filter(a -> a.id() == partFunded).findFirst()
                .orElseThrow().decision().awarded()).isEqualTo(Money.ofPounds(750));
        assertThatThrownBy(() -> fx.as(sam, () -> fx.submission.withdraw(partFunded)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theEligibleBidsAreWhatTheAllocationNeeds() {
        var bids = fx.as(OFFICER, () -> release.eligibleBids(round.id()));

        assertThat(bids).extracting(EligibleBid::id).containsExactlyInAnyOrder(funded, partFunded, notFunded);
        var lunch = bids.stream().filter(b -> b.id() == funded).findFirst().orElseThrow();
        assertThat(lunch.organisationName()).startsWith("Shapla Women's Group");
        assertThat(lunch.incomeBand()).isEqualTo(IncomeBand.UNDER_10K);
        assertThat(lunch.projectTitle()).isEqualTo("Lunch club");
        assertThat(lunch.requested()).isEqualTo(FULL_REQUEST);
        var priority = round.priorities().getFirst();
        assertThat(lunch.needIds()).containsExactly(priority.needCategoryId());
        assertThat(lunch.areaIds()).containsExactly(priority.areaId());
        assertThat(lunch.gaps().covered()).containsExactly(priority);
        assertThat(lunch.gaps().capacity()).isEqualTo(20);
        assertThat(lunch.reference()).isNotBlank();

        releaseAsOfficer(theDecisions());
        assertThat(fx.as(OFFICER, () -> release.eligibleBids(round.id()))).as("decided: no longer eligible")
                .isEmpty();
    }
}
