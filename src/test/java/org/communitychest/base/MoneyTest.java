package org.communitychest.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0          | £0.00",
        "1          | £0.01",
        "99         | £0.99",
        "125000     | £1,250.00",
        "100000000  | £1,000,000.00",
        "123456789  | £1,234,567.89",
        "-2550      | -£25.50"})
    void formatsAsPoundsAndPence(long pence, String text) {
        assertThat(Money.ofPence(pence)).hasToString(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1000000  | £10,000",
        "0        | £0",
        "125050   | £1,250.50",
        "5        | £0.05"})
    void shortFormDropsPenceOnlyWhenThereAreNone(long pence, String text) {
        assertThat(Money.ofPence(pence).toShortString()).isEqualTo(text);
    }

    @Test
    void convertsBetweenPoundsAndPence() {
        assertThat(Money.ofPounds(1250)).isEqualTo(Money.ofPence(125000));
        assertThat(Money.of(new BigDecimal("12.345"))).as("half up").isEqualTo(Money.ofPence(1235));
        assertThat(Money.of(new BigDecimal("12.344"))).isEqualTo(Money.ofPence(1234));
        assertThat(Money.ofPence(1234).toPounds()).isEqualByComparingTo("12.34");
    }

    @Test
    void arithmeticAndComparison() {
        var a = Money.ofPence(1050);
        var b = Money.ofPence(250);
        assertThat(a.plus(b)).isEqualTo(Money.ofPence(1300));
        assertThat(b.minus(a)).isEqualTo(Money.ofPence(-800));
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(a.isGreaterThan(b)).isTrue();
        assertThat(b.isLessThan(a)).isTrue();
        assertThat(a.compareTo(Money.ofPence(1050))).isZero();
        assertThat(Money.ZERO.isNegative()).isFalse();
    }

    @Test
    void overflowIsAnErrorNotAWrongAmount() {
        assertThatThrownBy(() -> Money.ofPence(Long.MAX_VALUE).plus(Money.ofPence(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofPounds(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    }
}
