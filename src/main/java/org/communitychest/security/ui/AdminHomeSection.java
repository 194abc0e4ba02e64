package org.communitychest.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.communitychest.base.ui.HomeSection;
import org.communitychest.security.UserAdministration;

@org.springframework.stereotype.Component
class AdminHomeSection implements HomeSection {

    private final UserAdministration users;

    AdminHomeSection(UserAdministration users) {
        this.users = users;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public boolean visibleTo(Set<String> roles) {
        return roles.contains("ADMIN");
    }

    @Override
    public Component create() {
        long invited = users.countInvited();
        var card = new Div(new H2("People"), new Paragraph(users.countUsers() + " staff and panel members"
                + (invited > 0 ? ", of whom " + invited + " have not yet accepted their invitation" : "") + "."),
                new Anchor("admin/users", "Manage users and roles"));
        card.addClassName("cc-card");
        return card;
    }
}
