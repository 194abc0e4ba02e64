package org.communitychest.monitoring.coverage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.InvalidInputException;
import org.communitychest.gaps.GapFiles;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.monitoring.ReportKind;
import org.communitychest.monitoring.coverage.CoverageFixtures;
import org.communitychest.monitoring.coverage.GapCoverage;
import org.communitychest.monitoring.coverage.GapCoverages;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.GapRounds;
import org.communitychest.rounds.Rounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The officer's gap coverage page, on a partnership of its own: a gap with a funded grant and an approved midpoint
 * report shows its funded capacity, delivered referrals and coverage; the largest uncovered gap comes first; the
 * period switch, the spreadsheets and the board's PDF; the one-click priorities, twice; who may not open it.
 */
class CoverageViewTest extends KaribuTest {

    private static final GapPeriod Q2 = GapRounds.PERIOD;
    private static final GapPeriod Q3 = new GapPeriod(Q2.start().plusMonths(3), Q2.start().plusMonths(6).minusDays(1));

    @Autowired
    ApplicationContext context;
    @Autowired
    GapCoverages coverages;
    @Autowired
    Rounds rounds;

    CoverageFixtures fixtures;
    GapRounds.Tenant tenant;
    CoverageFixtures.Grant grant;
    NeedCategoryInfo first;
    NeedCategoryInfo second;

