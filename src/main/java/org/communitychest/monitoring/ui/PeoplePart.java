package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.base.ui.DraftSaver;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.AgeBand;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportDetails;

/** The optional count of participants by age band: wide bands, never a person's own details. */
class PeoplePart extends VerticalLayout {

    final Map<AgeBand, IntegerField> byAge = new EnumMap<>(AgeBand.class);

    PeoplePart(ReportDetails report, MyReports reports, DraftSaver saver) {
        setPadding(false);
        add(new Paragraph(getTranslation("monitoring.people.intro")));
        var fields = new LinkedHashMap<String, HasValidation>();
        Runnable save = () -> saver.save(v -> reports.saveAges(report.id(), v, values()), fields);
        for (var band : AgeBand.values()) {
            var field = CountField.of(Texts.of(band.label()), report.content().ages().get(band), saver, save);
            byAge.put(band, field);
            fields.put(MyReports.ageField(band), field);
            add(field);
        }
    }

    private Map<AgeBand, Integer> values() {
        var values = new EnumMap<AgeBand, Integer>(AgeBand.class);
        byAge.forEach((band, field) -> values.put(band, field.getValue()));
        return values;
    }
}
