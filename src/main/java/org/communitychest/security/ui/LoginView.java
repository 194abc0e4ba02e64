package org.communitychest.security.ui;

import org.communitychest.base.ui.ClientAddress;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.communitychest.base.Message;
import org.communitychest.security.SignIn;
import org.communitychest.security.SignInResult;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page: our own small form rather than Vaadin's LoginForm, so that every refusal (paused, email not
 * confirmed, switched off) reads as a sentence from the bundles in the page's language.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends AuthCard implements BeforeEnterObserver {

    /** Parameters of the sign-in address that say where the person comes from; each has its message. */
    private static final List<String> ARRIVALS = List.of("verified", "reset", "changed", "welcome");

    final EmailField email = new EmailField(getTranslation("account.email"));
    final PasswordField password = new PasswordField(getTranslation("account.login.password"));
    final Button signIn = new Button(getTranslation("account.login.sign-in"));
    private final AuthenticationContext authenticationContext;

    LoginView(SignIn signInService, SessionSignIn sessionSignIn, LanguageSelection languages,
            AuthenticationContext authenticationContext) {
        super("account.login.title", "account.login.intro");
        this.authenticationContext = authenticationContext;
        email.setWidthFull();
        email.setAutocomplete(Autocomplete.EMAIL);
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
                    showError(Message.of("account.login.enter-both"));
                    return;
                }
                var result = signInService.signIn(email.getValue(), password.getValue(), ClientAddress.current());
                if (result.succeeded()) {
                    sessionSignIn.store(result.authentication());
                    languages.signedIn(UI.getCurrent());
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
        var links = new Div(link("forgot-password", "account.login.forgotten"),
                link("register", "account.login.register"));
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
            return;
        }
        ARRIVALS.stream().filter(params::containsKey).findFirst()
                .ifPresent(arrival -> showSuccess("account.login." + arrival));
    }
}
