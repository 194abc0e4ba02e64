package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.applications.BidDecision;
import org.communitychest.applications.DecisionRelease;
import org.communitychest.applications.GateDecision;
import org.communitychest.base.Language;
import org.communitychest.base.Money;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The group sees the panel's decision on its applications list and the application's page once the officer has
 * released it, and not before: the grant, part of it against what was asked, or the panel's feedback. Never a
 * score, a rank or a panellist's name. Each page is opened twice and reads the same.
 */
class DecisionViewTest extends KaribuTest {

    private static final String PART_FEEDBACK = "The panel liked the walks.\nIt could fund the training only.";
    private static final String NO_FEEDBACK = "Another group already runs card games in Bow.";
    /** What an applicant must never read: the panel's working and who did it (the demo panellist is Tom Hughes). */
    private static final List<String> PANEL_WORKING = List.of("score", "Score", "rank", "Rank", "calibrat",
            "Tom Hughes", "panellist@example.org", "moderat", "reviewer");

    @Autowired
    ApplicationContext context;
    @Autowired
    DecisionRelease release;
    ApplicationFixtures fx;
    RoundDetails round;
    String walker;
    String carder;
    String luncher;
    long partFunded;
    long notFunded;
    long funded;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Decision pages " + UUID.randomUUID());
        walker = fx.newApplicant("Wendy Walker");
        carder = fx.newApplicant("Carl Cards");
        luncher = fx.newApplicant("Lulu Lunch");
        partFunded = eligible(walker, "Guided walks");
        notFunded = eligible(carder, "Card games");
        funded = eligible(luncher, "Lunch club");
    }

    private long eligible(String member, String title) {
        long group = fx.newGroup(member, title + " group " + UUID.randomUUID().toString().substring(0, 6));
        long id = fx.as(member, () -> {
            long draft = fx.completeShortDraft(round, group, title);
            fx.submit(draft);
            return draft;
        });
        fx.as(OFFICER, () -> {
            var read = fx.screening.get(id);
            var pass = new HashMap<Long, GateDecision>();
            read.round().eligibility().forEach(q -> pass.put(q.id(), new GateDecision(true, null)));
            fx.screening.screen(id, read.version(), pass);
        });
        return id;
    }

    private void releaseTheDecisions() {
        fx.as(OFFICER, () -> release.release(round.id(), List.of(
                BidDecision.partFunded(partFunded, Money.ofPounds(750), PART_FEEDBACK),
                BidDecision.notFunded(notFunded, NO_FEEDBACK),
                BidDecision.funded(funded, Money.ofPounds(1_250), null))));
    }

    private static String listText() {
        navigate("applications");
        return _get(MyApplicationsView.class).getElement().getTextRecursively();
    }

    private static TaskListView openPage(long id) {
        navigate(ApplicationsNavigation.taskList(id));
        return _get(TaskListView.class);
    }

    @Test
    void untilTheReleaseTheGroupSeesItsApplicationEligibleAndNothingOfTheDecision() {
        loginAs(walker);
        for (int visit = 0; visit < 2; visit++) {
            assertThat(listText()).contains("Guided walks", "Eligible").doesNotContain("Grant", "funded");
            var page = openPage(partFunded);
            assertThat(_find(page, DecisionPanel.class)).isEmpty();
            assertThat(page.withdraw).as("still withdrawable").isNotNull();
            assertThat(page.getElement().getTextRecursively()).contains("It will go to the panel.")
                    .doesNotContain("funded", "What the panel said");
        }
    }

    @Test
    void aPartFundedGroupSeesWhatItWasAwardedOfWhatItAskedAndThePanelsWords() {
        releaseTheDecisions();
        loginAs(walker);
        for (int visit = 0; visit < 2; visit++) {
            assertThat(listText()).contains("Part funded", "Grant: £750.00 of the £1,250.00 you asked for");
            var page = openPage(partFunded);
            assertThat(_get(page, H2.class, spec -> spec.withText("Part funded"))).isNotNull();
            var decision = _get(page, DecisionPanel.class);
            assertThat(decision.outcome.getText()).isEqualTo("The panel has decided to fund part of your"
                    + " application. Your grant is £750.00 of the £1,250.00 you asked for.");
            assertThat(decision.feedback.getText()).isEqualTo(PART_FEEDBACK);
            assertThat(decision.getElement().getTextRecursively()).contains("What the panel said",
                    round.partnershipName() + " will contact you about the next steps");
            assertThat(page.getElement().getTextRecursively()).doesNotContain("Withdraw this application");
            assertThat(_find(page, DecisionPanel.class)).as("one decision, however often the page opened")
                    .hasSize(1);
            assertThat(page.getElement().getTextRecursively()).as("no panel working on the page")
                    .doesNotContain(PANEL_WORKING);
        }
    }

    @Test
    void aGroupNotFundedSeesTheFeedbackAndAFundedGroupItsGrant() {
        releaseTheDecisions();
        loginAs(carder);
        for (int visit = 0; visit < 2; visit++) {
            assertThat(listText()).contains("Card games", "Not funded").doesNotContain("Grant", "£0.00");
            var decision = _get(openPage(notFunded), DecisionPanel.class);
            assertThat(decision.outcome.getText()).isEqualTo(
                    "We are sorry: the panel could not fund your application this time.");
            assertThat(decision.feedback.getText()).isEqualTo(NO_FEEDBACK);
            assertThat(decision.getElement().getTextRecursively()).contains("You are welcome to apply to future"
                    + " rounds.").doesNotContain("offer letter", "£0.00");
            assertThat(currentView().getElement().getTextRecursively()).doesNotContain(PANEL_WORKING);
        }
        logout();
        loginAs(luncher);
        for (int visit = 0; visit < 2; visit++) {
            assertThat(listText()).contains("Lunch club", "Funded", "Grant: £1,250.00");
            var decision = _get(openPage(funded), DecisionPanel.class);
            assertThat(decision.outcome.getText()).isEqualTo(
                    "The panel has decided to fund your application. Your grant is £1,250.00.");
            assertThat(decision.getElement().getTextRecursively()).doesNotContain("What the panel said");
            assertThat(currentView().getElement().getTextRecursively()).doesNotContain(PANEL_WORKING);
        }
    }

    @Test
    void aGroupReadingInBengaliSeesTheDecisionInBengali() {
        releaseTheDecisions();
        loginAs(walker);
        UI.getCurrent().setLocale(Language.BENGALI.locale());
        for (int visit = 0; visit < 2; visit++) {
            var decision = _get(openPage(partFunded), DecisionPanel.class);
            assertThat(decision.outcome.getText()).isEqualTo("প্যানেল আপনার আবেদনের একটি অংশে অনুদান দেওয়ার"
                    + " সিদ্ধান্ত নিয়েছে। আপনি £1,250.00 চেয়েছিলেন। আপনার অনুদান £750.00।");
            assertThat(decision.getElement().getTextRecursively()).contains("প্যানেল যা বলেছে")
                    .doesNotContain("What the panel said");
            assertThat(listText()).contains("আংশিক অনুদান পেয়েছে",
                    "অনুদান: আপনি £1,250.00 চেয়েছিলেন, পাবেন £750.00");
        }
    }

    @Test
    void theOfficerSeesTheDecisionOnTheReviewPageAndTheListAndCanNoLongerScreen() {
        releaseTheDecisions();
        loginAs(OFFICER);
        for (int visit = 0; visit < 2; visit++) {
            navigate(ApplicationsNavigation.review(partFunded));
            var review = _get(ReviewApplicationView.class);
            assertThat(review.decision.isVisible()).isTrue();
            assertThat(review.decision.getElement().getTextRecursively()).contains(
                    "Part funded: £750.00 of the £1,250.00 asked for.", "Feedback the group reads:");
            assertThat(review.saveScreening.isVisible()).as("a decided application is not screened again")
                    .isFalse();
        }
        for (int visit = 0; visit < 2; visit++) {
            navigate(ApplicationsNavigation.roundApplications(round.id()));
            MockVaadin.clientRoundtrip(false);
            var list = _get(RoundApplicationsView.class);
            list.status.setValue(ApplicationStatus.PART_FUNDED);
            assertThat(list.count.getText()).isEqualTo("1 application");
            var row = GridKt._get(list.grid, 0);
            assertThat(row.statusWithAward()).isNotNull();
            assertThat(GridKt._getFormattedRow(list.grid, 0)).contains("Part funded: £750.00");
            list.status.setValue(null);
        }
    }
}
