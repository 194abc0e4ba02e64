package org.communitychest.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.communitychest.IntegrationTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.SystemActor;
import org.communitychest.base.i18n.English;
import org.communitychest.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * After applications close, the officer opens scoring until a deadline, may close it early, and marks the round
 * decided after moderation; at the deadline the job closes scoring. Each move is the officer's of the round's own
 * partnership, audited, and closing scoring tells the other modules ({@link ScoringClosed}).
 */
@RecordApplicationEvents
class RoundStagesTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Rounds rounds;
    @Autowired
    ScoringCloser scoringCloser;
    @Autowired
    ApplicationEvents events;
    ApplicationFixtures fx;
    RoundDetails round;
    Instant afterClosing;

    @BeforeEach
    void closedRound() {
        fx = new ApplicationFixtures(context);
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.MINUTES);
        round = fx.publishedRound("Stages round " + UUID.randomUUID(), now.minusDays(1), now.plusDays(1));
        afterClosing = London.toInstant(now.plusDays(1)).plus(Duration.ofHours(1));
        clock.freezeAt(afterClosing);
        SystemActor.callAsSystem(rounds::closeDueRounds);
        assertThat(status()).isEqualTo(RoundStatus.CLOSED);
    }

    private RoundStatus status() {
        return officer(() -> rounds.get(round.id())).status();
    }

    private <T> T officer(java.util.function.Supplier<T> work) {
        return fx.as(OFFICER, work);
    }

    private int audits(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_id = ?",
                Integer.class, action, String.valueOf(round.id()));
    }

    private String auditActor(String action) {
        return jdbc.queryForObject("select actor from audit_entry where action = ? and subject_id = ?",
                String.class, action, String.valueOf(round.id()));
    }

    private long closedEvents() {
        return events.stream(ScoringClosed.class).filter(e -> e.roundId() == round.id()).count();
    }

    @Test
    void theOfficerOpensScoringClosesItEarlyAndMarksTheRoundDecided() {
        var deadline = afterClosing.plus(Duration.ofDays(14));
        var scoring = officer(() -> rounds.openScoring(round.id(), deadline));
        assertThat(scoring.status()).isEqualTo(RoundStatus.SCORING);
        assertThat(scoring.scoringClosesAt()).isEqualTo(deadline);
        assertThat(scoring.allocationRulesFrozen()).isTrue();
        assertThat(English.of(scoring.availability(clock.instant()))).isEqualTo("Closed on "
                + London.format(round.closesAt()) + "; the panel is scoring the bids until " + London.format(deadline));
        assertThat(audits("ROUND_SCORING_OPENED")).isEqualTo(1);
        assertThat(auditActor("ROUND_SCORING_OPENED")).isEqualTo(OFFICER);
        assertThat(closedEvents()).isZero();

        clock.advance(Duration.ofDays(3));
        var moderation = officer(() -> rounds.closeScoring(round.id()));
        assertThat(moderation.status()).isEqualTo(RoundStatus.MODERATION);
        assertThat(audits("ROUND_SCORING_CLOSED")).isEqualTo(1);
        assertThat(events.stream(ScoringClosed.class).filter(e -> e.roundId() == round.id()))
                .containsExactly(new ScoringClosed(round.id(), clock.instant()));

        clock.freezeAt(deadline.plusSeconds(1));
        SystemActor.callAsSystem(rounds::closeDueScoring);
        assertThat(status()).as("already closed").isEqualTo(RoundStatus.MODERATION);
        assertThat(audits("ROUND_SCORING_CLOSED")).isEqualTo(1);
        assertThat(closedEvents()).isOne();

        var decided = officer(() -> rounds.markDecided(round.id()));
        assertThat(decided.status()).isEqualTo(RoundStatus.DECIDED);
        assertThat(audits("ROUND_DECIDED")).isEqualTo(1);
        assertThat(English.of(decided.availability(clock.instant())))
                .isEqualTo("Closed on " + London.format(round.closesAt()) + "; the panel has made its decisions");
    }

    @Test
    void eachMoveIsRefusedOutOfOrderWithItsReasonAndChangesNothing() {
        assertThatThrownBy(() -> officer(() -> rounds.closeScoring(round.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("status")))
                        .isEqualTo("Scoring is not open for this round (status now: Closed)"));
        assertThatThrownBy(() -> officer(() -> rounds.markDecided(round.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("status")))
                        .isEqualTo("Only a round in moderation can be marked decided (status now: Closed)"));
        assertThatThrownBy(() -> officer(() -> rounds.openScoring(round.id(), afterClosing)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(
                        e.messageFor("scoringClosesAt"))).isEqualTo("The scoring deadline (" + London.format(
                        afterClosing) + ") has already passed; choose a later time"));
        assertThatThrownBy(() -> officer(() -> rounds.openScoring(round.id(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(
                        e.messageFor("scoringClosesAt"))).isEqualTo("Enter when scoring closes"));
        assertThat(status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(officer(() -> rounds.get(round.id())).scoringClosesAt()).isNull();

        var open = fx.openRound("Still open " + UUID.randomUUID());
        assertThatThrownBy(() -> officer(() -> rounds.openScoring(open.id(), afterClosing.plus(Duration.ofDays(9)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("status")))
                        .isEqualTo("Scoring can open only once the round has closed to applications"
                                + " (status now: Open)"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action like 'ROUND_SCORING%'"
                + " and subject_id in (?, ?)", Integer.class, String.valueOf(round.id()), String.valueOf(open.id())))
                .isZero();
    }

    @Test
    void onlyTheRoundsOwnOfficersMoveItAndToOtherPartnershipsItIsNotFound() {
        var deadline = afterClosing.plus(Duration.ofDays(7));
        var tenant = newPartnershipWithAdmin();
        String otherOfficer = fx.newStaff("Olu Otherborough", tenant.id(), Role.OFFICER);
        assertThatThrownBy(() -> fx.as(otherOfficer, () -> rounds.openScoring(round.id(), deadline)))
                .isInstanceOf(RecordNotFoundException.class);
        for (String notAnOfficer : new String[] {ApplicationFixtures.ADMIN, ApplicationFixtures.PANELLIST,
                ApplicationFixtures.AMINA}) {
            assertThatThrownBy(() -> fx.as(notAnOfficer, () -> rounds.openScoring(round.id(), deadline)))
                    .as(notAnOfficer).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(status()).isEqualTo(RoundStatus.CLOSED);

        officer(() -> rounds.openScoring(round.id(), deadline));
        assertThatThrownBy(() -> fx.as(otherOfficer, () -> rounds.closeScoring(round.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> fx.as(ApplicationFixtures.PANELLIST, () -> rounds.closeScoring(round.id())))
                .isInstanceOf(AccessDeniedException.class);
        officer(() -> rounds.closeScoring(round.id()));
        assertThatThrownBy(() -> fx.as(otherOfficer, () -> rounds.markDecided(round.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> fx.as(ApplicationFixtures.ADMIN, () -> rounds.markDecided(round.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status()).isEqualTo(RoundStatus.MODERATION);
        assertThatThrownBy(() -> fx.as(OFFICER, () -> rounds.closeDueScoring()))
                .as("the job's work is the system's").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theJobClosesScoringAtTheDeadlineOnceAndSaysSo() {
        var deadline = afterClosing.plus(Duration.ofDays(10));
        officer(() -> rounds.openScoring(round.id(), deadline));

        clock.freezeAt(deadline.minusSeconds(1));
        scoringCloser.closeDueScoring();
        assertThat(status()).as("a second before the deadline").isEqualTo(RoundStatus.SCORING);
        assertThat(closedEvents()).isZero();

        clock.freezeAt(deadline);
        scoringCloser.closeDueScoring();
        assertThat(status()).isEqualTo(RoundStatus.MODERATION);
        assertThat(audits("ROUND_SCORING_CLOSED")).isEqualTo(1);
        assertThat(auditActor("ROUND_SCORING_CLOSED")).isEqualTo("system");
        assertThat(events.stream(ScoringClosed.class).filter(e -> e.roundId() == round.id()))
                .containsExactly(new ScoringClosed(round.id(), deadline));

        clock.advance(Duration.ofMinutes(1));
        scoringCloser.closeDueScoring();
        assertThat(audits("ROUND_SCORING_CLOSED")).as("once").isEqualTo(1);
        assertThat(closedEvents()).isOne();
    }

    @Test
    void aRoundPutIntoScoringWithoutADeadlineWaitsForTheOfficer() {
        jdbc.update("update funding_round set status = 'SCORING' where id = ?", round.id());
        clock.advance(Duration.ofDays(400));
        scoringCloser.closeDueScoring();
        assertThat(status()).isEqualTo(RoundStatus.SCORING);
        assertThat(officer(() -> rounds.get(round.id())).availability(clock.instant()))
                .extracting(English::of).isEqualTo("Closed on " + London.format(round.closesAt())
                        + "; the panel is scoring the bids");
        assertThat(officer(() -> rounds.closeScoring(round.id())).status()).isEqualTo(RoundStatus.MODERATION);
    }
}
