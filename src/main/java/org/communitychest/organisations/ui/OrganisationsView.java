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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.base.ui.Texts;
import org.communitychest.organisations.Organisations;

/** The groups the applicant belongs to, and the way to set up a new one. */
@Route(OrganisationsNavigation.LIST)
@RolesAllowed("APPLICANT")
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    final Div groups = new Div();
    final Button create = new Button(getTranslation("groups.list.create"), VaadinIcon.PLUS.create());

    OrganisationsView(Organisations organisations) {
        addClassName("cc-page");
        var mine = organisations.mine();
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> OrganisationsNavigation.navigateToNewOrganisation());
        groups.addClassName("cc-organisation-list");
        if (mine.isEmpty()) {
            var empty = new Paragraph(getTranslation("groups.list.empty"));
            empty.addClassName("cc-empty");
            groups.add(empty);
        }
        mine.forEach(o -> {
            var link = new Anchor(OrganisationsNavigation.editProfile(o.id()), o.name());
            link.addClassName("cc-organisation-name");
            var card = new Div(link, new Span(Texts.of(o.legalFormLabel())));
            card.addClassName("cc-card");
            card.addClassName("cc-organisation");
            groups.add(card);
        });
        add(new H1(getTranslation("groups.list.title")), new Paragraph(getTranslation("groups.list.intro")),
                groups, create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.page-title", getTranslation("groups.list.title"));
    }
}
