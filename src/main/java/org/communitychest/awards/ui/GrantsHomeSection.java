package org.communitychest.awards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Set;
import org.communitychest.awards.GrantStatus;
import org.communitychest.awards.MyGrants;
import org.communitychest.base.ui.HomeSection;

/** The group member's grants on their home page, an offer to answer first; nothing when they have none. */
@org.springframework.stereotype.Component
class GrantsHomeSection implements HomeSection {

    private final MyGrants myGrants;

    GrantsHomeSection(MyGrants myGrants) {
        this.myGrants = myGrants;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public boolean visibleTo(Set<String> roles) {
        return roles.contains("APPLICANT");
    }

    @Override
    public Component create() {
        var card = new Div();
        var grants = myGrants.mine();
        card.setVisible(!grants.isEmpty());
        var list = new UnorderedList();
        grants.stream().sorted((a, b) -> Boolean.compare(b.status() == GrantStatus.OFFERED,
                a.status() == GrantStatus.OFFERED)).forEach(g -> {
            var item = new ListItem(new Anchor(AwardsNavigation.mine(g.id()), card.getTranslation(
                    "awards.home.grant", g.projectTitle(), g.amount().toString())), StatusTag.of(g.status()));
            list.add(item);
        });
        card.add(new H2(card.getTranslation("awards.home.title")), list);
        card.addClassNames("cc-card", "cc-grants-home");
        return card;
    }
}
