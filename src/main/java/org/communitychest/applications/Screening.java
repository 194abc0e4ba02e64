package org.communitychest.applications;

import org.communitychest.rounds.RoundDetails;
import org.communitychest.audit.AuditSubject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.AppProperties;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.SpreadsheetText;
import org.communitychest.base.Translations;
import org.communitychest.security.Accounts;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.communitychest.organisations.Organisations;
import org.communitychest.rounds.PriorityGap;
import org.communitychest.rounds.Rounds;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An officer's work on a round's submitted applications: list, read, screen eligibility, ask questions. */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class Screening {

    private static final int EXPORT_PAGE = 500;
    /** Headers as a person reads them in a spreadsheet, saying the units: pounds, and London time. */
    private static final List<String> CSV_HEADER = List.of("reference", "group", "project", "status", "form",
            "requested", "submitted", "awarded");

    private final ApplicationRepository applications;
    private final InformationRequestRepository informationRequests;
    private final ApplicationAssembler assembler;
    private final DocumentStore documentStore;
    private final ApplicationPdf pdf;
    private final Rounds rounds;
    private final Organisations organisations;
    private final Mailer mailer;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final AppProperties properties;
    private final Translations translations;
    private final Clock clock;

    Screening(ApplicationRepository applications, InformationRequestRepository informationRequests,
            ApplicationAssembler assembler, DocumentStore documentStore, ApplicationPdf pdf, Rounds rounds,
            Organisations organisations, Mailer mailer, AuditLog auditLog, CurrentUser currentUser,
            AppProperties properties, Accounts accounts, Translations translations, Clock clock) {
        this.applications = applications;
        this.informationRequests = informationRequests;
        this.assembler = assembler;
        this.documentStore = documentStore;
        this.pdf = pdf;
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
     * One page of the round's applications (submitted or later); drafts stay private to their group. Checks the
     * round is the officer's without reading it, so that paging costs two statements.
     */
    @Transactional(readOnly = true)
    public Slice<ApplicationRow> applications(long roundId, ApplicationFilter filter, Pageable pageable) {
        rounds.requireMine(roundId);
        return applications.search(currentUser.partnershipId(), roundId, filter, pageable);
    }

    /**
     * Each listed application's alignment with the round's priority gaps (from {@link #applications}), by
     * application id: two statements for a page, whatever its length.
     */
    @Transactional(readOnly = true)
    public Map<Long, GapAlignment> gapAlignments(List<PriorityGap> priorities, List<ApplicationRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        long partnershipId = currentUser.partnershipId();
        var ids = rows.stream().map(ApplicationRow::id).toList();
        Map<Long, Set<Long>> needs = priorities.isEmpty() ? Map.of()
                : byApplication(applications.needsOf(partnershipId, ids));
        Map<Long, Set<Long>> areas = priorities.isEmpty() ? Map.of()
                : byApplication(applications.areasOf(partnershipId, ids));
        Map<Long, GapAlignment> alignments = new HashMap<>();
        for (var row : rows) {
            alignments.put(row.id(), GapAlignment.of(priorities, needs.getOrDefault(row.id(), Set.of()),
                    areas.getOrDefault(row.id(), Set.of()), row.referralCapacity()));
        }
        return alignments;
    }

    /** (application id, other id) pairs as each application's set of other ids. */
    private static Map<Long, Set<Long>> byApplication(List<Object[]> pairs) {
        Map<Long, Set<Long>> byApplication = new HashMap<>();
        pairs.forEach(pair -> byApplication.computeIfAbsent((Long) pair[0], id -> new HashSet<>()).add((Long) pair[1]));
        return byApplication;
    }

    @Transactional(readOnly = true)
    public long count(long roundId, ApplicationFilter filter) {
        rounds.requireMine(roundId);
        return applications.count(currentUser.partnershipId(), roundId, filter);
    }

    /** The latest answers from groups whose applications still wait for screening (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<AnsweredQuestion> answersAwaitingScreening(int limit) {
        return informationRequests.answeredAwaitingScreening(currentUser.partnershipId(), PageRequest.of(0, limit));
    }

    /** How many submitted applications wait for screening, by round id, in one query for all the rounds. */
    @Transactional(readOnly = true)
    public Map<Long, Long> waitingForScreening() {
        return applications.countByRound(currentUser.partnershipId(), ApplicationStatus.SUBMITTED).stream()
                .collect(Collectors.toMap(ApplicationRepository.RoundCount::getRoundId,
                        ApplicationRepository.RoundCount::getWaiting));
    }

    @Transactional(readOnly = true)
    public ApplicationDetails get(long id) {
        return assembler.details(staffVisible(id));
    }

    @Transactional
    public DocumentFile download(long applicationId, long documentId) {
        var application = staffVisible(applicationId);
        var file = documentStore.file(applicationId, documentId);
        auditLog.record(application.getPartnershipId(), "DOCUMENT_DOWNLOADED", application.auditSubject(), null,
                file.fileName());
        return file;
    }

    /** Writes the filtered applications as CSV, a page at a time. */
    @Transactional
    public void exportCsv(long roundId, ApplicationFilter filter, Writer out) {
        var round = rounds.get(roundId);
        long partnershipId = currentUser.partnershipId();
        auditLog.record(partnershipId, "APPLICATIONS_EXPORTED", roundSubject(round), null, "CSV");
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.stream()
                .map(column -> translations.text(Language.ENGLISH, "staff.apply.csv." + column))
                .toArray(String[]::new)).get())) {
            Slice<ApplicationRow> page = applications.search(partnershipId, roundId, filter,
                    PageRequest.of(0, EXPORT_PAGE));
            while (true) {
                for (var row : page) {
                    printer.printRecord(row.reference(), SpreadsheetText.safe(row.organisationName()),
                            SpreadsheetText.safe(row.projectTitle()),
                            translations.text(Language.ENGLISH, row.status().label()),
                            row.formType() == FormType.SHORT ? "short" : "full",
                            row.amountRequested().toPounds().toPlainString(),
                            London.sortable(row.submittedAt()),
                            row.amountAwarded() == null ? "" : row.amountAwarded().toPounds().toPlainString());
                }
                if (!page.hasNext()) {
                    break;
                }
                page = applications.search(partnershipId, roundId, filter, page.nextPageable());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One submitted application of the round as a PDF. */
    @Transactional
    public byte[] pdf(long applicationId) {
        var application = staffVisible(applicationId);
        auditLog.record(application.getPartnershipId(), "APPLICATION_PDF_DOWNLOADED", application.auditSubject(),
                null, null);
        return pdf.render(assembler.details(application));
    }

    /** Every submitted application of the round in one PDF, by reference. */
    @Transactional
    public byte[] pdfPack(long roundId) {
        var round = rounds.get(roundId);
        auditLog.record(round.partnershipId(), "APPLICATIONS_EXPORTED", roundSubject(round), null,
                "PDF pack"); // not user text: audit trail
        var statuses = EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE,
                ApplicationStatus.INELIGIBLE, ApplicationStatus.FUNDED, ApplicationStatus.PART_FUNDED,
                ApplicationStatus.NOT_FUNDED);
        return pdf.renderPack(round, assembler.details(
                applications.findByRoundIdAndStatusInOrderByReferenceAsc(round.id(), statuses), round),
                clock.instant());
    }

    /**
     * Records a pass or fail, with a reason, for every eligibility gate. All pass: ELIGIBLE. Any fail:
     * INELIGIBLE, and the group is emailed the reasons. {@code expectedVersion} is the version the officer read,
     * so two officers screening at once cannot silently overwrite each other.
     */
    @Transactional
    public ApplicationStatus screen(long id, long expectedVersion, Map<Long, GateDecision> decisions) {
        var application = staffVisible(id);
        if (application.getVersion() != expectedVersion) {
            throw new InvalidInputException("version", Message.of("staff.apply.screening.conflict"));
        }
        var round = assembler.roundOf(application);
        Map<String, Message> errors = new LinkedHashMap<>();
        for (var question : round.eligibility()) {
            var decision = decisions.get(question.id());
            if (decision == null) {
                errors.put("gate-" + question.id(), Message.of("staff.apply.screening.decide"));
            } else if (!decision.pass() && (decision.reason() == null || decision.reason().isBlank())) {
                errors.put("gate-" + question.id(), Message.of("staff.apply.screening.reason-needed"));
            } else if (decision.reason() != null && decision.reason().length() > 1000) {
                errors.put("gate-" + question.id(), Message.of("staff.apply.screening.reason-too-long", 1000));
            }
        }
        var status = application.getStatus();
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.ELIGIBLE
                && status != ApplicationStatus.INELIGIBLE) {
            errors.put("status", Message.of("staff.apply.screening.not-screenable", status.inSentence()));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        String before = status.name();
        application.screen(decisions, clock.instant());
        applications.saveAndFlush(application);
        var details = assembler.details(application);
        auditLog.record(application.getPartnershipId(), "APPLICATION_SCREENED", application.auditSubject(), before,
                application.getStatus().name() + " " + gateSummary(round.eligibility(), decisions));
        if (application.getStatus() == ApplicationStatus.INELIGIBLE) {
            var failed = round.eligibility().stream().filter(q -> !decisions.get(q.id()).pass()).toList();
            for (String email : organisations.contactEmails(application.getOrganisationId())) {
                Language language = accounts.languageFor(email, Language.ENGLISH);
                String reasons = failed.stream().map(q -> translations.text(language, "apply.screening.mail-reason",
                        decisions.get(q.id()).reason(), q.signpost())).collect(Collectors.joining("\n"));
                mailer.queue(OutgoingMail.of("application-ineligible", email, language, application.getPartnershipId())
                        .with("organisation", details.organisationName())
                        .with("reference", details.reference())
                        .with("title", translations.text(language, details.displayTitle()))
                        .with("round", round.title())
                        .with("partnership", round.partnershipName())
                        .with("reasons", reasons)
                        .with("link", properties.link("applications/" + id)));
            }
        }
        return application.getStatus();
    }

    /** Asks the group a question about its submitted application; they are emailed and answer in the portal. */
    @Transactional
    public void askForInformation(long id, String question) {
        var application = staffVisible(id);
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("question", Message.of("staff.apply.question.needed"));
        }
        if (text.length() > 2000) {
            throw new InvalidInputException("question", Message.of("staff.apply.question.too-long", 2000,
                    text.length()));
        }
        if (application.getStatus() == ApplicationStatus.DRAFT || application.getStatus() == ApplicationStatus.WITHDRAWN) {
            throw new InvalidInputException("question", Message.of("staff.apply.question.not-submitted"));
        }
        informationRequests.save(new InformationRequest(id, text, currentUser.require(), clock.instant()));
        auditLog.record(application.getPartnershipId(), "INFORMATION_REQUESTED", application.auditSubject(), null,
                text);
        var round = assembler.roundOf(application);
        for (String email : organisations.contactEmails(application.getOrganisationId())) {
            mailer.queue(OutgoingMail.of("information-request", email, accounts.languageFor(email, Language.ENGLISH),
                    application.getPartnershipId())
                    .with("organisation", application.getOrganisationName())
                    .with("reference", application.getReference())
                    .with("partnership", round.partnershipName())
                    .with("question", text)
                    .with("link", properties.link("applications/" + id)));
        }
    }

    private static String gateSummary(List<org.communitychest.rounds.EligibilityQuestion> questions,
            Map<Long, GateDecision> decisions) {
        return questions.stream().map(q -> (decisions.get(q.id()).pass() ? "pass" : "fail: "
                + decisions.get(q.id()).reason())).reduce((x, y) -> x + "; " + y).orElse("");
    }

    /** The partnership's submitted applications; drafts, withdrawn unsent or not, stay private to their group. */
    private Application staffVisible(long id) {
        return applications.findByIdAndPartnershipId(id, currentUser.partnershipId())
                .filter(a -> a.getSubmittedAt() != null)
                .orElseThrow(() -> new RecordNotFoundException("Application"));
    }

    private static AuditSubject roundSubject(RoundDetails round) {
        return new AuditSubject("Round", round.id(), "Round " + round.title()); // not user text: audit trail
    }

}
