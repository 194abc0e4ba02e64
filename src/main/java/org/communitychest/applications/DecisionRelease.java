package org.communitychest.applications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.AppProperties;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.base.Translations;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.communitychest.organisations.Organisations;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.Rounds;
import org.communitychest.security.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a round for its applicants: the officer releases the panel's decisions, and each eligible
 * application becomes FUNDED, PART_FUNDED or NOT_FUNDED and its group is emailed. Until then applicants see no
 * change. Also what the panel's allocation and feedback read of the round's eligible bids.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class DecisionRelease {

    static final int LONGEST_FEEDBACK = 10_000;

    private final ApplicationRepository applications;
    private final Rounds rounds;
    private final Organisations organisations;
    private final Mailer mailer;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final AppProperties properties;
    private final Translations translations;
    private final Clock clock;

    DecisionRelease(ApplicationRepository applications, Rounds rounds, Organisations organisations, Mailer mailer,
            Accounts accounts, AuditLog auditLog, CurrentUser currentUser, AppProperties properties,
            Translations translations, Clock clock) {
        this.applications = applications;
        this.rounds = rounds;
        this.organisations = organisations;
        this.mailer = mailer;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.properties = properties;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * The round's eligible applications, by reference, with what the allocation and the feedback need: the same
     * statements for 500 applications as for 5.
     */
    @Transactional(readOnly = true)
    public List<EligibleBid> eligibleBids(long roundId) {
        var round = rounds.get(roundId);
        long partnershipId = currentUser.partnershipId();
        var rows = applications.bidsOf(partnershipId, roundId, ApplicationStatus.ELIGIBLE);
        if (rows.isEmpty()) {
            return List.of();
        }
        var needs = byApplication(applications.needsOfRound(partnershipId, roundId, ApplicationStatus.ELIGIBLE));
        var areas = byApplication(applications.areasOfRound(partnershipId, roundId, ApplicationStatus.ELIGIBLE));
        var bands = organisations.incomeBandsForApplications(
                rows.stream().map(BidRow::organisationId).collect(Collectors.toSet()));
        return rows.stream().map(row -> {
            Set<Long> needIds = needs.getOrDefault(row.id(), Set.of());
            Set<Long> areaIds = areas.getOrDefault(row.id(), Set.of());
            return new EligibleBid(row.id(), row.reference(), row.organisationId(), row.organisationName(),
                    bands.get(row.organisationId()), row.projectTitle(),
                    Money.ofPence(row.amountRequestedPence()), needIds, areaIds,
                    GapAlignment.of(round.priorities(), needIds, areaIds, row.referralCapacity()));
        }).toList();
    }

    /**
     * Releases the round's decisions, one for every eligible application, in one go: each application takes its
     * outcome, award and feedback, an audit entry is written and its group's members are emailed in their own
     * language. Any problem refuses the whole release, each in a message by application ({@code application-ID})
     * or for the round ({@code decisions}), and nothing changes. Releasing again changes nothing and says so: a
     * decision already released stays as it was, feedback included, and one that differs from it is refused.
     */
    @Transactional
    public DecisionsReleased release(long roundId, List<BidDecision> decisions) {
        var round = rounds.get(roundId);
        Map<Long, Application> ofRound = applications
                .findByPartnershipIdAndRoundIdAndSubmittedAtIsNotNullOrderByReferenceAsc(currentUser.partnershipId(),
                        roundId).stream().collect(Collectors.toMap(Application::getId, Function.identity()));
        Map<String, Message> errors = new LinkedHashMap<>();
        var toRelease = new ArrayList<Application>();
        Map<Long, BidDecision> byApplication = new HashMap<>();
        int releasedBefore = 0;
        for (var decision : decisions) {
            String field = "application-" + decision.applicationId();
            var application = ofRound.get(decision.applicationId());
            if (application == null) {
                errors.put(field, Message.of("staff.apply.decisions.not-in-round", decision.applicationId(),
                        round.title()));
            } else if (byApplication.putIfAbsent(decision.applicationId(), decision) != null) {
                errors.put(field, Message.of("staff.apply.decisions.twice", application.getReference()));
            } else if (application.getStatus().isDecided()) {
                if (sameAsReleased(application, decision)) {
                    releasedBefore++;
                } else {
                    errors.put(field, Message.of("staff.apply.decisions.released-otherwise",
                            application.getReference(), application.getStatus().inSentence()));
                }
            } else if (application.getStatus() != ApplicationStatus.ELIGIBLE) {
                errors.put(field, Message.of("staff.apply.decisions.not-eligible", application.getReference(),
                        application.getStatus().inSentence()));
            } else {
                problem(application, decision).ifPresentOrElse(problem -> errors.put(field, problem),
                        () -> toRelease.add(application));
            }
        }
        var undecided = ofRound.values().stream()
                .filter(a -> a.getStatus() == ApplicationStatus.ELIGIBLE && !byApplication.containsKey(a.getId()))
                .map(Application::getReference).sorted().toList();
        if (!undecided.isEmpty()) {
            errors.put("decisions", Message.of("staff.apply.decisions.undecided", undecided.size(),
                    String.join(", ", undecided)));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        var now = clock.instant();
        int mails = 0;
        for (var application : toRelease) {
            var decision = byApplication.get(application.getId());
            String feedback = clean(decision.feedback());
            application.decide(decision.outcome(), decision.awarded(), feedback, now);
            auditLog.record(application.getPartnershipId(), "APPLICATION_DECISION_RELEASED",
                    application.auditSubject(), ApplicationStatus.ELIGIBLE.name(),
                    decision.outcome().name() + " " + decision.awarded()
                            + (feedback == null ? "" : "\n" + feedback)); // not user text: audit trail
            mails += tellTheGroup(application, round);
        }
        applications.flush();
        return new DecisionsReleased(toRelease.size(), releasedBefore, mails);
    }

    /** Why the decision does not fit the application, if it does not. */
    private static Optional<Message> problem(Application application, BidDecision decision) {
        var outcome = decision.outcome();
        String reference = application.getReference();
        if (outcome == null || !outcome.isDecided()) {
            return Optional.of(Message.of("staff.apply.decisions.no-outcome", reference));
        }
        if (!Application.fits(outcome, decision.awarded(), application.amountRequested())) {
            String requested = application.amountRequested().toString();
            return Optional.of(switch (outcome) {
                case FUNDED -> Message.of("staff.apply.decisions.funded-in-full", reference, requested);
                case PART_FUNDED -> Message.of("staff.apply.decisions.part-of-request", reference, requested);
                default -> Message.of("staff.apply.decisions.nothing-awarded", reference);
            });
        }
        String feedback = clean(decision.feedback());
        if (outcome != ApplicationStatus.FUNDED && feedback == null) {
            return Optional.of(Message.of("staff.apply.decisions.feedback-needed", reference));
        }
        if (feedback != null && feedback.length() > LONGEST_FEEDBACK) {
            return Optional.of(Message.of("staff.apply.decisions.feedback-too-long", reference,
                    LONGEST_FEEDBACK, feedback.length()));
        }
        return Optional.empty();
    }

    private static boolean sameAsReleased(Application application, BidDecision decision) {
        return application.getStatus() == decision.outcome()
                && application.decision().map(d -> d.awarded().equals(decision.awarded())).orElse(false);
    }

    /** Emails each member of the group in their own language; answers how many mails were queued. */
    private int tellTheGroup(Application application, RoundDetails round) {
        var decision = application.decision().orElseThrow();
        String template = switch (decision.outcome()) {
            case FUNDED -> "application-funded";
            case PART_FUNDED -> "application-part-funded";
            default -> "application-not-funded";
        };
        int queued = 0;
        for (String email : organisations.contactEmails(application.getOrganisationId())) {
            Language language = accounts.languageFor(email, Language.ENGLISH);
            mailer.queue(OutgoingMail.of(template, email, language, application.getPartnershipId())
                    .with("organisation", application.getOrganisationName())
                    .with("reference", application.getReference())
                    .with("title", translations.text(language,
                            ApplicationDetails.displayTitle(application.getProjectTitle())))
                    .with("round", round.title())
                    .with("partnership", round.partnershipName())
                    .with("awarded", decision.awarded().toString())
                    .with("requested", decision.requested().toString())
                    .with("feedback", decision.hasFeedback() ? decision.feedback() : "")
                    .with("link", properties.link("applications/" + application.getId())));
            queued++;
        }
        return queued;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** (application id, other id) pairs as each application's set of other ids. */
    static Map<Long, Set<Long>> byApplication(List<Object[]> pairs) {
        Map<Long, Set<Long>> byApplication = new HashMap<>();
        pairs.forEach(pair -> byApplication.computeIfAbsent((Long) pair[0], id -> new HashSet<>()).add((Long) pair[1]));
        return byApplication;
    }
}
