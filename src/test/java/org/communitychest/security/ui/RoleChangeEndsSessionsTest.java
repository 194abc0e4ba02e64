package org.communitychest.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.base.SystemActor;
import org.communitychest.security.Role;
import org.communitychest.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/** A person whose roles change is signed out everywhere, so the new roles apply from their next click. */
class RoleChangeEndsSessionsTest extends KaribuTest {

    @Autowired
    private SessionRegistry sessionRegistry;
    @Autowired
    private UserAdministration users;

    @Test
    void changingSomeonesRolesExpiresTheirSessionsAndOnlyTheirs() {
        String email = uniqueEmail("ola-officer");
        long id = SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Ola Officer", thtId(), Set.of(Role.OFFICER), GOOD_PASSWORD));
        navigate("login");
        var login = (LoginView) currentView();
        _setValue(login.email, email);
        _setValue(login.password, GOOD_PASSWORD);
        _click(login.signIn);
        assertThat(sessionsOf(id)).hasSize(1).noneMatch(SessionInformation::isExpired);

        logout();
        SystemActor.runAs(thtId(), () -> users.changeRoles(id, Set.of(Role.PANELLIST)), "ADMIN");

        assertThat(sessionsOf(id)).hasSize(1).allMatch(SessionInformation::isExpired);
        navigate("login?changed");
        assertThat(((LoginView) currentView()).alertText())
                .isEqualTo("Your account has changed, so you were signed out. Please sign in again to carry on.");
    }

    private List<SessionInformation> sessionsOf(long userId) {
        return sessionRegistry.getAllPrincipals().stream()
                .filter(p -> p instanceof org.communitychest.base.SignedInUser user && user.id() == userId)
                .flatMap(p -> sessionRegistry.getAllSessions(p, true).stream())
                .toList();
    }
}
