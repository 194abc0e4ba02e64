package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.communitychest.base.ui.DraftSaver;
import org.communitychest.base.ui.MoneyField;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportDetails;
import org.communitychest.monitoring.ReportForm;

/** What was spent: on the full form against each budget line; on both, the group's word it went as agreed. */
class SpendPart extends VerticalLayout {

    final List<MoneyField> spent = new ArrayList<>();
    final Checkbox confirmed = new Checkbox();

    SpendPart(ReportDetails report, MyReports reports, DraftSaver saver) {
        setPadding(false);
        boolean full = report.form() == ReportForm.FULL;
        var fields = new LinkedHashMap<String, HasValidation>();
        Runnable save = () -> saver.save(v -> reports.saveSpend(report.id(), v,
                spent.stream().map(MoneyField::getMoney).toList(), confirmed.getValue()), fields);
        if (full) {
            add(new Paragraph(getTranslation("monitoring.spend.intro")));
            var lines = report.content().spend();
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i);
                var field = new MoneyField(getTranslation("monitoring.spend.line", line.item(),
                        line.budget().toString()));
                field.setWidthFull();
                if (line.spent() != null) {
                    field.setValue(new BigDecimal(line.spent().pence()).movePointLeft(2));
                }
                field.addValueChangeListener(e -> {
                    if (!field.check()) {
                        saver.refusedOnThePage(field);
                        return;
                    }
                    save.run();
                });
                spent.add(field);
                fields.put(MyReports.spendField(i), field);
                add(field);
            }
        }
        confirmed.setLabel(getTranslation(full ? "monitoring.spend.confirm-full" : "monitoring.spend.confirm-short",
                report.grant().amount().toString()));
        confirmed.setValue(report.content().spendConfirmed());
        confirmed.addValueChangeListener(e -> save.run());
        fields.put("spendConfirmed", confirmed);
        add(confirmed);
    }
}
