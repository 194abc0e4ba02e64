package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.communitychest.awards.GrantDetails;
import org.communitychest.awards.ui.GrantPagePart;
import org.communitychest.base.London;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportReviews;
import org.communitychest.monitoring.ReportSummary;

/** The reports a grant owes, on its pages: for the group to write, for the officer to review. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(1)
class ReportsGrantPart implements GrantPagePart {

    private final MyReports myReports;
    private final ReportReviews reviews;

    ReportsGrantPart(MyReports myReports, ReportReviews reviews) {
        this.myReports = myReports;
        this.reviews = reviews;
    }

    @Override
    public Optional<Component> forGroup(GrantDetails grant) {
        return card(myReports.ofGrant(grant.id()), MonitoringNavigation::report, "monitoring.grant.intro");
    }

    @Override
    public Optional<Component> forOfficer(GrantDetails grant) {
        return card(reviews.ofGrant(grant.id()), MonitoringNavigation::review, "staff.monitoring.grant.intro");
    }

    private static Optional<Component> card(List<ReportSummary> reports, LongFunction<String> link,
            String introKey) {
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        var card = new Div();
        var list = new UnorderedList();
        list.addClassName("cc-tasks");
        for (var report : reports) {
            list.add(new ListItem(new Anchor(link.apply(report.id()), card.getTranslation("monitoring.grant.report",
                    Texts.of(report.kind().label()), London.format(report.dueOn()))), ReportTags.of(report)));
        }
        card.add(new H2(card.getTranslation("monitoring.grant.title")), new Paragraph(card.getTranslation(introKey)),
                list);
        card.addClassNames("cc-card", "cc-grant-reports");
        return Optional.of(card);
    }
}
