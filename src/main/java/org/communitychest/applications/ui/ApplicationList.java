package org.communitychest.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.applications.ApplicationSummary;
import org.communitychest.base.London;
import org.communitychest.base.ui.Texts;

/** The applicant's applications as cards: title, group, round, status, reference, and the grant once decided. */
class ApplicationList extends VerticalLayout {

    ApplicationList(List<ApplicationSummary> applications) {
        setPadding(false);
        if (applications.isEmpty()) {
            var empty = new Paragraph(getTranslation("apply.list.empty"));
            empty.addClassName("cc-empty");
            add(empty);
        }
        for (var a : applications) {
            var status = new Span(Texts.of(a.status().label()));
            status.addClassName("cc-tag");
            status.addClassName("cc-status-" + a.status().cssName());
            var card = new Div(new Anchor(ApplicationsNavigation.taskList(a.id()),
                    Texts.of(ApplicationDetails.displayTitle(a.projectTitle()))), status,
                    new Paragraph(a.organisationName() + " · " + a.roundTitle()
                            + (a.reference() == null ? "" : " · " + a.reference())
                            + " · " + a.amountRequested() + " · "
                            + getTranslation("apply.list.updated", London.format(a.updatedAt()))));
            if (a.decision() != null && a.decision().awarded().pence() > 0) {
                var grant = new Paragraph(a.status() == ApplicationStatus.PART_FUNDED
                        ? getTranslation("apply.list.awarded-part", a.decision().awarded().toString(),
                                a.decision().requested().toString())
                        : getTranslation("apply.list.awarded", a.decision().awarded().toString()));
                grant.addClassName("cc-grant");
                card.add(grant);
            }
            if (a.openQuestions() > 0) {
                var q = new Span(getTranslation("apply.list.open-questions", a.openQuestions()));
                q.addClassName("cc-warning");
                card.add(q);
            }
            card.addClassName("cc-card");
            add(card);
        }
    }
}
