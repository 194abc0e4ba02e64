package org.communitychest.rounds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.London;
import org.communitychest.base.ui.DatabaseMessages;
import org.communitychest.base.ui.ErrorView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * While the database is away, the public round pages show the plain outage page and come back by themselves; an
 * officer's round edits are kept on the page and saved once it is back.
 */
class RoundsOutageViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Test
    void thePublicPagesSayTheDatabaseIsAwayAndComeBackWithIt() {
        var fx = new ApplicationFixtures(context);
        var round = fx.openRound("Public outage " + UUID.randomUUID());

        databaseOutage.begin();
        for (String page : new String[] {"funding", RoundsNavigation.publicRound(round.id())}) {
            navigate(page);
            var error = _get(ErrorView.class);
            assertThat(error.getElement().getTextRecursively()).as(page).contains(DatabaseMessages.pageHeading())
                    .contains(DatabaseMessages.pageText()).contains("Try again");
        }

        databaseOutage.end();
        navigate("funding");
        assertThat(currentView()).isInstanceOf(FundingView.class);
        assertThat(currentView().getElement().getTextRecursively()).contains(round.title());
        navigate(RoundsNavigation.publicRound(round.id()));
        assertThat(currentView()).isInstanceOf(PublicRoundView.class);
    }

    @Test
    void roundEditsSavedDuringAnOutageAreKeptAndSaveWhenTheDatabaseIsBack() {
        var fx = new ApplicationFixtures(context);
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.HOURS);
        String title = "Draft outage round " + UUID.randomUUID();
        long id = fx.as(ApplicationFixtures.OFFICER, () -> fx.rounds.create(fx.roundForm(title, now.plusDays(5),
                now.plusDays(40))).id());
        loginAs(ApplicationFixtures.OFFICER);
        navigate(RoundsNavigation.edit(id));
        var view = _get(RoundEditorView.class);

        databaseOutage.begin();
        _setValue(view.title, title + " (renamed)");
        inRequest(() -> _click(view.save));

        assertThat(notificationTexts()).containsExactly(DatabaseMessages.actionFailed());
        assertThat(view.title.getValue()).isEqualTo(title + " (renamed)");
        databaseOutage.end();
        assertThat(jdbc.queryForObject("select title from funding_round where id = ?", String.class, id))
                .isEqualTo(title);

        _click(view.save);
        assertThat(notificationTexts()).contains("Round saved");
        assertThat(jdbc.queryForObject("select title from funding_round where id = ?", String.class, id))
                .isEqualTo(title + " (renamed)");
    }
}
