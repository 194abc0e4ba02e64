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

    /** Bundle keys of what can be wrong with a typed amount. */
    public static final String NOT_AN_AMOUNT = "common.money.not-an-amount";
    public static final String TOO_MANY_DECIMALS = "common.money.too-many-decimals";
    static final BigDecimal LARGEST = new BigDecimal("1000000000");
    public static final String TOO_LARGE = "common.money.too-large";

    public MoneyField(String label) {
        super(label);
        setPrefixComponent(new Span("£"));
    }

    /** What is wrong with the typed amount, in the page's language, or {@code null} when it is an amount (or empty). */
    public String problem() {
        String key = problemKey();
        return key == null ? null : getTranslation(key);
    }

    private String problemKey() {
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
        return value == null || problemKey() != null ? null : Money.of(value);
    }

    public void setMoney(Money money) {
        setValue(money == null ? null : money.toPounds());
    }
}
