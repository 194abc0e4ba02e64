package org.communitychest.awards;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments as the partnership's finance system made them, recorded by an officer of the partnership: only once the
 * group has accepted and every due diligence document is verified, never more than the grant, never twice.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class GrantPayments {

    static final int LONGEST_REFERENCE = 100;

    private final GrantOffers offers;
    private final GrantAssembler assembler;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final FinalReports finalReports;

    GrantPayments(GrantOffers offers, GrantAssembler assembler, AuditLog auditLog, CurrentUser currentUser,
            Clock clock, FinalReports finalReports) {
        this.finalReports = finalReports;
        this.offers = offers;
        this.assembler = assembler;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records instalment {@code number} (from 1) as paid. Each problem is refused by field; nothing changes. */
    @Transactional
    public GrantDetails record(long grantId, int number, Payment payment) {
        var grant = offers.find(grantId);
        if (!grant.getStatus().isLive()) {
            throw new InvalidInputException("payment", Message.of("staff.awards.pay.not-accepted",
                    grant.getStatus().label()));
        }
        if (!assembler.diligenceOf(grant).stream().allMatch(DiligenceNeed::met)) {
            throw new InvalidInputException("payment", Message.of("staff.awards.pay.diligence-first"));
        }
        var instalments = grant.getInstalments();
        if (number < 1 || number > instalments.size()) {
            throw new InvalidInputException("payment", Message.of("staff.awards.pay.no-such-instalment", number));
        }
        if (instalments.get(number - 1).isPaid()) {
            throw new InvalidInputException("payment", Message.of("staff.awards.pay.paid-already", number));
        }
        if (instalments.get(number - 1).isOnFinalReport() && !finalReports.approved(grantId)) {
            throw new InvalidInputException("payment", Message.of("staff.awards.pay.final-report-first", number));
        }
        Map<String, Message> problems = new LinkedHashMap<>();
        var today = London.today(clock);
        if (payment.paidOn() == null) {
            problems.put("paidOn", Message.of("staff.awards.pay.date-needed"));
        } else if (payment.paidOn().isAfter(today)) {
            problems.put("paidOn", Message.of("staff.awards.pay.date-future"));
        } else if (payment.paidOn().isBefore(London.toLocal(grant.getAnsweredAt()).toLocalDate())) {
            problems.put("paidOn", Message.of("staff.awards.pay.date-before-acceptance"));
        }
        var left = grant.amount().minus(grant.paidSoFar());
        if (payment.amount() == null || payment.amount().pence() <= 0) {
            problems.put("amount", Message.of("staff.awards.pay.amount-needed"));
        } else if (payment.amount().isGreaterThan(left)) {
            problems.put("amount", Message.of("staff.awards.pay.amount-too-much", left.toString(),
                    grant.amount().toString()));
        }
        String reference = GrantOffers.clean(payment.financeReference());
        if (reference == null) {
            problems.put("financeReference", Message.of("staff.awards.pay.reference-needed"));
        } else if (reference.length() > LONGEST_REFERENCE) {
            problems.put("financeReference", Message.of("awards.text-too-long", LONGEST_REFERENCE));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems);
        }
        String before = grant.getStatus().name();
        grant.paid(number, payment.paidOn(), payment.amount(), reference, currentUser.actorName(), clock.instant());
        auditLog.record(grant.getPartnershipId(), "GRANT_PAYMENT_RECORDED", grant.auditSubject(), before,
                "instalment " + number + " " + payment.amount() + " on " + payment.paidOn() + " ref "
                        + reference); // not user text: audit detail
        return assembler.details(grant);
    }
}
