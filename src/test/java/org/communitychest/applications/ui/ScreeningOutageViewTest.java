package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.base.ui.DatabaseMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An officer's screening decision made while the database is away: the page says so and keeps the decision. */
class ScreeningOutageViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aScreeningSavedDuringAnOutageIsNotClaimedAndGoesThroughWhenTheDatabaseIsBack() {
        var fx = new ApplicationFixtures(context);
        var round = fx.openRound("Screening outage " + UUID.randomUUID());
        String member = fx.newApplicant("Sam Screened");
        long group = fx.newGroup(member, "Bow Bakers " + UUID.randomUUID());
        long id = fx.as(member, () -> fx.completeFullDraft(round, group, "Bread for neighbours"));
        fx.as(member, () -> fx.submit(id));
        loginAs(ApplicationFixtures.OFFICER);
        navigate(ApplicationsNavigation.review(id));
        var review = _get(ReviewApplicationView.class);
        review.gates.values().forEach(gate -> _setValue(gate, "Pass"));

        databaseOutage.begin();
        inRequest(() -> _click(review.saveScreening));
        inRequest(() -> _click(review.saveScreening));

        assertThat(notificationTexts()).containsExactly(DatabaseMessages.actionFailed());
        assertThat(currentView()).isSameAs(review);
        assertThat(review.gates.values()).allSatisfy(gate -> assertThat(gate.getValue()).isEqualTo("Pass"));
        databaseOutage.end();
        assertThat(fx.status(id)).isEqualTo(ApplicationStatus.SUBMITTED);

        _click(review.saveScreening);
        assertThat(notificationTexts()).contains("Marked eligible");
        assertThat(fx.status(id)).isEqualTo(ApplicationStatus.ELIGIBLE);
    }
}
