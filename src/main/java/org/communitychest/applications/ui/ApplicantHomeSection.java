package org.communitychest.applications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.Set;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.base.ui.HomeSection;

@org.springframework.stereotype.Component
class ApplicantHomeSection implements HomeSection {

    private final ApplicationDrafts drafts;

    ApplicantHomeSection(ApplicationDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean visibleTo(Set<String> roles) {
        return roles.contains("APPLICANT");
    }

    @Override
    public Component create() {
        var card = new Div();
        card.add(new H2(card.getTranslation("apply.home.title")), new ApplicationList(drafts.mine()),
                new Anchor("funding", card.getTranslation("apply.home.open-rounds")));
        card.addClassName("cc-card");
        return card;
    }
}
