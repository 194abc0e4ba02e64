package org.communitychest.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationSummary;
import org.communitychest.base.London;

/** The applicant's applications as cards: title, group, round, status, reference. */
class ApplicationList extends VerticalLayout {

    ApplicationList(List<ApplicationSummary> applications) {
        setPadding(false);
        if (applications.isEmpty()) {
            var empty = new Paragraph("No applications yet. Find an open round, check your group can apply, and start"
                    + " one: it is saved as you go.");
            empty.addClassName("cc-empty");
            add(empty);
        }
        for (var a : applications) {
            var status = new Span(a.status().label());
            status.addClassName("cc-tag");
            status.addClassName("cc-status-" + a.status().name().toLowerCase());
            var card = new Div(new Anchor(ApplicationsNavigation.taskList(a.id()),
                    ApplicationDetails.displayTitle(a.projectTitle())), status,
                    new Paragraph(a.organisationName() + " · " + a.roundTitle()
                            + (a.reference() == null ? "" : " · " + a.reference())
                            + " · " + a.amountRequested() + " · updated " + London.format(a.updatedAt())));
            if (a.openQuestions() > 0) {
                var q = new Span(a.openQuestions() + " question" + (a.openQuestions() == 1 ? "" : "s")
                        + " from the partnership to answer");
                q.addClassName("cc-warning");
                card.add(q);
            }
            card.addClassName("cc-card");
            add(card);
        }
    }
}
