package org.communitychest.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** An amount of sterling held as whole pence. */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final Locale UK = Locale.UK;

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    public static Money ofPounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100L));
    }

    public static Money of(BigDecimal pounds) {
        return new Money(pounds.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact());
    }

    public BigDecimal toPounds() {
        return BigDecimal.valueOf(pence, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public boolean isGreaterThan(Money other) {
        return pence > other.pence;
    }

    public boolean isLessThan(Money other) {
        return pence < other.pence;
    }

    public boolean isNegative() {
        return pence < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    /** Formats as {@code £1,250.00}. */
    @Override
    public String toString() {
        NumberFormat format = NumberFormat.getCurrencyInstance(UK);
        return format.format(toPounds());
    }

    /** Formats whole pounds without pence, as {@code £10,000}, and keeps pence where there are any. */
    public String toShortString() {
        if (pence % 100 != 0) {
            return toString();
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(UK);
        format.setMaximumFractionDigits(0);
        return format.format(toPounds());
    }
}
