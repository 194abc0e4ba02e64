package org.communitychest.organisations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.ui.DatabaseMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A group's profile saved while the database is away: the page says so, and nothing typed is lost. */
class OrganisationOutageViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aProfileSavedDuringAnOutageKeepsWhatWasTypedAndSavesOnceTheDatabaseIsBack() {
        var fx = new ApplicationFixtures(context);
        String member = fx.newApplicant("Pat Profile");
        String name = "Limehouse Litter Pickers " + UUID.randomUUID();
        long group = fx.newGroup(member, name);
        loginAs(member);
        navigate(OrganisationsNavigation.editProfile(group));
        var view = _get(OrganisationEditView.class);

        databaseOutage.begin();
        _setValue(view.town, "Limehouse, London");
        _setValue(view.webAddress, "https://litter.example.org");
        inRequest(() -> _click(view.save));

        assertThat(notificationTexts()).containsExactly(DatabaseMessages.actionFailed());
        assertThat(notificationTexts()).doesNotContain("Your changes are saved");
        assertThat(view.town.getValue()).isEqualTo("Limehouse, London");
        assertThat(view.webAddress.getValue()).isEqualTo("https://litter.example.org");
        assertThat(view.save.isEnabled()).as("ready to try again").isTrue();
        databaseOutage.end();
        assertThat(jdbc.queryForObject("select town from organisation where id = ?", String.class, group))
                .as("nothing saved during the outage").isNotEqualTo("Limehouse, London");

        _click(view.save);
        assertThat(notificationTexts()).contains("Your changes are saved");
        assertThat(jdbc.queryForObject("select town from organisation where id = ?", String.class, group))
                .isEqualTo("Limehouse, London");
    }
}
