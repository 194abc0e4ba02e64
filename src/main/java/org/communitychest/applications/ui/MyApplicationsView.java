package org.communitychest.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.applications.ApplicationDrafts;

@Route("applications")
@PageTitle("Your applications · Community Chest")
@RolesAllowed("APPLICANT")
class MyApplicationsView extends VerticalLayout {

    MyApplicationsView(ApplicationDrafts drafts) {
        addClassName("cc-page");
        add(new H1("Your applications"), new ApplicationList(drafts.mine()),
                new Paragraph(new Anchor("funding", "See open funding rounds")));
    }
}
