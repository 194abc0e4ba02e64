package org.communitychest.awards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.base.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a grant's terms: a member of the group asks, with a reason, for new dates, budget lines or (rarely) a
 * new amount; an officer approves or refuses. An approval becomes the grant's next version; its unpaid instalments
 * take up any change in the amount.
 */
@Service
public class Variations {

    private final GrantRepository grants;
    private final VariationRepository variations;
    private final GrantVersionRepository versions;
    private final MyGrants myGrants;
    private final GrantOffers offers;
    private final GrantAssembler assembler;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Variations(GrantRepository grants, VariationRepository variations, GrantVersionRepository versions,
            MyGrants myGrants, GrantOffers offers, GrantAssembler assembler, AuditLog auditLog,
            CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.grants = grants;
        this.variations = variations;
        this.versions = versions;
        this.myGrants = myGrants;
        this.offers = offers;
        this.assembler = assembler;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Asks for the grant's terms to become these. Refused by field, changing nothing, when they do not add up. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public GrantDetails request(long grantId, Terms terms, String reason) {
        var grant = myGrants.find(grantId);
        if (!grant.getStatus().isLive()) {
            throw new InvalidInputException("variation", Message.of("awards.variation.not-now",
                    grant.getStatus().label()));
        }
        if (variations.existsByGrantIdAndStatus(grantId, VariationStatus.REQUESTED)) {
            throw new InvalidInputException("variation", Message.of("awards.variation.one-at-a-time"));
        }
        Map<String, Message> problems = problems(grant, terms);
        String why = GrantOffers.clean(reason);
        if (why == null) {
            problems.put("reason", Message.of("awards.variation.reason-needed"));
        } else if (why.length() > GrantOffers.LONGEST_TEXT) {
            problems.put("reason", Message.of("awards.text-too-long", GrantOffers.LONGEST_TEXT));
        }
        if (problems.isEmpty() && grant.terms().equals(terms)) {
            problems.put("variation", Message.of("awards.variation.nothing-changed"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems);
        }
        var variation = variations.save(new Variation(grantId, terms, why, currentUser.require().id(),
                clock.instant()));
        auditLog.record(grant.getPartnershipId(), "GRANT_VARIATION_REQUESTED", grant.auditSubject(),
                describe(grant.terms()), describe(terms) + "\n" + why);
        return assembler.details(grants.findById(variation.getGrantId()).orElseThrow());
    }

    private static Map<String, Message> problems(Grant grant, Terms terms) {
        Map<String, Message> problems = new LinkedHashMap<>();
        if (terms.startDate() == null) {
            problems.put("startDate", Message.of("awards.terms.start-needed"));
        }
        if (terms.endDate() == null) {
            problems.put("endDate", Message.of("awards.terms.end-needed"));
        } else if (terms.startDate() != null && terms.endDate().isBefore(terms.startDate())) {
            problems.put("endDate", Message.of("awards.terms.end-before-start"));
        }
        var paid = grant.paidSoFar();
        if (terms.amount() == null || terms.amount().pence() <= 0) {
            problems.put("amount", Message.of("awards.variation.amount-needed"));
        } else if (terms.amount().isLessThan(paid)) {
            problems.put("amount", Message.of("awards.variation.below-paid", paid.toString()));
        }
        if (terms.budget().isEmpty()) {
            problems.put("budget", Message.of("awards.variation.budget-needed"));
        }
        for (int i = 0; i < terms.budget().size(); i++) {
            var line = terms.budget().get(i);
            if (line.item() == null || line.item().isBlank()) {
                problems.put("budget-" + (i + 1), Message.of("awards.variation.item-needed"));
            } else if (line.item().length() > 200) {
                problems.put("budget-" + (i + 1), Message.of("awards.text-too-long", 200));
            } else if (line.cost() == null || line.cost().pence() <= 0) {
                problems.put("budget-" + (i + 1), Message.of("awards.variation.cost-needed"));
            }
        }
        return problems;
    }

    /** Approves the variation: the grant takes its terms as a new version. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public GrantDetails approve(long variationId, String answer) {
        var variation = open(variationId);
        var grant = offers.find(variation.getGrantId());
        var terms = variation.terms();
        var problems = problems(grant, terms);
        if (!grant.getStatus().isLive() || !problems.isEmpty()) {
            throw new InvalidInputException("answer", Message.of("staff.awards.variation.no-longer-fits"));
        }
        String note = GrantOffers.clean(answer);
        var now = clock.instant();
        String before = describe(grant.terms());
        boolean datesMoved = !terms.startDate().equals(grant.getStartDate()) || !terms.endDate().equals(grant.getEndDate());
        grant.vary(terms.amount(), terms.startDate(), terms.endDate(), terms.budget(), unpaid(grant, terms), now);
        variation.answer(VariationStatus.APPROVED, currentUser.actorName(), note, now);
        int number = versions.findByGrantIdOrderByNumberAsc(grant.getId()).stream()
                .mapToInt(GrantVersion::getNumber).max().orElse(0) + 1;
        versions.save(new GrantVersion(grant.getId(), number, now, currentUser.actorName(), terms,
                variation.getReason()));
        auditLog.record(grant.getPartnershipId(), "GRANT_VARIATION_APPROVED", grant.auditSubject(), before,
                describe(terms));
        if (datesMoved) {
            events.publishEvent(new GrantDatesChanged(grant.getId(), terms.startDate(), terms.endDate()));
        }
        return assembler.details(grant);
    }

    /** Refuses the variation, with a reason the group will read. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public GrantDetails refuse(long variationId, String answer) {
        var variation = open(variationId);
        var grant = offers.find(variation.getGrantId());
        String note = GrantOffers.clean(answer);
        if (note == null) {
            throw new InvalidInputException("answer", Message.of("staff.awards.variation.refusal-reason"));
        }
        if (note.length() > GrantOffers.LONGEST_TEXT) {
            throw new InvalidInputException("answer", Message.of("awards.text-too-long", GrantOffers.LONGEST_TEXT));
        }
        variation.answer(VariationStatus.REFUSED, currentUser.actorName(), note, clock.instant());
        auditLog.record(grant.getPartnershipId(), "GRANT_VARIATION_REFUSED", grant.auditSubject(), null, note);
        return assembler.details(grant);
    }

    private Variation open(long variationId) {
        var variation = variations.findById(variationId)
                .orElseThrow(() -> new RecordNotFoundException("Variation")); // not user text: what was not found
        if (variation.getStatus() != VariationStatus.REQUESTED) {
            throw new InvalidInputException("answer", Message.of("staff.awards.variation.answered-already"));
        }
        return variation;
    }

    /**
     * The unpaid instalments under the new terms: their dates stay (the one waiting for the final report moves with
     * the end), and the last one takes up the change in the amount; if that would leave it at nothing or less, what
     * is left to pay becomes one instalment at the first unpaid date.
     */
    private List<PlannedPayment> unpaid(Grant grant, Terms terms) {
        var left = terms.amount().minus(grant.paidSoFar());
        var unpaid = grant.getInstalments().stream().filter(i -> !i.isPaid()).map(i -> {
            var line = i.toLine(0);
            return new PlannedPayment(line.amount(), line.onFinalReport()
                    ? PaymentSchedule.finalReportDue(terms.endDate()) : line.dueDate(), line.onFinalReport());
        }).toList();
        if (left.pence() == 0) {
            return List.of();
        }
        if (unpaid.isEmpty()) {
            return List.of(new PlannedPayment(left, London.today(clock), false));
        }
        var planned = unpaid.stream().map(PlannedPayment::amount).reduce(Money.ZERO, Money::plus);
        var last = unpaid.getLast();
        var lastAmount = last.amount().plus(left.minus(planned));
        if (lastAmount.pence() <= 0) {
            LocalDate first = unpaid.getFirst().dueDate();
            return List.of(new PlannedPayment(left, first, unpaid.getFirst().onFinalReport()));
        }
        var result = new ArrayList<>(unpaid.subList(0, unpaid.size() - 1));
        result.add(new PlannedPayment(lastAmount, last.dueDate(), last.onFinalReport()));
        return result;
    }

    private static String describe(Terms terms) {
        return terms.amount() + " " + terms.startDate() + " to " + terms.endDate() + "\n"
                + BudgetText.write(terms.budget()); // not user text: audit detail
    }
}
