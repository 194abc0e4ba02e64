package org.communitychest.awards.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.awards.PaymentLine;
import org.communitychest.awards.PlannedPayment;
import org.communitychest.base.ui.DatePickers;
import org.communitychest.base.ui.MoneyField;

/** The payment schedule of an offer being prepared: one row per instalment, added and removed by the officer. */
class ScheduleEditor extends Div {

    /** One instalment's fields. */
    static final class Row extends Div {

        final MoneyField amount;
        final DatePicker due;
        final Checkbox onFinalReport;
        final Button remove;

        Row(ScheduleEditor editor, int number) {
            amount = new MoneyField(editor.getTranslation("staff.awards.schedule.amount", number));
            due = DatePickers.date(editor.getTranslation("staff.awards.schedule.due", number));
            onFinalReport = new Checkbox(editor.getTranslation("staff.awards.schedule.on-final-report"));
            remove = new Button(editor.getTranslation("staff.awards.schedule.remove", number));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.addClickListener(e -> editor.remove(this));
            add(amount, due, onFinalReport, remove);
            addClassName("cc-schedule-row");
        }
    }

    final Button addInstalment = new Button();
    final Div rows = new Div();
    private final List<Row> shown = new ArrayList<>();

    ScheduleEditor() {
        addInstalment.setText(getTranslation("staff.awards.schedule.add"));
        addInstalment.addClickListener(e -> addRow(null));
        add(new H3(getTranslation("staff.awards.schedule.title")), rows, addInstalment);
    }

    void setSchedule(List<PaymentLine> payments) {
        show(payments.stream().map(p -> new PlannedPayment(p.amount(), p.dueDate(), p.onFinalReport())).toList());
    }

    private void show(List<PlannedPayment> schedule) {
        shown.clear();
        rows.removeAll();
        schedule.forEach(this::addRow);
    }

    private void addRow(PlannedPayment payment) {
        var row = new Row(this, shown.size() + 1);
        if (payment != null) {
            row.amount.setMoney(payment.amount());
            row.due.setValue(payment.dueDate());
            row.onFinalReport.setValue(payment.onFinalReport());
        }
        shown.add(row);
        rows.add(row);
    }

    private void remove(Row row) {
        var kept = schedule();
        kept.remove(shown.indexOf(row));
        show(kept);
    }

    List<Row> rows() {
        return List.copyOf(shown);
    }

    /** False, with the problem beside the field, when an amount typed is not an amount. */
    boolean check() {
        return shown.stream().allMatch(r -> r.amount.check());
    }

    List<PlannedPayment> schedule() {
        var schedule = new ArrayList<PlannedPayment>();
        shown.forEach(r -> schedule.add(new PlannedPayment(r.amount.getMoney(), r.due.getValue(),
                r.onFinalReport.getValue())));
        return schedule;
    }

    /** The fields a service's errors name: {@code payment-N} is the Nth row's amount. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            fields.put("payment-" + (i + 1), shown.get(i).amount);
        }
        return fields;
    }
}
