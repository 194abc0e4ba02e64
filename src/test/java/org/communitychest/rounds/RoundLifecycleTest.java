package org.communitychest.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.communitychest.base.i18n.English;
import org.communitychest.IntegrationTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Section;
import org.communitychest.applications.SectionState;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A round's life on the test clock: published before it opens, its criteria, weights, scale and eligibility frozen
 * once it opens (its wording for applicants may still change), closed by the job at the closing time, and no
 * submission after that while drafts stay drafts.
 */
class RoundLifecycleTest extends IntegrationTest {

    private static final String FROZEN = "The scoring criteria, weights, scale and eligibility questions cannot"
            + " change now: the round opened on %s and applicants are relying on what was published.";

    @Autowired
    ApplicationContext context;
    @Autowired
    Rounds rounds;
    ApplicationFixtures fx;
    LocalDateTime opens;
    LocalDateTime closes;
    RoundDetails round;
    String applicant;
    long group;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        var today = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.DAYS);
        opens = today.plusDays(1).withHour(9);
        closes = today.plusDays(3).withHour(17);
        clock.freezeAt(London.toInstant(today.withHour(8)));
        round = fx.publishedRound("Lifecycle round " + UUID.randomUUID(), opens, closes);
        applicant = fx.newApplicant("Lola Lifecycle");
        group = fx.newGroup(applicant, "Lola's Litter Pickers " + UUID.randomUUID());
    }

    private static RoundForm formOf(RoundDetails r) {
        return new RoundForm(r.title(), r.description(), r.pot(), r.minGrant(), r.maxGrant(), r.shortFormThreshold(),
                London.toLocal(r.opensAt()), London.toLocal(r.closesAt()), r.projectEndLimit(), r.scale(),
                r.eligibility(), r.criteria(),
                r.priorities().stream().map(PriorityGap::ref).toList(),
                r.requiredDocuments().stream().map(RequiredDocument::label).toList());
    }

    private static RoundForm withDescription(RoundForm f, String description) {
        return new RoundForm(f.title(), description, f.pot(), f.minGrant(), f.maxGrant(), f.shortFormThreshold(),
                f.opensAt(), f.closesAt(), f.projectEndLimit(), f.scale(), f.eligibility(), f.criteria(),
                f.priorities(), f.requiredDocuments());
    }

    private static RoundForm withWeights(RoundForm f, int first, int second) {
        var criteria = new ArrayList<>(f.criteria());
        var a = criteria.get(0);
        var b = criteria.get(1);
        criteria.set(0, new Criterion(a.id(), a.title(), a.guidance(), first, a.descriptors()));
        criteria.set(1, new Criterion(b.id(), b.title(), b.guidance(), second, b.descriptors()));
        return new RoundForm(f.title(), f.description(), f.pot(), f.minGrant(), f.maxGrant(), f.shortFormThreshold(),
                f.opensAt(), f.closesAt(), f.projectEndLimit(), f.scale(), f.eligibility(), criteria,
                f.priorities(), f.requiredDocuments());
    }

    private static RoundForm withFirstQuestion(RoundForm f, String question) {
        var eligibility = new ArrayList<>(f.eligibility());
        var q = eligibility.getFirst();
        eligibility.set(0, new EligibilityQuestion(q.id(), question, q.passingAnswer(), q.failReason(), q.signpost()));
        return new RoundForm(f.title(), f.description(), f.pot(), f.minGrant(), f.maxGrant(), f.shortFormThreshold(),
                f.opensAt(), f.closesAt(), f.projectEndLimit(), f.scale(), eligibility, f.criteria(),
                f.priorities(), f.requiredDocuments());
    }

    private static RoundForm withScale(RoundForm f, ScoringScale scale) {
        var criteria = f.criteria().stream().map(c -> {
            var descriptors = new java.util.TreeMap<Integer, String>();
            scale.levels().forEach(level -> descriptors.put(level, "Level " + level));
            return new Criterion(c.id(), c.title(), c.guidance(), c.weight(), descriptors);
        }).toList();
        return new RoundForm(f.title(), f.description(), f.pot(), f.minGrant(), f.maxGrant(), f.shortFormThreshold(),
                f.opensAt(), f.closesAt(), f.projectEndLimit(), scale, f.eligibility(), criteria,
                f.priorities(), f.requiredDocuments());
    }

    private RoundDetails officerGet() {
        return fx.as(OFFICER, () -> rounds.get(round.id()));
    }

    private void assertFrozen(RoundForm change) {
        var before = officerGet();
        assertThatThrownBy(() -> fx.as(OFFICER, () -> rounds.update(round.id(), before.version(), change)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("criteria");
                    assertThat(English.of(e.messageFor("criteria"))).isEqualTo(FROZEN.formatted(London.format(before.opensAt())));
                });
        assertThat(officerGet()).as("nothing changed, not even the description sent with it").isEqualTo(before);
    }

    @Test
    void aPublishedRoundKeepsThePublishingRulesAndAnOpenRoundItsOpeningTime() {
        var before = officerGet();
        assertThatThrownBy(() -> fx.as(OFFICER, () -> rounds.update(round.id(), before.version(),
                withWeights(formOf(before), 50, 30))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("criteria")))
                        .isEqualTo("The criteria weights add up to 80; they must add up to 100"));
        assertThat(officerGet()).as("nothing saved").isEqualTo(before);

        clock.freezeAt(London.toInstant(opens));
        var opened = officerGet();
        var later = formOf(opened);
        var moved = new RoundForm(later.title(), later.description(), later.pot(), later.minGrant(),
                later.maxGrant(), later.shortFormThreshold(), later.opensAt().plusDays(1), later.closesAt(),
                later.projectEndLimit(), later.scale(), later.eligibility(), later.criteria(), later.priorities(),
                later.requiredDocuments());
        assertThatThrownBy(() -> fx.as(OFFICER, () -> rounds.update(round.id(), opened.version(), moved)))
                .as("moving the opening time back would unfreeze the criteria")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("opensAt"));
        assertThat(officerGet()).isEqualTo(opened);
    }

    @Test
    void criteriaWeightsAndEligibilityFreezeWhenTheRoundOpensButItsWordingMayChange() {
        // Published, not yet open: the assessment may still change
        var reweighted = fx.as(OFFICER, () -> rounds.update(round.id(), round.version(), withWeights(formOf(round),
                50, 50)));
        assertThat(reweighted.criteria()).extracting(Criterion::weight).containsExactly(50, 50);
        assertThat(reweighted.isFrozenAt(clock.instant())).isFalse();
        assertThatThrownBy(() -> fx.as(applicant, () -> fx.start(reweighted, group, FormType.FULL)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("round")))
                        .isEqualTo("This round is not taking applications: Opens " + London.format(
                                reweighted.opensAt())));

        // It opens: a group writes a complete draft, documents and all
        clock.freezeAt(London.toInstant(opens));
        long draft = fx.as(applicant, () -> fx.completeFullDraft(reweighted, group, "Litter Picks on the Roman Road"));
        var opened = officerGet();
        assertThat(opened.isFrozenAt(clock.instant())).isTrue();

        assertFrozen(withDescription(withWeights(formOf(opened), 60, 40), "New description with new weights"));
        assertFrozen(withFirstQuestion(formOf(opened), "Does your group work in Newham?"));
        assertFrozen(withScale(formOf(opened), ScoringScale.ONE_TO_FIVE));
        var fewerCriteria = formOf(opened);
        assertFrozen(new RoundForm(fewerCriteria.title(), fewerCriteria.description(), fewerCriteria.pot(),
                fewerCriteria.minGrant(), fewerCriteria.maxGrant(), fewerCriteria.shortFormThreshold(),
                fewerCriteria.opensAt(), fewerCriteria.closesAt(), fewerCriteria.projectEndLimit(),
                fewerCriteria.scale(), fewerCriteria.eligibility(), fewerCriteria.criteria().subList(0, 1),
                fewerCriteria.priorities(), fewerCriteria.requiredDocuments()));

        // The description for applicants may change; what applicants relied on stays exactly as it was
        var described = fx.as(OFFICER, () -> rounds.update(round.id(), opened.version(), withDescription(
                formOf(opened), "Now also open to groups meeting in libraries.")));
        assertThat(described.description()).isEqualTo("Now also open to groups meeting in libraries.");
        assertThat(described.version()).isGreaterThan(opened.version());
        assertThat(described.criteria()).isEqualTo(opened.criteria());
        assertThat(described.eligibility()).isEqualTo(opened.eligibility());
        assertThat(described.requiredDocuments()).as("the same required documents, same ids")
                .isEqualTo(opened.requiredDocuments());
        assertThat(fx.audits("APPLICATION_SUBMITTED", draft)).isZero();
        var details = fx.as(applicant, () -> fx.drafts.get(draft));
        assertThat(details.statusOf(Section.DOCUMENTS).state()).as("the group's uploads still count")
                .isEqualTo(SectionState.COMPLETED);
        assertThat(details.readyToSubmit()).isTrue();
    }

    @Test
    void theJobClosesTheRoundAtItsClosingTimeAndLaterSubmissionsAreRefusedWithDraftsKept() {
        clock.freezeAt(London.toInstant(opens).plus(Duration.ofHours(1)));
        long draft = fx.as(applicant, () -> fx.completeShortDraft(round, group, "Clean Streets Saturdays"));
        long submittedOnTime = fx.as(applicant, () -> {
            long id = fx.completeShortDraft(round, group, "Bulb Planting Before the Deadline");
            fx.submit(id);
            return id;
        });

        Instant closing = London.toInstant(closes);
        clock.freezeAt(closing.minusSeconds(1));
        SystemActor.callAsSystem(() -> rounds.closeDueRounds());
        assertThat(officerGet().status()).as("a second before closing").isEqualTo(RoundStatus.OPEN);

        clock.freezeAt(closing);
        assertThat(SystemActor.callAsSystem(() -> rounds.closeDueRounds())).isPositive();
        var closed = officerGet();
        assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(English.of(closed.availability(clock.instant()))).isEqualTo("Closed on " + London.format(closing));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ROUND_CLOSED'"
                + " and subject_id = ?", Integer.class, String.valueOf(round.id()))).isEqualTo(1);
        assertThat(fx.demoRound().status()).as("rounds closing later stay open").isEqualTo(RoundStatus.OPEN);
        assertThat(rounds.publishedOpenRounds()).extracting(RoundSummary::id).doesNotContain(round.id());
        assertThat(SystemActor.callAsSystem(() -> rounds.closeDueRounds())).as("closing twice does nothing").isZero();

        long version = fx.as(applicant, () -> fx.drafts.get(draft).version());
        assertThatThrownBy(() -> fx.as(applicant, () -> fx.submission.submit(draft, version)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("round")))
                        .isEqualTo("Sorry, this round closed on " + London.format(closing) + ". Applications can"
                                + " no longer be submitted; your draft has been kept."));
        assertThat(fx.status(draft)).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(fx.as(applicant, () -> fx.drafts.get(draft)).projectTitle()).isEqualTo("Clean Streets Saturdays");
        assertThat(fx.status(submittedOnTime)).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThatThrownBy(() -> fx.as(applicant, () -> fx.start(round, group, FormType.SHORT)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSubmissionAfterTheClosingTimeIsRefusedEvenBeforeTheJobHasRun() {
        clock.freezeAt(London.toInstant(opens));
        long draft = fx.as(applicant, () -> fx.completeShortDraft(round, group, "Late Bloomers"));
        clock.freezeAt(London.toInstant(closes).plusSeconds(30));

        assertThat(officerGet().status()).as("the job has not run yet").isEqualTo(RoundStatus.OPEN);
        assertThatThrownBy(() -> fx.as(applicant, () -> fx.submit(draft)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("round")))
                        .startsWith("Sorry, this round closed on " + London.format(London.toInstant(closes))));
        assertThat(fx.status(draft)).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(rounds.publishedOpenRounds()).extracting(RoundSummary::id).doesNotContain(round.id());
    }

    @Test
    void publishingNeedsWeightsThatAddUpTo100() {
        var form = fx.roundForm("Unbalanced " + UUID.randomUUID(), opens, closes);
        var unbalanced = withWeights(form, 60, 30);
        var created = fx.as(OFFICER, () -> rounds.create(unbalanced));

        assertThatThrownBy(() -> fx.as(OFFICER, () -> rounds.publish(created.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("criteria")))
                        .isEqualTo("The criteria weights add up to 90; they must add up to 100"));
        assertThat(fx.as(OFFICER, () -> rounds.get(created.id())).status()).isEqualTo(RoundStatus.DRAFT);
        assertThat(rounds.publishedOpenRounds()).extracting(RoundSummary::id).doesNotContain(created.id());

        var balanced = fx.as(OFFICER, () -> rounds.update(created.id(), created.version(),
                withWeights(formOf(created), 70, 30)));
        assertThat(fx.as(OFFICER, () -> rounds.publish(balanced.id())).status()).isEqualTo(RoundStatus.OPEN);
        assertThat(rounds.publishedOpenRounds()).extracting(RoundSummary::id).contains(created.id());
    }

    @Test
    void aRoundsOwnStaffAloneMayChangeIt() {
        var form = formOf(round);
        assertThatThrownBy(() -> fx.as(ApplicationFixtures.KWAME, () -> rounds.update(round.id(), round.version(),
                form))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(List.of(officerGet().version())).containsExactly(round.version());
    }
}
