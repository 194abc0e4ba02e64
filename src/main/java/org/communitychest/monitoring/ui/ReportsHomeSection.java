package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Set;
import org.communitychest.base.London;
import org.communitychest.base.ui.HomeSection;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.MyReports;

/** The reports the member's groups owe, on their home page, the soonest due first; nothing when none are owed. */
@org.springframework.stereotype.Component
class ReportsHomeSection implements HomeSection {

    private final MyReports reports;

    ReportsHomeSection(MyReports reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return 16;
    }

    @Override
    public boolean visibleTo(Set<String> roles) {
        return roles.contains("APPLICANT");
    }

    @Override
    public Component create() {
        var card = new Div();
        var owed = reports.toDo();
        card.setVisible(!owed.isEmpty());
        var list = new UnorderedList();
        list.addClassName("cc-tasks");
        owed.forEach(r -> list.add(new ListItem(new Anchor(MonitoringNavigation.report(r.id()),
                card.getTranslation("monitoring.home.report", Texts.of(r.kind().label()), r.projectTitle(),
                        London.format(r.dueOn()))), ReportTags.of(r))));
        card.add(new H2(card.getTranslation("monitoring.home.title")), list);
        card.addClassNames("cc-card", "cc-reports-home");
        return card;
    }
}
