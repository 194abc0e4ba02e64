package org.communitychest.awards.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;
import org.communitychest.awards.PaymentLine;
import org.communitychest.base.London;

/** The payment schedule in words, one line per instalment: when it falls due and, once paid, when and how much. */
class PaymentTable extends OrderedList {

    PaymentTable(List<PaymentLine> payments) {
        for (var p : payments) {
            String due = p.onFinalReport()
                    ? getTranslation("awards.payments.on-report", p.amount().toString(), London.format(p.dueDate()))
                    : getTranslation("awards.payments.from", p.amount().toString(), London.format(p.dueDate()));
            String paid = p.isPaid() ? " " + getTranslation("awards.payments.paid", London.format(p.paidOn()),
                    p.paid().toString(), p.financeReference()) : " " + getTranslation("awards.payments.not-paid");
            add(new ListItem(due + paid));
        }
        addClassName("cc-payments");
    }
}
