package org.communitychest.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.organisations.Organisations;

/** The groups the applicant belongs to, and the way to set up a new one. */
@Route(OrganisationsNavigation.LIST)
@PageTitle("Your groups · Community Chest")
@RolesAllowed("APPLICANT")
class OrganisationsView extends VerticalLayout {

    static final String EMPTY = "You have not set up your group yet. It takes about 5 minutes, and you only do it"
            + " once: every application reuses it.";

    final Div groups = new Div();
    final Button create = new Button("Set up a new group", VaadinIcon.PLUS.create());

    OrganisationsView(Organisations organisations) {
        addClassName("cc-page");
        var mine = organisations.mine();
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> OrganisationsNavigation.navigateToNewOrganisation());
        groups.addClassName("cc-organisation-list");
        if (mine.isEmpty()) {
            var empty = new Paragraph(EMPTY);
            empty.addClassName("cc-empty");
            groups.add(empty);
        }
        mine.forEach(o -> {
            var link = new Anchor(OrganisationsNavigation.editProfile(o.id()), o.name());
            link.addClassName("cc-organisation-name");
            var card = new Div(link, new Span(o.legalFormLabel()));
            card.addClassName("cc-card");
            card.addClassName("cc-organisation");
            groups.add(card);
        });
        add(new H1("Your groups"),
                new Paragraph("Your group's profile is filled in once and reused in every application. Anyone in"
                        + " the group can keep it up to date and invite colleagues."),
                groups, create);
    }
}
