package org.communitychest.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.communitychest.base.Money;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.rounds.AllocationRules.MinimumShare;
import org.communitychest.rounds.AllocationRules.ShareOf;
import org.communitychest.rounds.AllocationRules.SmallGroupShare;
import org.junit.jupiter.api.Test;

/** A round's stages after closing, CLOSED → SCORING → MODERATION → DECIDED: methods that check each move. */
class FundingRoundStagesTest {

    private static final Instant OPENS = Instant.parse("2027-01-04T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-02-01T17:00:00Z");
    private static final Instant AFTER_CLOSING = CLOSES.plus(Duration.ofDays(1));
    private static final Instant DEADLINE = CLOSES.plus(Duration.ofDays(14));

    private static FundingRound round() {
        var round = new FundingRound(1);
        var form = new RoundForm("Stages", "A round to move through its stages.", Money.ofPounds(10_000),
                Money.ofPounds(500), Money.ofPounds(2_000), Money.ofPounds(1_000), LocalDateTime.of(2027, 1, 4, 9, 0),
                LocalDateTime.of(2027, 2, 1, 17, 0), LocalDate.of(2027, 12, 31), ScoringScale.ZERO_TO_FOUR,
                List.of(), List.of(), List.of(), List.of());
        round.applyBasics(form, OPENS, CLOSES);
        round.applyAssessment(form);
        return round;
    }

    private static FundingRound closed() {
        var round = round();
        round.publish(OPENS.minus(Duration.ofDays(1)));
        assertThat(round.closeIfDue(CLOSES)).isTrue();
        return round;
    }

    @Test
    void aClosedRoundGoesThroughScoringAndModerationToDecided() {
        var round = closed();
        round.openScoring(AFTER_CLOSING, DEADLINE);
        assertThat(round.getStatus()).isEqualTo(RoundStatus.SCORING);
        assertThat(round.getScoringClosesAt()).isEqualTo(DEADLINE);

        round.closeScoring(DEADLINE.minus(Duration.ofDays(2)));
        assertThat(round.getStatus()).isEqualTo(RoundStatus.MODERATION);

        round.markDecided(DEADLINE.plus(Duration.ofDays(3)));
        assertThat(round.getStatus()).isEqualTo(RoundStatus.DECIDED);
    }

    @Test
    void scoringOpensOnlyOnAClosedRoundAndUntilADeadlineStillToCome() {
        var draft = round();
        assertThatThrownBy(() -> draft.openScoring(AFTER_CLOSING, DEADLINE)).isInstanceOf(IllegalStateException.class);
        var open = round();
        open.publish(OPENS);
        assertThatThrownBy(() -> open.openScoring(AFTER_CLOSING, DEADLINE)).isInstanceOf(IllegalStateException.class);
        assertThat(open.getStatus()).isEqualTo(RoundStatus.OPEN);

        var closed = closed();
        assertThatThrownBy(() -> closed.openScoring(AFTER_CLOSING, AFTER_CLOSING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> closed.openScoring(AFTER_CLOSING, AFTER_CLOSING.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(closed.getStatus()).isEqualTo(RoundStatus.CLOSED);
        assertThat(closed.getScoringClosesAt()).isNull();

        closed.openScoring(AFTER_CLOSING, DEADLINE);
        assertThatThrownBy(() -> closed.openScoring(AFTER_CLOSING, DEADLINE)).as("not twice")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void scoringClosesOnlyWhileScoringAndDecidingNeedsModeration() {
        var closed = closed();
        assertThatThrownBy(() -> closed.closeScoring(AFTER_CLOSING)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> closed.markDecided(AFTER_CLOSING)).isInstanceOf(IllegalStateException.class);

        closed.openScoring(AFTER_CLOSING, DEADLINE);
        assertThatThrownBy(() -> closed.markDecided(AFTER_CLOSING)).as("scoring first has to close")
                .isInstanceOf(IllegalStateException.class);
        assertThat(closed.getStatus()).isEqualTo(RoundStatus.SCORING);

        closed.closeScoring(AFTER_CLOSING);
        assertThatThrownBy(() -> closed.closeScoring(AFTER_CLOSING)).isInstanceOf(IllegalStateException.class);
        closed.markDecided(AFTER_CLOSING);
        assertThatThrownBy(() -> closed.markDecided(AFTER_CLOSING)).isInstanceOf(IllegalStateException.class);
        assertThat(closed.getStatus()).isEqualTo(RoundStatus.DECIDED);
    }

    @Test
    void scoringClosesByItselfOnlyOnceItsDeadlineHasCome() {
        var round = closed();
        assertThat(round.closeScoringIfDue(DEADLINE)).as("not scoring yet").isFalse();
        round.openScoring(AFTER_CLOSING, DEADLINE);
        assertThat(round.closeScoringIfDue(DEADLINE.minusSeconds(1))).isFalse();
        assertThat(round.getStatus()).isEqualTo(RoundStatus.SCORING);
        assertThat(round.closeScoringIfDue(DEADLINE)).isTrue();
        assertThat(round.getStatus()).isEqualTo(RoundStatus.MODERATION);
        assertThat(round.closeScoringIfDue(DEADLINE.plusSeconds(60))).as("once").isFalse();
    }

    @Test
    void theAllocationRulesAreFixedOnceScoringOpens() {
        var rules = new AllocationRules(List.of(new MinimumShare(ShareOf.AREA, 7L, 25)), true,
                new SmallGroupShare(20, IncomeBand.FROM_10K_TO_50K), 2, 50);
        var round = closed();
        round.applyAllocationRules(rules);
        assertThat(round.allocationRules()).isEqualTo(rules);
        round.openScoring(AFTER_CLOSING, DEADLINE);

        round.applyAllocationRules(rules);
        assertThatThrownBy(() -> round.applyAllocationRules(AllocationRules.NONE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(round.allocationRules()).isEqualTo(rules);
    }

    @Test
    void aSmallGroupIsOneAtOrUnderTheBandAndSharesAreOfThePotToThePennyBelow() {
        var small = new SmallGroupShare(15, IncomeBand.FROM_10K_TO_50K);
        assertThat(small.counts(IncomeBand.UNDER_10K)).isTrue();
        assertThat(small.counts(IncomeBand.FROM_10K_TO_50K)).isTrue();
        assertThat(small.counts(IncomeBand.FROM_50K_TO_100K)).isFalse();
        assertThat(small.of(Money.ofPence(1_000_001))).isEqualTo(Money.ofPence(150_000));
        assertThat(new MinimumShare(ShareOf.NEED, 3L, 33).of(Money.ofPounds(10_000))).isEqualTo(Money.ofPounds(3_300));
        assertThat(AllocationRules.TIE_ORDER).containsExactly(AllocationRules.TieBreak.HIGHER_MEDIAN_SCORE,
                AllocationRules.TieBreak.HIGHER_FIRST_CRITERION_SCORE, AllocationRules.TieBreak.LOWER_COST,
                AllocationRules.TieBreak.SEEDED_LOTTERY);
    }
}
