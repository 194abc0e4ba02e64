package org.communitychest.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.VaadinSession;
import org.communitychest.security.SignIn;
import org.communitychest.security.SignInResult;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Community Chest")
@AnonymousAllowed
class LoginView extends AuthCard implements BeforeEnterObserver {

    final EmailField email = new EmailField("Email address");
    final PasswordField password = new PasswordField("Password");
    final Button signIn = new Button("Sign in");
    private final AuthenticationContext authenticationContext;

    LoginView(SignIn signInService, SessionSignIn sessionSignIn, AuthenticationContext authenticationContext) {
        super("Sign in", "Community Chest: small grants for local groups, chosen with residents.");
        this.authenticationContext = authenticationContext;
        email.setWidthFull();
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        signIn.addThemeVariants(ButtonVariant.PRIMARY);
        signIn.setWidthFull();
        signIn.addClickShortcut(Key.ENTER);
        signIn.setDisableOnClick(true);
        signIn.addClickListener(e -> {
            try {
                if (email.getValue().isBlank() || password.getValue().isEmpty()) {
                    showError("Enter your email address and password.");
                    return;
                }
                var result = signInService.signIn(email.getValue(), password.getValue(), ClientAddress.current());
                if (result.succeeded()) {
                    sessionSignIn.store(result.authentication());
                    goTo(sessionSignIn.takeIntendedLocation().orElse(""));
                } else {
                    // Nothing was checked (the database is away): keep what was typed for the next try.
                    if (result.outcome() != SignInResult.Outcome.NOT_CHECKED) {
                        password.clear();
                    }
                    showError(result.message());
                }
            } finally {
                signIn.setEnabled(true);
            }
        });
        var links = new Div(new Anchor("forgot-password", "Forgotten your password?"),
                new Anchor("register", "New here? Create an account for your group"));
        links.addClassName("cc-auth-links");
        addToCard(email, password, signIn, links);
    }

    private static void goTo(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /** A form posted to /login was refused: Spring Security kept the reason in the session, once. */
    private void showFormLoginFailure() {
        var session = VaadinSession.getCurrent().getSession();
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof AuthenticationException e) {
            showError(SignInResult.refused(e).message());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            showFormLoginFailure();
        } else if (params.containsKey("verified")) {
            showSuccess("Your email address is confirmed. You can sign in now.");
        } else if (params.containsKey("reset")) {
            showSuccess("Your password has been changed. Sign in with your new password.");
        } else if (params.containsKey("changed")) {
            showSuccess("Your account has changed, so you were signed out. Please sign in again to carry on.");
        } else if (params.containsKey("welcome")) {
            showSuccess("Your account is ready. Sign in to start.");
        }
    }
}
