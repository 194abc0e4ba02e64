package org.communitychest.security.ui;

import org.communitychest.base.i18n.English;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.base.SystemActor;
import org.communitychest.security.Role;
import org.junit.jupiter.api.Test;

/** Signing in while the database is away says the password could not be checked and keeps what was typed. */
class SignInOutageViewTest extends KaribuTest {

    @Test
    void signInDuringAnOutageSaysItCouldNotCheckAndWorksOnceTheDatabaseIsBack() {
        String email = uniqueEmail("outage-officer");
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Olu Outage", thtId(), Set.of(Role.OFFICER), GOOD_PASSWORD));
        navigate("login");
        var view = (LoginView) currentView();
        _setValue(view.email, email);
        _setValue(view.password, GOOD_PASSWORD);

        databaseOutage.begin();
        _click(view.signIn);

        assertThat(view.alertText()).isEqualTo(English.of("account.sign-in.database-unreachable"));
        assertThat(view.email.getValue()).as("the typed email is kept").isEqualTo(email);
        assertThat(view.signIn.isEnabled()).isTrue();
        assertThat(currentView()).isSameAs(view);
        _click(view.signIn);
        assertThat(view.alertText()).as("and again").isEqualTo(English.of("account.sign-in.database-unreachable"));

        databaseOutage.end();
        _click(view.signIn);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Olu Outage");
    }
}
