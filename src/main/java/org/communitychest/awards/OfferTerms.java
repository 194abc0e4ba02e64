package org.communitychest.awards;

import java.time.LocalDate;
import java.util.List;

/** What the officer sets before sending an offer: extra conditions, the dates, safeguarding and the schedule. */
public record OfferTerms(String conditions, LocalDate startDate, LocalDate endDate, boolean safeguardingNeeded,
        List<PlannedPayment> schedule) {
}
