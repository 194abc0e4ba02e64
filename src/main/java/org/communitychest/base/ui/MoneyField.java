package org.communitychest.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import org.communitychest.base.Money;

/**
 * An amount in pounds, typed as 1250 or 1250.50, held as {@link Money}. An amount that is not one (text, a third
 * decimal place, more than the portal can hold) is refused beside the field by {@link #check()}, never rounded.
 */
public class MoneyField extends BigDecimalField {

    public static final String NOT_AN_AMOUNT = "Enter an amount in pounds, for example 250 or 249.99";
    public static final String TOO_MANY_DECIMALS = "Enter pence: at most two decimal places, for example 12.35";
    static final BigDecimal LARGEST = new BigDecimal("1000000000");
    public static final String TOO_LARGE = "Enter an amount under £1,000,000,000";

    public MoneyField(String label) {
        super(label);
        setPrefixComponent(new Span("£"));
    }

    /** What is wrong with the typed amount, or {@code null} when it is an amount (or empty). */
    public String problem() {
        if (getDefaultValidator().apply(getValue(), null).isError()) {
            return NOT_AN_AMOUNT;
        }
        BigDecimal value = getValue();
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return TOO_MANY_DECIMALS;
        }
        if (value.abs().compareTo(LARGEST) >= 0) {
            return TOO_LARGE;
        }
        return null;
    }

    /** Shows the problem with the typed amount beside the field; true when there is none. */
    public boolean check() {
        String problem = problem();
        if (problem != null) {
            setErrorMessage(problem);
            setInvalid(true);
        }
        return problem == null;
    }

    /** The amount, or {@code null} when empty or not an amount ({@link #check()} says why). */
    public Money getMoney() {
        BigDecimal value = getValue();
        return value == null || problem() != null ? null : Money.of(value);
    }

    public void setMoney(Money money) {
        setValue(money == null ? null : money.toPounds());
    }
}
