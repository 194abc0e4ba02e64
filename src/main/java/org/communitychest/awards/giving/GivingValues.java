package org.communitychest.awards.giving;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.communitychest.base.Money;

/** Values written the same way in the JSON and the CSV export. */
final class GivingValues {

    static final String CURRENCY = "GBP";

    private GivingValues() {
    }

    /** Pounds as a plain number without trailing zeros: {@code 1500}, {@code 1234.5}, never {@code 1.5E+3}. */
    static String pounds(Money amount) {
        return amount.toPounds().stripTrailingZeros().toPlainString();
    }

    /** A full date-time in UTC to the second, such as {@code 2026-11-30T10:15:00Z}. */
    static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The standard's {@code Yes} or {@code No}, which is how it writes whether a grant came from an open call. */
    static String yesNo(boolean value) {
        return value ? "Yes" : "No"; // not user text: 360Giving code
    }
}
