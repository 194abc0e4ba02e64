package org.communitychest.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.communitychest.security.Registration;

@Route(value = "verify-email", autoLayout = false)
@AnonymousAllowed
class VerifyEmailView extends AuthCard implements BeforeEnterObserver {

    private final Registration registration;

    VerifyEmailView(Registration registration) {
        super("account.verify.title", null);
        this.registration = registration;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        if (registration.verify(token)) {
            event.forwardTo("login", QueryParameters.of("verified", "1"));
        } else {
            replaceCard("account.link-not-working", paragraph("account.verify.not-working"),
                    link("login", "account.go-to-sign-in"));
        }
    }
}
