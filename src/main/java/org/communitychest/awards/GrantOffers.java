package org.communitychest.awards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.communitychest.applications.AwardedBid;
import org.communitychest.applications.AwardedBids;
import org.communitychest.applications.BudgetLine;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.ConcurrentChangeException;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.security.AccountInfo;
import org.communitychest.security.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's side of an award: grants made from a round's released decision, their terms set, the offers sent,
 * and a grant withdrawn or completed. Only grants of the officer's own partnership.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class GrantOffers {

    static final int LONGEST_TEXT = 4_000;

    private final GrantRepository grants;
    private final AwardedBids awardedBids;
    private final GrantAssembler assembler;
    private final OfferSender sender;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final GrantLetterRepository letters;
    private final FinalReports finalReports;

    GrantOffers(GrantRepository grants, AwardedBids awardedBids, GrantAssembler assembler, OfferSender sender,
            GrantLetterRepository letters, Accounts accounts, AuditLog auditLog, CurrentUser currentUser,
            Clock clock, FinalReports finalReports) {
        this.finalReports = finalReports;
        this.letters = letters;
        this.accounts = accounts;
        this.grants = grants;
        this.awardedBids = awardedBids;
        this.assembler = assembler;
        this.sender = sender;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The partnership's grants among these, by id; another partnership's are left out. */
    @Transactional(readOnly = true)
    public Map<Long, GrantRow> rows(Collection<Long> grantIds) {
        long partnership = currentUser.partnershipId();
        return grants.findAllById(grantIds).stream().filter(g -> g.getPartnershipId() == partnership)
                .collect(Collectors.toMap(Grant::getId, GrantRow::of));
    }

    /** The round's grants by reference: empty until {@link #prepare}. */
    @Transactional(readOnly = true)
    public List<GrantRow> ofRound(long roundId) {
        return grants.findByRoundIdOrderByReferenceAsc(roundId).stream()
                .filter(g -> g.getPartnershipId() == currentUser.partnershipId()).map(GrantRow::of).toList();
    }

    /**
     * Makes a grant, its offer still to send, for each application the round's released decision funded that has
     * none yet: the amount awarded, the application's dates and budget, the default payment schedule. Answers how
     * many were made; none when every one has its grant already.
     */
    @Transactional
    public int prepare(long roundId) {
        var awarded = awardedBids.ofRound(roundId);
        if (awarded.isEmpty()) {
            throw new InvalidInputException("grants", Message.of("staff.awards.prepare.nothing-funded"));
        }
        int made = 0;
        var now = clock.instant();
        Map<Long, String> writers = accounts.describe(awarded.stream().map(AwardedBid::writtenBy).toList()).stream()
                .collect(Collectors.toMap(AccountInfo::id, AccountInfo::email));
        for (var bid : awarded) {
            if (grants.findByApplicationId(bid.application().id()).isPresent()) {
                continue;
            }
            var funded = funded(bid, London.today(clock));
            var terms = funded.terms();
            var language = writers.containsKey(bid.writtenBy())
                    ? accounts.languageFor(writers.get(bid.writtenBy()), Language.ENGLISH) : Language.ENGLISH;
            var grant = grants.save(new Grant(currentUser.partnershipId(), roundId, funded, language,
                    PaymentSchedule.byDefault(terms.amount(), terms.startDate(), terms.endDate()), now));
            auditLog.record(grant.getPartnershipId(), "GRANT_PREPARED", grant.auditSubject(), null,
                    terms.amount().toString()); // not user text: audit detail
            made++;
        }
        return made;
    }

    /**
     * A short form asks for no dates: the project then starts today and ends by the round's latest end date, or a
     * year on, until the officer says otherwise.
     */
    private static Funded funded(AwardedBid bid, LocalDate today) {
        var a = bid.application();
        var start = a.startDate() == null ? today : a.startDate();
        var end = a.endDate() != null ? a.endDate() : a.round().projectEndLimit() != null
                && !a.round().projectEndLimit().isBefore(start) ? a.round().projectEndLimit() : start.plusYears(1);
        var amount = a.decision().awarded();
        var budget = a.budget().stream().filter(BudgetLine::paidByGrant)
                .map(line -> new BudgetItem(line.item(), line.costOrZero())).toList();
        return new Funded(a.id(), a.organisationId(), a.reference(), a.organisationName(),
                a.projectTitle() == null ? a.reference() : a.projectTitle(), a.summary(), a.amountRequested(),
                a.needs().stream().map(NeedCategoryInfo::id).collect(Collectors.toSet()),
                a.areas().stream().map(AreaInfo::id).collect(Collectors.toSet()),
                new Terms(amount, start, end, budget));
    }

    @Transactional(readOnly = true)
    public GrantDetails get(long grantId) {
        return assembler.details(find(grantId));
    }

    /** Sets the terms of an offer not sent yet. Bad input is refused by field and changes nothing. */
    @Transactional
    public GrantDetails saveTerms(long grantId, long expectedVersion, OfferTerms terms) {
        var grant = find(grantId);
        if (grant.getVersion() != expectedVersion) {
            throw new InvalidInputException(ConcurrentChangeException.FIELD, ConcurrentChangeException.MESSAGE);
        }
        if (grant.getStatus() != GrantStatus.PREPARING) {
            throw new InvalidInputException("grant", Message.of("staff.awards.terms.sent-already"));
        }
        Map<String, Message> problems = new LinkedHashMap<>(PaymentSchedule.problems(grant.amount(),
                terms.startDate(), terms.endDate(), terms.schedule(), 0));
        if (terms.conditions() != null && terms.conditions().length() > LONGEST_TEXT) {
            problems.put("conditions", Message.of("awards.text-too-long", LONGEST_TEXT));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems);
        }
        grant.prepare(clean(terms.conditions()), terms.startDate(), terms.endDate(), terms.safeguardingNeeded(),
                terms.schedule(), clock.instant());
        grants.flush();
        return assembler.details(grant);
    }

    /** Sends one offer: its letters are made and kept, the group's members are emailed. Answers the mails queued. */
    @Transactional
    public int send(long grantId) {
        var grant = find(grantId);
        if (grant.getStatus() != GrantStatus.PREPARING) {
            throw new InvalidInputException("grant", Message.of("staff.awards.terms.sent-already"));
        }
        return sender.send(grant);
    }

    /** Sends every offer of the round still being prepared. Answers how many offers went. */
    @Transactional
    public int sendAll(long roundId) {
        var toSend = grants.findByRoundIdOrderByReferenceAsc(roundId).stream()
                .filter(g -> g.getPartnershipId() == currentUser.partnershipId()
                        && g.getStatus() == GrantStatus.PREPARING).toList();
        toSend.forEach(sender::send);
        return toSend.size();
    }

    /** Withdraws the grant, with a reason the group will read. */
    @Transactional
    public void withdraw(long grantId, String reason) {
        var grant = find(grantId);
        String why = clean(reason);
        if (why == null) {
            throw new InvalidInputException("reason", Message.of("staff.awards.withdraw.reason-needed"));
        }
        if (why.length() > LONGEST_TEXT) {
            throw new InvalidInputException("reason", Message.of("awards.text-too-long", LONGEST_TEXT));
        }
        if (!grant.getStatus().canWithdraw()) {
            throw new InvalidInputException("reason", Message.of("staff.awards.withdraw.not-now"));
        }
        String before = grant.getStatus().name();
        grant.withdraw(currentUser.actorName(), why, clock.instant());
        auditLog.record(grant.getPartnershipId(), "GRANT_WITHDRAWN", grant.auditSubject(), before, why);
    }

    /** Marks an active grant as completed once its final report is approved and its instalments are all paid. */
    @Transactional
    public void complete(long grantId) {
        var grant = find(grantId);
        if (grant.getStatus() != GrantStatus.ACTIVE || !grant.allPaid()) {
            throw new InvalidInputException("grant", Message.of("staff.awards.complete.not-yet"));
        }
        if (!finalReports.approved(grantId)) {
            throw new InvalidInputException("grant", Message.of("staff.awards.complete.final-report-first"));
        }
        grant.complete(clock.instant());
        auditLog.record(grant.getPartnershipId(), "GRANT_COMPLETED", grant.auditSubject(), "ACTIVE", "COMPLETED");
    }

    @Transactional(readOnly = true)
    public GrantFile letter(long grantId, long letterId) {
        find(grantId);
        return GrantLetters.read(letters, grantId, letterId);
    }

    Grant find(long grantId) {
        return grants.findById(grantId).filter(g -> g.getPartnershipId() == currentUser.partnershipId())
                .orElseThrow(() -> new RecordNotFoundException("Grant")); // not user text: what was not found
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
