package org.communitychest.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.communitychest.base.ui.Notifications;
import org.communitychest.organisations.OrganisationSummary;
import org.communitychest.organisations.Organisations;

/** Where the link in an invitation email lands: the signed-in applicant confirms, and joins the group. */
@Route(OrganisationsNavigation.JOIN)
@PageTitle("Join a group · Community Chest")
@PermitAll
class JoinOrganisationView extends VerticalLayout implements BeforeEnterObserver {

    static final String NOT_WORKING = "This invitation does not work";

    final H1 title = new H1();
    final Div content = new Div();
    final Button join = new Button();
    private final Organisations organisations;
    private final AuthenticationContext authenticationContext;
    private String token = "";

    JoinOrganisationView(Organisations organisations, AuthenticationContext authenticationContext) {
        this.organisations = organisations;
        this.authenticationContext = authenticationContext;
        addClassName("cc-page");
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.setDisableOnClick(true);
        join.addClickListener(e -> accept());
        add(title, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        if (!authenticationContext.hasRole("APPLICANT")) {
            title.setText("This invitation is for a community group account");
            content.removeAll();
            content.add(new Paragraph("You are signed in with a partnership staff or panel account. Sign out, then"
                    + " sign in with the account you use for your community group (or create one), and open the link"
                    + " again."));
            return;
        }
        organisations.openInvitation(token).ifPresentOrElse(this::showInvitation, this::showNotWorking);
    }

    private void showInvitation(OrganisationSummary organisation) {
        title.setText("Join " + organisation.name());
        join.setText("Join " + organisation.name());
        join.setEnabled(true);
        content.removeAll();
        content.add(new Paragraph("You have been invited to join " + organisation.name() + " ("
                + organisation.legalFormLabel().toLowerCase() + "). As a member you can keep the group's profile up"
                + " to date and apply for grants for it."), join);
    }

    private void accept() {
        var organisation = organisations.openInvitation(token);
        if (organisation.isPresent() && organisations.acceptInvitation(token)) {
            Notifications.success("You have joined " + organisation.get().name());
            OrganisationsNavigation.navigateToProfile(organisation.get().id());
        } else {
            showNotWorking();
        }
    }

    private void showNotWorking() {
        title.setText(NOT_WORKING);
        content.removeAll();
        content.add(new Paragraph("An invitation link works once, for 14 days. This one may have been used already,"
                + " it may have expired, or part of it may be missing. Ask the person who invited you to send a new"
                + " one from their group's page."), new Anchor(OrganisationsNavigation.list(), "Go to your groups"));
    }
}
