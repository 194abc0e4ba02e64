package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import org.communitychest.base.ui.DraftSaver;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportDetails;
import org.communitychest.monitoring.ReportForm;

/** Sessions run, people who came, and (full form) all their visits. */
class ActivityPart extends VerticalLayout {

    final IntegerField sessions;
    final IntegerField participants;
    final IntegerField attendances;

    ActivityPart(ReportDetails report, MyReports reports, DraftSaver saver) {
        setPadding(false);
        boolean full = report.form() == ReportForm.FULL;
        var c = report.content();
        var fields = new LinkedHashMap<String, HasValidation>();
        Runnable save = () -> saver.save(v -> reports.saveActivity(report.id(), v, value(fields, "sessions"),
                value(fields, "participants"), full ? value(fields, "attendances") : null), fields);
        sessions = CountField.of(getTranslation("monitoring.activity.sessions"), c.sessions(), saver, save);
        sessions.setHelperText(getTranslation("monitoring.activity.sessions-help"));
        participants = CountField.of(getTranslation("monitoring.activity.participants"), c.participants(), saver,
                save);
        participants.setHelperText(getTranslation("monitoring.activity.participants-help"));
        attendances = CountField.of(getTranslation("monitoring.activity.attendances"), c.attendances(), saver, save);
        attendances.setHelperText(getTranslation("monitoring.activity.attendances-help"));
        fields.put("sessions", sessions);
        fields.put("participants", participants);
        add(sessions, participants);
        if (full) {
            fields.put("attendances", attendances);
            add(attendances);
        }
    }

    private static Integer value(java.util.Map<String, HasValidation> fields, String name) {
        return ((IntegerField) fields.get(name)).getValue();
    }
}
