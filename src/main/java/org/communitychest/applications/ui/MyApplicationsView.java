package org.communitychest.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.applications.ApplicationDrafts;

@Route("applications")
@RolesAllowed("APPLICANT")
class MyApplicationsView extends VerticalLayout implements HasDynamicTitle {

    MyApplicationsView(ApplicationDrafts drafts) {
        addClassName("cc-page");
        add(new H1(getTranslation("apply.mine.title")), new ApplicationList(drafts.mine()),
                new Paragraph(new Anchor("funding", getTranslation("apply.home.open-rounds"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.mine.page-title");
    }
}
