package org.communitychest.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitychest.base.Money;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;

/**
 * A grant whole, as the officer and the group's members see it: its terms and schedule, what happened to it, the
 * letters kept, what due diligence still needs, its history of versions and the variations asked for.
 */
public record GrantDetails(long id, long partnershipId, long version, String reference, GrantStatus status, long roundId,
        String roundTitle, long applicationId, long organisationId, String organisationName, String projectTitle,
        String summary, Money requested, Money amount, String conditions, LocalDate startDate, LocalDate endDate,
        boolean safeguardingNeeded, List<BudgetItem> budget, List<PaymentLine> payments, List<NeedCategoryInfo> needs,
        List<AreaInfo> areas, Instant offeredAt, String offeredBy, Instant answeredAt, String signerName,
        String signerRole, String declineReason, Instant withdrawnAt, String withdrawReason, Instant completedAt,
        List<LetterInfo> letters, List<DiligenceNeed> diligence, List<TermsVersion> versions,
        List<VariationInfo> variations) {

    public Money paidSoFar() {
        return payments.stream().filter(PaymentLine::isPaid).map(PaymentLine::paid).reduce(Money.ZERO, Money::plus);
    }

    public boolean partAward() {
        return amount.isLessThan(requested);
    }

    /** Every document due diligence asks for is verified: the first payment may be made. */
    public boolean diligenceDone() {
        return diligence.stream().allMatch(DiligenceNeed::met);
    }

    /** Paid only once accepted and checked, and only while there is an instalment left to pay. */
    public boolean canPay() {
        return status.isLive() && diligenceDone() && payments.stream().anyMatch(p -> !p.isPaid());
    }

    public boolean hasOpenVariation() {
        return variations.stream().anyMatch(VariationInfo::open);
    }

    /** The reporting dates the letter gives: a midpoint report for grants over six months, a final one after. */
    public List<LocalDate> reportDates() {
        return ReportDates.of(startDate, endDate);
    }

    public Terms terms() {
        return new Terms(amount, startDate, endDate, budget);
    }
}
