package org.communitychest.monitoring.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.communitychest.awards.FundedGrant;
import org.communitychest.awards.GrantStatus;
import org.communitychest.base.Language;
import org.communitychest.base.Message;
import org.communitychest.base.Translations;
import org.communitychest.gaps.GapCell;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.monitoring.ReceivedReferrals;
import org.communitychest.monitoring.ReportKind;
import org.junit.jupiter.api.Test;

/**
 * The rules of decision record 0034: which grants fund a gap in a period, in which period an approved report's
 * referrals count, coverage at most 1 and none without unmet need, the largest uncovered gap first, totals that
 * count a grant once, and the plain-English reading.
 */
class CoverageCountTest {

    private static final long LONELY = 1;
    private static final long HOUSING = 2;
    private static final long CARERS = 3;
    private static final long SHADWELL = 10;
    private static final long BOW = 11;
    private static final GapPeriod Q1 = quarter(2026, 4);
    private static final GapPeriod Q2 = quarter(2026, 7);

    private static GapPeriod quarter(int year, int month) {
        var start = LocalDate.of(year, month, 1);
        return new GapPeriod(start, start.plusMonths(3).minusDays(1));
    }

    private static GapCell cell(GapPeriod period, long area, long need, Integer received, Integer unmet,
            Integer waiting) {
        String name = area == SHADWELL ? "Shadwell" : "Bow East";
        return new GapCell(period, area, name, "E0500" + area, area == SHADWELL ? 1 : 5, need,
                Message.verbatim(need == LONELY ? "Loneliness" : need == HOUSING ? "Housing" : "Carers"), received, 0, unmet, waiting, null);
    }

    private static FundedGrant grant(long id, LocalDate start, LocalDate end, Set<Long> needs, Set<Long> areas,
            int capacity) {
        return new FundedGrant(id, "G-" + id, "Group " + id, "Project " + id, GrantStatus.ACTIVE, start, end, needs,
                areas, capacity);
    }

