package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Set;
import org.communitychest.base.London;
import org.communitychest.base.ui.HomeSection;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.ReportReviews;
import org.communitychest.monitoring.ReportSummary;

/** On the officer's home: reports waiting for review, and overdue reports, each with who and since when. */
@org.springframework.stereotype.Component
class OfficerReportsHomeSection implements HomeSection {

    private final ReportReviews reviews;

    OfficerReportsHomeSection(ReportReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public boolean visibleTo(Set<String> roles) {
        return roles.contains("OFFICER");
    }

    @Override
    public Component create() {
        var card = new Div();
        var waiting = reviews.waiting();
        var overdue = reviews.overdue();
        card.add(new H2(card.getTranslation("staff.monitoring.home.title")));
        if (waiting.isEmpty() && overdue.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("staff.monitoring.home.none")));
        }
        list(card, waiting, "staff.monitoring.home.waiting", r -> card.getTranslation("staff.monitoring.home.sent",
                London.format(r.submittedAt())));
        list(card, overdue, "staff.monitoring.home.overdue", r -> card.getTranslation("staff.monitoring.home.due",
                London.format(r.dueOn())));
        card.addClassNames("cc-card", "cc-officer-reports");
        return card;
    }

    private static void list(Div card, List<ReportSummary> reports, String headingKey,
            java.util.function.Function<ReportSummary, String> when) {
        if (reports.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        reports.forEach(r -> list.add(new ListItem(new Anchor(MonitoringNavigation.review(r.id()),
                card.getTranslation("staff.monitoring.home.report", r.grantReference(), r.organisationName(),
                        Texts.of(r.kind().label()))), new com.vaadin.flow.component.html.Span(" · " + when.apply(r)))));
        card.add(new H3(card.getTranslation(headingKey, reports.size())), list);
    }
}
