package org.communitychest.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.communitychest.base.Message;
import org.communitychest.base.i18n.English;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.rounds.PriorityFigures;
import org.communitychest.rounds.PriorityGap;
import org.junit.jupiter.api.Test;

/** A bid covers a priority gap when it serves the gap's need and the gap's area; the figures add up from there. */
class GapAlignmentTest {

    private static final long LONELY = 1;
    private static final long HOUSING = 2;
    private static final long BOW = 10;
    private static final long POPLAR = 11;
    private static final GapPeriod QUARTER = new GapPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));

    private static PriorityGap gap(long need, long area, PriorityFigures figures) {
        return new PriorityGap(need, Message.verbatim("Need " + need), area, "Area " + area, figures, true);
    }

    private final PriorityGap lonelyBow = gap(LONELY, BOW, new PriorityFigures(QUARTER, 40, 15, 9));
    private final PriorityGap lonelyPoplar = gap(LONELY, POPLAR, new PriorityFigures(QUARTER, 30, null, 12));
    private final PriorityGap housingBow = gap(HOUSING, BOW, null);
    private final List<PriorityGap> round = List.of(lonelyBow, lonelyPoplar, housingBow);

    @Test
    void aGapIsCoveredOnlyByItsNeedAndItsAreaTogether() {
        assertThat(GapAlignment.covers(lonelyBow, Set.of(LONELY), Set.of(BOW))).isTrue();
        assertThat(GapAlignment.covers(lonelyBow, Set.of(LONELY), Set.of(POPLAR))).as("the need elsewhere").isFalse();
        assertThat(GapAlignment.covers(lonelyBow, Set.of(HOUSING), Set.of(BOW))).as("another need there").isFalse();
        assertThat(GapAlignment.covers(lonelyBow, Set.of(), Set.of())).isFalse();

        var alignment = GapAlignment.of(round, Set.of(LONELY, HOUSING), Set.of(POPLAR), 20);
        assertThat(alignment.covered()).containsExactly(lonelyPoplar);
        assertThat(alignment.isCovered(lonelyBow)).isFalse();
        assertThat(GapAlignment.of(round, Set.of(LONELY, HOUSING), Set.of(BOW, POPLAR), 20).covered())
                .containsExactly(lonelyBow, lonelyPoplar, housingBow);
    }

    @Test
    void theUnmetOfTheCoveredGapsIsALowerBoundWhereACountWasSuppressedOrAGapHasNoFigures() {
        var exact = GapAlignment.of(round, Set.of(LONELY), Set.of(BOW), 30);
        assertThat(exact.unmetCovered()).isEqualTo(24);
        assertThat(exact.unmetIsLowerBound()).isFalse();
        assertThat(English.of(exact.staffSummary()))
                .isEqualTo("Covers 1 of the round's 3 priority gaps. Capacity 30 against 24 unmet in them.");
        assertThat(English.of(exact.staffShort())).isEqualTo("1 of 3: capacity 30 for 24 unmet");

        var both = GapAlignment.of(round, Set.of(LONELY), Set.of(BOW, POPLAR), null);
        assertThat(both.unmetCovered()).isEqualTo(36);
        assertThat(English.of(both.staffSummary())).isEqualTo(
                "Covers 2 of the round's 3 priority gaps, with at least 36 unmet in them. No capacity given.");

        var withoutFigures = GapAlignment.of(round, Set.of(HOUSING), Set.of(BOW), 5);
        assertThat(withoutFigures.unmetIsLowerBound()).isTrue();
        assertThat(English.of(withoutFigures.staffSummary()))
                .isEqualTo("Covers 1 of the round's 3 priority gaps (none has gap figures). Capacity: 5.");
        assertThat(English.of(GapAlignment.of(round, Set.of(), Set.of(), 5).staffSummary()))
                .isEqualTo("Covers none of the round's 3 priority gaps.");
        assertThat(English.of(GapAlignment.of(List.of(), Set.of(LONELY), Set.of(BOW), 5).staffSummary()))
                .isEqualTo("The round has no priority gaps.");
        assertThat(English.of(both.applicantSummary())).isEqualTo("Your answers cover 2 of the 3 gaps.");
    }
}
