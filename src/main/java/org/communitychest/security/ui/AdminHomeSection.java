package org.communitychest.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
        long count = users.countUsers();
        var ui = UI.getCurrent();
        var card = new Div(new H2(ui.getTranslation("staff.account.home.title")), new Paragraph(invited > 0
                ? ui.getTranslation("staff.account.home.count-invited", count, invited)
                : ui.getTranslation("staff.account.home.count", count)),
                new Anchor("admin/users", ui.getTranslation("staff.account.home.manage")));
        card.addClassName("cc-card");
        return card;
    }
}
