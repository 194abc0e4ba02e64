package org.communitychest.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.base.SystemActor;
import org.communitychest.security.Role;
import org.communitychest.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionInformation;

/** A person whose roles change is signed out everywhere, so the new roles apply from their next click. */
class RoleChangeEndsSessionsTest extends KaribuTest {

    @Autowired
    private UserAdministration users;

    @Test
    void changingSomeonesRolesExpiresTheirSessionsAndOnlyTheirs() {
        String email = uniqueEmail("ola-officer");
        long id = SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Ola Officer", thtId(), Set.of(Role.OFFICER), GOOD_PASSWORD));
        LoginPage.signIn(email, GOOD_PASSWORD);
        assertThat(sessionsOf(id)).hasSize(1).noneMatch(SessionInformation::isExpired);

        logout();
        SystemActor.runAs(thtId(), () -> users.changeRoles(id, Set.of(Role.PANELLIST)), "ADMIN");

        assertThat(sessionsOf(id)).hasSize(1).allMatch(SessionInformation::isExpired);
        navigate("login?changed");
        assertThat(((LoginView) currentView()).alertText())
                .isEqualTo("Your account has changed, so you were signed out. Please sign in again to carry on.");
    }
}
