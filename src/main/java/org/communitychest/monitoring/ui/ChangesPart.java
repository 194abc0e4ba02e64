package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.communitychest.base.ui.DraftSaver;
import org.communitychest.base.ui.TypingGuard;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportDetails;

/** What got in the way, and what the group changed from its plan. */
class ChangesPart extends VerticalLayout {

    final TextArea challenges = area("monitoring.changes.challenges", "monitoring.changes.challenges-help");
    final TextArea plan = area("monitoring.changes.plan", "monitoring.changes.plan-help");

    ChangesPart(ReportDetails report, MyReports reports, DraftSaver saver) {
        setPadding(false);
        challenges.setValue(report.content().challenges() == null ? "" : report.content().challenges());
        plan.setValue(report.content().planChanges() == null ? "" : report.content().planChanges());
        Runnable save = () -> saver.save(v -> reports.saveChanges(report.id(), v, challenges.getValue(),
                plan.getValue()), Map.of("challenges", challenges, "planChanges", plan));
        challenges.addValueChangeListener(e -> save.run());
        plan.addValueChangeListener(e -> save.run());
        add(challenges, plan);
    }

    private TextArea area(String label, String help) {
        var area = new TextArea(getTranslation(label));
        area.setHelperText(getTranslation(help));
        area.setMaxLength(MyReports.LONGEST_TEXT);
        area.setWidthFull();
        TypingGuard.watch(area);
        return area;
    }
}