    @Test
    void aGrantFundsTheGapsOfItsNeedsAndAreasInThePeriodsItsDatesOverlapWithItsWholeCapacity() {
        var cells = List.of(cell(Q1, SHADWELL, LONELY, 40, 12, 7), cell(Q2, SHADWELL, LONELY, 40, 12, 7),
                cell(Q1, BOW, LONELY, 20, 8, 2), cell(Q1, SHADWELL, HOUSING, 20, 5, 5));
        var walks = grant(1, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31), Set.of(LONELY),
                Set.of(SHADWELL, BOW), 25);
        var early = grant(2, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), Set.of(LONELY), Set.of(SHADWELL),
                40);

        var byPeriod = CoverageCount.byPeriod(cells, List.of(walks, early), List.of());

        var q1 = byPeriod.get(Q1);
        assertThat(q1).extracting(GapCoverage::funded).as("one day of overlap is enough; the whole capacity counts"
                + " in each area").containsExactly(25, 25, 0);
        assertThat(q1.getFirst().grants()).containsExactly(walks);
        assertThat(byPeriod.get(Q2).getFirst().funded()).isEqualTo(25);
        assertThat(q1.getFirst().fundedCoverage()).as("25 for 19: at most 1").isEqualTo(1.0);
        assertThat(q1.get(1).fundedCoverage()).isEqualTo(1.0);
        assertThat(q1.get(2).fundedCoverage()).isEqualTo(0.0);
    }

    @Test
    void aMidpointReportCountsInThePeriodOfItsDueDateAndAFinalOneInThatOfTheGrantsEndInEveryAreaItServes() {
        var cells = List.of(cell(Q1, SHADWELL, LONELY, 40, 12, 7), cell(Q2, SHADWELL, LONELY, 40, 12, 7),
                cell(Q2, BOW, LONELY, 40, 10, 0), cell(Q2, BOW, HOUSING, 40, 10, 0));
        var walks = grant(1, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), Set.of(LONELY, HOUSING),
                Set.of(SHADWELL, BOW), 30);
        var midpoint = new ReceivedReferrals(1, ReportKind.MIDPOINT, LocalDate.of(2026, 6, 30), LONELY, 11);
        var finalReport = new ReceivedReferrals(1, ReportKind.FINAL, LocalDate.of(2026, 10, 30), LONELY, 7);
        var housing = new ReceivedReferrals(1, ReportKind.FINAL, LocalDate.of(2026, 10, 30), HOUSING, 3);
        var otherGrant = new ReceivedReferrals(99, ReportKind.FINAL, LocalDate.of(2026, 7, 1), LONELY, 50);

        var byPeriod = CoverageCount.byPeriod(cells, List.of(walks),
                List.of(midpoint, finalReport, housing, otherGrant));

        assertThat(byPeriod.get(Q1).getFirst().delivered()).as("due on 30 June").isEqualTo(11);
        assertThat(byPeriod.get(Q2)).extracting(GapCoverage::delivered)
                .as("the final report at the grant's end, 30 September, not its due date; in both areas; by need; a"
                        + " grant that funds nothing here counts nothing").containsExactly(7, 7, 3);
        assertThat(byPeriod.get(Q2).getFirst().deliveredCoverage()).isEqualTo(7 / 19.0);
    }

    @Test
    void withNoUnmetNeedRecordedCoverageDoesNotApplyAndTheLargestUncoveredGapComesFirst() {
        var cells = List.of(cell(Q1, BOW, CARERS, 40, 8, 4), cell(Q1, SHADWELL, LONELY, 40, 12, 7),
                cell(Q1, BOW, HOUSING, 20, null, null), cell(Q1, SHADWELL, HOUSING, 30, 8, 4),
                cell(Q1, BOW, LONELY, 25, 8, 4), cell(Q1, SHADWELL, CARERS, 20, 0, 0));
        var walks = grant(1, Q1.start(), Q1.end(), Set.of(LONELY, HOUSING), Set.of(BOW), 10);

        var gaps = new Coverage(Q1, CoverageCount.byPeriod(cells, List.of(walks), List.of()).get(Q1), List.of())
                .gaps();

        assertThat(gaps).extracting(GapCoverage::uncovered).containsExactly(19, 12, 12, 2, 0, 0);
        assertThat(gaps.get(1).gap().areaName()).as("12 uncovered each; Shadwell's unmet rate is higher")
                .isEqualTo("Shadwell");
        var none = gaps.stream().filter(g -> g.gap().needCategoryId() == HOUSING && g.gap().areaId() == BOW)
                .findFirst().orElseThrow();
        assertThat(none.noUnmetRecorded()).as("every count suppressed").isTrue();
        assertThat(none.fundedCoverage()).isNull();
        assertThat(none.deliveredCoverage()).isNull();
        assertThat(none.gap().lowerBound()).isTrue();
    }

    @Test
    void aTotalCapsEachGapAndCountsAGrantOnceHoweverManyGapsItServes() {
        var cells = List.of(cell(Q1, SHADWELL, LONELY, 40, 12, 7), cell(Q1, BOW, LONELY, 20, 3, 2),
                cell(Q1, BOW, HOUSING, 20, null, 4));
        var walks = grant(1, Q1.start(), Q1.end(), Set.of(LONELY), Set.of(SHADWELL, BOW), 10);
        var referrals = List.of(new ReceivedReferrals(1, ReportKind.MIDPOINT, Q1.end(), LONELY, 6));

        var coverage = new Coverage(Q1, CoverageCount.byPeriod(cells, List.of(walks), referrals).get(Q1),
                List.of());
        var total = coverage.total();

        assertThat(total.unmet()).isEqualTo(28);
        assertThat(total.lowerBound()).isTrue();
        assertThat(total.fundedCovered()).as("10 of Shadwell's 19, 5 of Bow East's 5").isEqualTo(15);
        assertThat(total.funded()).as("one grant of 10").isEqualTo(10);
        assertThat(total.grants()).isEqualTo(1);
        assertThat(total.delivered()).as("one report's 6, though counted in two areas").isEqualTo(6);
        assertThat(total.deliveredCovered()).isEqualTo(11);
        assertThat(total.fundedCoverage()).isEqualTo(15 / 28.0);
        assertThat(coverage.byNeed()).extracting(n -> n.total().unmet()).containsExactly(24, 4);
        assertThat(coverage.byArea(LONELY)).extracting(Coverage.AreaCoverage::areaName)
                .containsExactly("Bow East", "Shadwell");
        assertThat(coverage.largestUncovered(5)).extracting(g -> g.gap().areaName())
                .containsExactly("Shadwell", "Bow East");
    }

    @Test
    void theReadingSaysInPlainWordsWhatEachGapGotFromFundingAndReports() {
        var cells = List.of(cell(Q1, SHADWELL, LONELY, 40, 12, 7), cell(Q1, BOW, HOUSING, 20, null, 6),
                cell(Q1, BOW, LONELY, 20, 0, 0));
        var walks = grant(1, Q1.start(), Q1.end(), Set.of(LONELY), Set.of(SHADWELL, BOW), 15);
        var lunches = grant(2, Q1.start(), Q1.end(), Set.of(LONELY), Set.of(SHADWELL), 10);
        var referrals = List.of(new ReceivedReferrals(1, ReportKind.MIDPOINT, Q1.end(), LONELY, 11));
        var coverage = new Coverage(Q1, CoverageCount.byPeriod(cells, List.of(walks, lunches), referrals).get(Q1),
                List.of());
        var translations = new Translations(true);

        var sentences = CoverageReading.of(coverage).stream().map(m -> translations.text(Language.ENGLISH, m))
                .toList();

        assertThat(sentences).containsExactly(
                "In Apr–Jun 2026, at least 25 people could not be connected to a suitable activity. The funded grants"
                        + " can take up to 25 people (76% of the unmet, gap by gap); approved reports show 11"
                        + " referrals received (44%).",
                "Housing in Bow East: at least 6 people unmet in Apr–Jun 2026; no funded group serves it.",
                "Loneliness in Shadwell: 19 people unmet in Apr–Jun 2026; 2 funded groups can take up to 25; they"
                        + " reported 11 referrals received.",
                "Loneliness in Bow East: no unmet need recorded in Apr–Jun 2026; one funded group can take up to 15;"
                        + " it reported 11 referrals received.");
    }
}
