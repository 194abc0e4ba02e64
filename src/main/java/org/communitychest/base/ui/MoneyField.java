package org.communitychest.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import org.communitychest.base.Money;

/** An amount in pounds, typed as 1250 or 1250.50, held as {@link Money}. */
public class MoneyField extends BigDecimalField {

    public MoneyField(String label) {
        super(label);
        setPrefixComponent(new Span("£"));
    }

    /** The amount, or {@code null} when empty. Pence beyond two places are rounded. */
    public Money getMoney() {
        BigDecimal value = getValue();
        return value == null ? null : Money.of(value);
    }

    public void setMoney(Money money) {
        setValue(money == null ? null : money.toPounds());
    }
}
