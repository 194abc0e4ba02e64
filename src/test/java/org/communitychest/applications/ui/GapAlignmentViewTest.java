package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communitychest.rounds.GapRounds.priority;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.Answers;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Section;
import org.communitychest.base.Language;
import org.communitychest.rounds.GapRounds;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A bid's alignment with its round's priority gaps: the applicant sees which gaps their answers cover as they
 * pick needs and areas (and on check your answers); the officer sees the gaps a bid covers, their unmet figures
 * and the bid's capacity against them, on the review page and in the round's list.
 */
class GapAlignmentViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    GapRounds.Tenant tenant;
    RoundDetails round;
    String member;
    long group;

    @BeforeEach
    void aRoundAimedAtThreeGaps() {
        fx = new ApplicationFixtures(context);
        var gapRounds = new GapRounds(context);
        tenant = gapRounds.tenant();
        round = gapRounds.openRound(tenant, List.of(
                priority(tenant, "LONELINESS_ISOLATION", "Ward A", 40, 15, 9, true),
                priority(tenant, "LONELINESS_ISOLATION", "Ward B", 30, null, 12, false),
                new RoundForm.PriorityRef(tenant.need("HOUSING").id(), tenant.ward("Ward C").id())));
        member = fx.newApplicant("Gemma Gaps");
        group = fx.newGroup(member, "Gap Fillers " + UUID.randomUUID());
    }

    private static WhoSection who(long id) {
        navigate(ApplicationsNavigation.section(id, Section.WHO));
        return (WhoSection) _get(SectionView.class).editor;
    }

    private static List<String> gapItems(WhoSection who) {
        return _find(who.coverage.gaps, ListItem.class).stream().map(li -> li.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void theApplicantSeesWhichPriorityGapsTheirAnswersCoverAsTheyPickNeedsAndAreas() {
        long id = fx.as(member, () -> fx.start(round, group, FormType.SHORT));
        loginAs(member);
        var who = who(id);
        var lonely = tenant.need("LONELINESS_ISOLATION");
        var housing = tenant.need("HOUSING");

        assertThat(who.coverage.summary.getText()).isEqualTo("Your answers do not cover any of them yet.");
        assertThat(gapItems(who)).containsExactly("Loneliness and social isolation in Ward ANot covered",
                "Loneliness and social isolation in Ward BNot covered", "Housing in Ward CNot covered");

        _setValue(who.needs, Set.of(lonely));
        assertThat(who.coverage.summary.getText()).as("the need alone covers no gap")
                .isEqualTo("Your answers do not cover any of them yet.");
        for (int attempt = 1; attempt <= 2; attempt++) {
            _setValue(who.areas, Set.of(tenant.ward("Ward A")));
            assertThat(who.coverage.summary.getText()).as("attempt %d", attempt)
                    .isEqualTo("Your answers cover 1 of the 3 gaps.");
            assertThat(gapItems(who)).as("attempt %d", attempt).containsExactly(
                    "Loneliness and social isolation in Ward ACovered",
                    "Loneliness and social isolation in Ward BNot covered", "Housing in Ward CNot covered");
        }
        _setValue(who.needs, Set.of(lonely, housing));
        _setValue(who.areas, Set.of(tenant.ward("Ward A"), tenant.ward("Ward B"), tenant.ward("Ward C")));
        assertThat(who.coverage.summary.getText()).isEqualTo("Your answers cover 3 of the 3 gaps.");

        navigate(ApplicationsNavigation.check(id));
        assertThat(_get(CheckAnswersView.class).getElement().getTextRecursively()).contains(
                "The round's priority gaps it covers", "Loneliness and social isolation in Ward A; Loneliness and"
                        + " social isolation in Ward B; Housing in Ward C");

        UI.getCurrent().setLocale(Language.BENGALI.locale());
        who = who(id);
        assertThat(who.coverage.summary.getText()).isEqualTo("আপনার উত্তরগুলো 3টি ফাঁকের মধ্যে 3টি পূরণ করে।");
        _setValue(who.areas, Set.of(tenant.ward("Ward C")));
        assertThat(who.coverage.summary.getText()).isEqualTo("আপনার উত্তরগুলো 3টি ফাঁকের মধ্যে 1টি পূরণ করে।");
        assertThat(gapItems(who).getLast()).isEqualTo("Ward C এলাকায় বাসস্থানপূরণ করে");
    }

    @Test
    void theOfficerSeesTheGapsABidCoversTheirUnmetAndItsCapacityAgainstThem() {
        long id = fx.as(member, () -> {
            long draft = fx.completeShortDraft(round, group, "Lunch club");
            fx.drafts.saveWhoItHelps(draft, fx.drafts.get(draft).version(), new Answers.WhoItHelps(
                    Set.of(tenant.need("LONELINESS_ISOLATION").id()),
                    Set.of(tenant.ward("Ward A").id(), tenant.ward("Ward B").id()), 30, null));
            fx.submit(draft);
            return draft;
        });
        loginAs(tenant.officer());

        navigate(ApplicationsNavigation.review(id));
        var review = _get(ReviewApplicationView.class);
        assertThat(review.gapAlignment.getElement().getTextRecursively()).isEqualTo(
                "Covers 2 of the round's 3 priority gaps. Capacity 30 against at least 36 unmet in them."
                        + "Loneliness and social isolation in Ward A: 24 unmet of 40 referred (60%),"
                        + " 1 April 2026 – 30 June 2026"
                        + "Loneliness and social isolation in Ward B: at least 12 unmet of 30 referred (40%),"
                        + " 1 April 2026 – 30 June 2026");

        navigate(ApplicationsNavigation.roundApplications(round.id()));
        MockVaadin.clientRoundtrip(false);
        var list = _get(RoundApplicationsView.class);
        assertThat(_getFormattedRow(list.grid, 0)).contains("2 of 3: capacity 30 for 36+ unmet");
    }
}
