package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.base.ui.DraftSaver;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportDetails;

/** How many people social prescribers referred to the project, for each need the grant was aimed at. */
class ReferralsPart extends VerticalLayout {

    final Map<Long, IntegerField> byNeed = new LinkedHashMap<>();

    ReferralsPart(ReportDetails report, MyReports reports, DraftSaver saver) {
        setPadding(false);
        add(new Paragraph(getTranslation("monitoring.referrals.intro")));
        var fields = new LinkedHashMap<String, HasValidation>();
        Runnable save = () -> saver.save(v -> reports.saveReferrals(report.id(), v, values()), fields);
        for (var need : report.grant().needs()) {
            var field = CountField.of(Texts.of(need.name()), report.content().referralsByNeed().get(need.id()),
                    saver, save);
            byNeed.put(need.id(), field);
            fields.put(MyReports.referralField(need.id()), field);
            add(field);
        }
    }

    private Map<Long, Integer> values() {
        var values = new java.util.HashMap<Long, Integer>();
        byNeed.forEach((need, field) -> values.put(need, field.getValue()));
        return values;
    }
}
