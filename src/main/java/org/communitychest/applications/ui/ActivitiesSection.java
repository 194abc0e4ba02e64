package org.communitychest.applications.ui;

import org.communitychest.base.ui.DraftSaver;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.communitychest.applications.Answers;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.base.London;
import org.communitychest.base.ui.DatePickers;
import org.communitychest.base.ui.TypingGuard;

class ActivitiesSection extends VerticalLayout {

    final TextArea activities = new TextArea(getTranslation("apply.activities.activities"));
    final DatePicker startDate = DatePickers.date(getTranslation("apply.activities.start"));
    final DatePicker endDate = DatePickers.date(getTranslation("apply.activities.end"));

    ActivitiesSection(ApplicationDetails a, ApplicationDrafts drafts, DraftSaver saver) {
        setPadding(false);
        activities.setHelperText(getTranslation("apply.activities.activities-help"));
        activities.setWidthFull();
        activities.setMaxLength(8000);
        TypingGuard.watch(activities);
        activities.setValue(AboutSection.nullToEmpty(a.activities()));
        endDate.setHelperText(getTranslation("apply.activities.end-help", London.format(a.round().projectEndLimit())));
        endDate.setMax(a.round().projectEndLimit());
        startDate.setValue(a.startDate());
        endDate.setValue(a.endDate());
        Map<String, HasValidation> fields = Map.of("activities", activities, "startDate", startDate,
                "endDate", endDate);
        Runnable save = () -> saver.save(version -> drafts.saveActivities(a.id(), version, new Answers.Activities(
                activities.getValue(), startDate.getValue(), endDate.getValue())), fields);
        activities.addValueChangeListener(e -> save.run());
        startDate.addValueChangeListener(e -> save.run());
        endDate.addValueChangeListener(e -> save.run());
        var dates = new FlexLayout(startDate, endDate);
        dates.addClassName("cc-filters");
        add(activities, dates);
    }
}
