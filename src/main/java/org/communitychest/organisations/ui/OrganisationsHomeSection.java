package org.communitychest.organisations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Set;
import org.communitychest.base.ui.HomeSection;
import org.communitychest.organisations.Organisations;

/** The applicant's home page block: their groups, or how to set one up. */
@org.springframework.stereotype.Component
class OrganisationsHomeSection implements HomeSection {

    private final Organisations organisations;

    OrganisationsHomeSection(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean visibleTo(Set<String> roles) {
        return roles.contains("APPLICANT");
    }

    @Override
    public Component create() {
        var mine = organisations.mine();
        var ui = UI.getCurrent();
        var card = new Div();
        card.addClassName("cc-card");
        card.addClassName("cc-organisations-home");
        if (mine.isEmpty()) {
            var empty = new Paragraph(ui.getTranslation("groups.list.empty"));
            empty.addClassName("cc-empty");
            card.add(new H2(ui.getTranslation("groups.home.your-group")), empty,
                    new Anchor(OrganisationsNavigation.newOrganisation(), ui.getTranslation("groups.home.set-up")));
            return card;
        }
        var list = new UnorderedList();
        mine.forEach(o -> list.add(new ListItem(new Anchor(OrganisationsNavigation.editProfile(o.id()), o.name()))));
        card.add(new H2(ui.getTranslation(mine.size() == 1 ? "groups.home.your-group" : "groups.home.your-groups")),
                list, new Anchor(OrganisationsNavigation.newOrganisation(),
                        ui.getTranslation("groups.home.set-up-another")));
        return card;
    }
}
