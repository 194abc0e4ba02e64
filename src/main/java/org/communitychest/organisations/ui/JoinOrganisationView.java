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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.Texts;
import org.communitychest.organisations.OrganisationSummary;
import org.communitychest.organisations.Organisations;

/** Where the link in an invitation email lands: the signed-in applicant confirms, and joins the group. */
@Route(OrganisationsNavigation.JOIN)
@PermitAll
class JoinOrganisationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
            title.setText(getTranslation("groups.join.staff-title"));
            content.removeAll();
            content.add(new Paragraph(getTranslation("groups.join.staff-text")));
            return;
        }
        organisations.openInvitation(token).ifPresentOrElse(this::showInvitation, this::showNotWorking);
    }

    private void showInvitation(OrganisationSummary organisation) {
        title.setText(getTranslation("groups.join.title", organisation.name()));
        join.setText(getTranslation("groups.join.title", organisation.name()));
        join.setEnabled(true);
        content.removeAll();
        content.add(new Paragraph(getTranslation("groups.join.invited", organisation.name(),
                Texts.of(organisation.legalFormLabel()).toLowerCase(getLocale()))), join);
    }

    private void accept() {
        var organisation = organisations.openInvitation(token);
        if (organisation.isPresent() && organisations.acceptInvitation(token)) {
            Notifications.success(getTranslation("groups.join.joined", organisation.get().name()));
            OrganisationsNavigation.navigateToProfile(organisation.get().id());
        } else {
            showNotWorking();
        }
    }

    private void showNotWorking() {
        title.setText(getTranslation("groups.join.not-working"));
        content.removeAll();
        content.add(new Paragraph(getTranslation("groups.join.not-working-text")),
                new Anchor(OrganisationsNavigation.list(), getTranslation("groups.join.go-to-groups")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.page-title", getTranslation("groups.join.page-title"));
    }
}