    @BeforeEach
    void aGrantServingTheFirstNeedInWardAWithAnApprovedMidpointReport() {
        fixtures = new CoverageFixtures(context);
        tenant = fixtures.gapRounds.tenant();
        first = tenant.needs().getFirst();
        second = tenant.needs().get(1);
        String wardA = tenant.wards().getFirst().name();
        String wardB = tenant.wards().get(1).name();
        fixtures.gapRounds.importGaps(tenant, List.of(
                GapRounds.row(tenant, wardA, first.code(), "40,10,12,7,"),
                GapRounds.row(tenant, wardA, second.code(), "30,5,15,10,"),
                GapRounds.row(tenant, wardB, first.code(), "20,5,<5,6,"),
                GapFiles.row(Q3.start(), Q3.end(), tenant.ward(wardA), first.code(), "30,10,8,4,"),
                GapFiles.row(Q3.start(), Q3.end(), tenant.ward(wardA), second.code(), "10,10,0,0,")));
        // 1 January to 30 September: the midpoint report is due on 17 May (Q2), the final one counts on 30 September
        grant = fixtures.accepted(tenant, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30));
        assertThat(grant.needId()).isEqualTo(first.id());
        assertThat(grant.areaId()).isEqualTo(tenant.ward(wardA).id());
        fixtures.approved(tenant, grant, ReportKind.MIDPOINT, 11);
        fixtures.submitted(grant, ReportKind.FINAL, 9);
        loginAs(tenant.officer());
    }

    private CoverageView open() {
        navigate(CoverageView.PATH);
        return (CoverageView) currentView();
    }

    @Test
    void theFiguresOfAFundedAndReportedGapTheLargestUncoveredFirstThePeriodSwitchAndTheExports() throws Exception {
        var view = open();
        assertThat(view.period.getValue()).as("the latest period").isEqualTo(Q3);
        assertThat(_getFormattedRow(view.gaps, 0)).as("funded for 30 of 12; the final report is not approved")
                .containsExactly("1", "Loneliness and social isolation", "Ward A", "12", "30", "1", "0", "100%",
                        "0%", "0");
        assertThat(_getFormattedRow(view.gaps, 1)).contains("no unmet need recorded");

        view.period.setValue(Q2);
        assertThat(_findAll(view.gaps)).extracting(GapCoverage::uncovered).containsExactly(25, 6, 0);
        assertThat(_getFormattedRow(view.gaps, 0)).startsWith("1", "Mental wellbeing", "Ward A", "25", "0");
        assertThat(_getFormattedRow(view.gaps, 1)).startsWith("2", "Loneliness and social isolation", "Ward B",
                "at least 6", "0");
        assertThat(_getFormattedRow(view.gaps, 2)).as("the approved midpoint report counts in Q2")
                .containsExactly("3", "Loneliness and social isolation", "Ward A", "19", "30", "1", "11", "100%",
                        "58%", "0");
        assertThat(view.reading.getElement().getTextRecursively())
                .contains("Loneliness and social isolation in Ward A: 19 people unmet in Apr–Jun 2026; one funded"
                        + " group can take up to 30; it reported 11 referrals received.")
                .contains("Mental wellbeing in Ward A: 25 people unmet in Apr–Jun 2026; no funded group serves it.");
        assertThat(_findAll(view.trend.table)).hasSize(2);
        assertThat(_getFormattedRow(view.trend.table, 0)).startsWith("1 April 2026 – 30 June 2026");

        String csv = new String(view.csvFile().content(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(4).element(1).asString()
                .startsWith("2026-04-01,2026-06-30,Ward A,E05900001,Mental wellbeing,25,no,0,0,0,0.0,0.0,25");
        assertThat(csv.lines().toList().get(3)).endsWith(",19,no,30,1,11,1.0,0.579,0");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(view.xlsxFile().content()))) {
            assertThat(book.getSheet("Gap coverage").getRow(3).getCell(9).getNumericCellValue()).isEqualTo(11);
        }
        var pdf = view.pdfFile();
        assertThat(pdf.name()).isEqualTo("gap-coverage-2026-04-01.pdf");
        String text = ApplicationFixtures.pdfText(pdf.content()).replaceAll("\\s+", " ");
        assertThat(text).contains("Gap coverage: 1 April 2026 – 30 June 2026")
                .contains("it reported 11 referrals received").contains("Largest uncovered gaps");
    }

    @Test
    void theLargestUncoveredGapsBecomeADraftRoundsPrioritiesOnceHoweverOftenTheButtonIsPressed() {
        var view = open();
        assertThat(view.priorities.noDraft.isVisible()).isTrue();
        assertThat(view.priorities.noDraft.getText()).startsWith("There is no draft round to give them to.");
        assertThat(view.priorities.fields.isVisible()).as("nothing to choose").isFalse();
        assertThatThrownBy(() -> coverages.useAsPriorities(null, Q2, 5)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors().get("round").key())
                        .isEqualTo("staff.coverage.priorities.no-draft"));

        var draft = fixtures.draftRound(tenant);
        view = open();
        assertThat(view.priorities.round.getValue().id()).isEqualTo(draft.id());
        _click(view.priorities.use);
        assertThat(view.priorities.count.getErrorMessage()).as("the latest period has no uncovered gap")
                .startsWith("Funding covers every gap of this period");
        assertThat(rounds.get(draft.id()).priorities()).isEmpty();

        view.period.setValue(Q2);
        _setValue(view.priorities.count, 2);
        _click(view.priorities.use);
        assertThat(view.priorities.count.isInvalid()).isFalse();
        assertThat(view.priorities.result.getElement().getTextRecursively())
                .contains("now aims at the 2 largest uncovered gaps (it had no priority gaps before)")
                .contains("Mental wellbeing in Ward A: 25 unmet, 0 funded");
        var aimed = rounds.get(draft.id());
        assertThat(aimed.priorities()).extracting(p -> p.areaName() + " " + p.needCategoryId())
                .containsExactlyInAnyOrder("Ward A " + second.id(), "Ward B " + first.id());
        assertThat(aimed.priorities()).allSatisfy(p -> assertThat(p.figures().period()).isEqualTo(Q2));

        _click(view.priorities.use);
        assertThat(view.priorities.result.getElement().getTextRecursively())
                .contains("aims at these 2 gaps already: nothing changed");
        var again = rounds.get(draft.id());
        assertThat(again.priorities()).as("not duplicated").hasSize(2);
        assertThat(again.version()).as("not saved again").isEqualTo(aimed.version());
    }

    @Test
    void anApplicantAPanellistAndAnotherPartnershipsOfficerCannotSeeThisPartnershipsCoverage() {
        loginAs(grant.bidder());
        navigate(CoverageView.PATH);
        assertThat(shownViews()).extracting(Class::getSimpleName).containsExactly("MainLayout", "AccessDeniedView");

        loginAs(ApplicationFixtures.PANELLIST);
        navigate(CoverageView.PATH);
        assertThat(shownViews()).extracting(Class::getSimpleName).containsExactly("MainLayout", "AccessDeniedView");
        assertThatThrownBy(() -> coverages.of(Q2))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        loginAs(ApplicationFixtures.OFFICER);
        var theirs = open();
        assertThat(_findAll(theirs.gaps)).extracting(g -> g.gap().areaName()).doesNotContain("Ward A", "Ward B");
        assertThat(coverages.of(Q2).gaps()).extracting(g -> g.gap().areaName()).doesNotContain("Ward A", "Ward B");
        assertThat(coverages.of(Q2).gaps()).flatExtracting(GapCoverage::grants).extracting(g -> g.id())
                .doesNotContain(grant.id());
    }
}
