package org.communitychest.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.communitychest.security.Registration;

@Route(value = "verify-email", autoLayout = false)
@PageTitle("Confirm your email · Community Chest")
@AnonymousAllowed
class VerifyEmailView extends AuthCard implements BeforeEnterObserver {

    private final Registration registration;

    VerifyEmailView(Registration registration) {
        super("Confirm your email", null);
        this.registration = registration;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        if (registration.verify(token)) {
            event.forwardTo("login", com.vaadin.flow.router.QueryParameters.of("verified", "1"));
        } else {
            replaceCard("This link does not work", new Paragraph("The link may have been used already, or it is more"
                    + " than 24 hours old. Sign in with your email and password to get a new one."),
                    new Anchor("login", "Go to sign in"));
        }
    }
}
