package org.communitychest.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.UI;

/** The sign-in page as a person uses it, for the view tests of this package. */
final class LoginPage {

    private LoginPage() {
    }

    /** Opens the sign-in page, types the email and password and presses Sign in; returns the page. */
    static LoginView signIn(String email, String password) {
        UI.getCurrent().navigate("login");
        var login = (LoginView) UI.getCurrent().getCurrentView();
        _setValue(login.email, email);
        _setValue(login.password, password);
        _click(login.signIn);
        return login;
    }
}
