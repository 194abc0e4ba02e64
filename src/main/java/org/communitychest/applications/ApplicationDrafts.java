package org.communitychest.applications;

import org.communitychest.base.SaveResult;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.AllowedFiles;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.organisations.OrganisationSummary;
import org.communitychest.organisations.Organisations;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.rounds.Rounds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community group's applications while they write them: every change is saved as it is made, field by
 * field; a value that breaks a rule is not saved and comes back with the reason, and everything else is.
 * Only members of the applying group can see or change an application; anyone else gets "not found".
 */
@Service
@PreAuthorize("hasRole('APPLICANT')")
public class ApplicationDrafts {

    static final Message CONFLICT = Message.of("apply.drafts.conflict");

    private final ApplicationRepository applications;
    private final DocumentRepository documents;
    private final DocumentContentRepository contents;
    private final InformationRequestRepository informationRequests;
    private final ApplicationAssembler assembler;
    private final DocumentStore documentStore;
    private final Organisations organisations;
    private final Rounds rounds;
    private final NeedCategories needCategories;
    private final Areas areas;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ApplicationDrafts(ApplicationRepository applications, DocumentRepository documents,
            DocumentContentRepository contents, InformationRequestRepository informationRequests,
            ApplicationAssembler assembler, DocumentStore documentStore, Organisations organisations, Rounds rounds,
            NeedCategories needCategories, Areas areas, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.documentStore = documentStore;
        this.applications = applications;
        this.documents = documents;
        this.contents = contents;
        this.informationRequests = informationRequests;
        this.assembler = assembler;
        this.organisations = organisations;
        this.rounds = rounds;
        this.needCategories = needCategories;
        this.areas = areas;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Starts a draft for a group that passes the round's eligibility questions. A failed question is refused
     * with its reason and signposting, and nothing is created.
     */
    @Transactional
    public long start(long roundId, long organisationId, Map<Long, Boolean> eligibilityAnswers, FormType formType) {
        var round = rounds.published(roundId);
        Map<String, Message> errors = new LinkedHashMap<>();
        if (!round.acceptsApplicationsAt(clock.instant())) {
            errors.put("round", Message.of("apply.start.refused-round-not-open", round.availability(clock.instant())));
        }
        OrganisationSummary organisation = organisations.mine().stream().filter(o -> o.id() == organisationId)
                .findFirst().orElseThrow(() -> new RecordNotFoundException("Organisation"));
        if (formType == null) {
            errors.put("formType", Message.of("apply.start.choose-form-type"));
        }
        var unanswered = round.eligibility().stream().filter(q -> !eligibilityAnswers.containsKey(q.id())).count();
        if (unanswered > 0) {
            errors.put("eligibility", Message.of("apply.start.answer-every-question"));
        } else {
            var failed = round.failedBy(eligibilityAnswers);
            if (!failed.isEmpty()) {
                errors.put("eligibility", failed.stream()
                        .map(q -> Message.of("apply.start.failed-question", q.failReason(), q.signpost()))
                        .reduce((x, y) -> Message.of("apply.join.sentence", x, y)).orElseThrow());
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        Map<Long, Boolean> answers = new LinkedHashMap<>();
        round.eligibility().forEach(q -> answers.put(q.id(), eligibilityAnswers.get(q.id())));
        var application = applications.save(new Application(round.partnershipId(), roundId, organisationId,
                organisation.name(), currentUser.require().id(), formType, answers, clock.instant()));
        auditLog.record(application.getPartnershipId(), "APPLICATION_STARTED", application.auditSubject(), null,
                organisation.name() + " → " + round.title()); // not user text: audit trail
        return application.getId();
    }

    @Transactional(readOnly = true)
    public ApplicationDetails get(long id) {
        return assembler.details(owned(id));
    }

    /** The signed-in applicant's applications across all their groups, newest first. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> mine() {
        var groups = organisations.mine().stream().map(OrganisationSummary::id).toList();
        if (groups.isEmpty()) {
            return List.of();
        }
        var mine = applications.findByOrganisationIdInOrderByUpdatedAtDesc(groups);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> openQuestions = informationRequests.countOpen(mine.stream().map(Application::getId).toList())
                .stream().collect(Collectors.toMap(InformationRequestRepository.OpenQuestions::getApplicationId,
                        InformationRequestRepository.OpenQuestions::getOpen));
        var roundTitles = new java.util.HashMap<Long, String>();
        return mine.stream()
                .map(a -> new ApplicationSummary(a.getId(), a.getReference(), a.getProjectTitle(),
                        a.getOrganisationName(),
                        roundTitles.computeIfAbsent(a.getRoundId(), r -> rounds.published(r).title()),
                        a.getStatus(), a.amountRequested(), a.getUpdatedAt(),
                        openQuestions.getOrDefault(a.getId(), 0L).intValue(), a.decision().orElse(null)))
                .toList();
    }

    @Transactional
    public SaveResult saveAbout(long id, long expectedVersion, Answers.About answers) {
        var application = editable(id, expectedVersion);
        Map<String, Message> errors = new LinkedHashMap<>();
        String title = clean(answers.projectTitle());
        ApplicationRules.maxLength(title, 200, "projectTitle", ApplicationRules.Answer.TITLE, errors);
        String summary = clean(answers.summary());
        ApplicationRules.summary(summary, application.getFormType(), errors);
        String media = clean(answers.summaryMediaUrl());
        ApplicationRules.mediaUrl(media, errors);
        String need = clean(answers.needStatement());
        ApplicationRules.maxLength(need, 5000, "needStatement", ApplicationRules.Answer.ANSWER, errors);
        boolean hadTitle = application.getProjectTitle() != null;
        application.changeAbout(keep(errors, "projectTitle", title, application.getProjectTitle()),
                keep(errors, "summary", summary, application.getSummary()),
                keep(errors, "summaryMediaUrl", media, application.getSummaryMediaUrl()),
                keep(errors, "needStatement", need, application.getNeedStatement()), clock.instant());
        Map<String, Message> needed = new LinkedHashMap<>();
        if (hadTitle || summary != null || media != null || need != null) {
            ApplicationRules.needed(application.getProjectTitle(), "projectTitle", ApplicationRules.TITLE_NEEDED,
                    needed);
        }
        return saved(application, errors, needed);
    }

    @Transactional
    public SaveResult saveWhoItHelps(long id, long expectedVersion, Answers.WhoItHelps answers) {
        var application = editable(id, expectedVersion);
        Map<String, Message> errors = new LinkedHashMap<>();
        if (!needCategories.allActiveOf(application.getPartnershipId(), answers.needCategoryIds())) {
            errors.put("needs", Message.of("apply.who.needs-not-in-list"));
        }
        if (!areas.allOf(application.getPartnershipId(), answers.areaIds())) {
            errors.put("areas", Message.of("apply.who.areas-not-in-list"));
        }
        ApplicationRules.capacity(answers.referralCapacity(), errors);
        String beneficiaries = clean(answers.beneficiaries());
        ApplicationRules.maxLength(beneficiaries, 2000, "beneficiaries", ApplicationRules.Answer.ANSWER, errors);
        application.changeWhoItHelps(
                errors.containsKey("needs") ? application.getNeedIds() : new HashSet<>(answers.needCategoryIds()),
                errors.containsKey("areas") ? application.getAreaIds() : new HashSet<>(answers.areaIds()),
                errors.containsKey("referralCapacity") ? application.getReferralCapacity() : answers.referralCapacity(),
                keep(errors, "beneficiaries", beneficiaries, application.getBeneficiaries()), clock.instant());
        return saved(application, errors);
    }

    @Transactional
    public SaveResult saveActivities(long id, long expectedVersion, Answers.Activities answers) {
        var application = editable(id, expectedVersion);
        Map<String, Message> errors = new LinkedHashMap<>();
        String activities = clean(answers.activities());
        ApplicationRules.maxLength(activities, 8000, "activities", ApplicationRules.Answer.ANSWER, errors);
        ApplicationRules.dates(answers.startDate(), answers.endDate(), assembler.roundOf(application), errors);
        boolean datesBad = errors.containsKey("endDate");
        application.changeActivities(keep(errors, "activities", activities, application.getActivities()),
                datesBad ? application.getStartDate() : answers.startDate(),
                datesBad ? application.getEndDate() : answers.endDate(), clock.instant());
        return saved(application, errors);
    }

    @Transactional
    public SaveResult saveBudget(long id, long expectedVersion, Answers.Budget answers) {
        var application = editable(id, expectedVersion);
        Map<String, Message> errors = new LinkedHashMap<>();
        Map<String, Message> needed = new LinkedHashMap<>();
        var valid = ApplicationRules.budgetLines(answers.lines(), application.getFormType(), errors, needed);
        application.changeBudget(valid, clock.instant());
        ApplicationRules.linesOverTheLargestGrant(answers.lines(), assembler.roundOf(application), errors, needed);
        return saved(application, errors, needed);
    }

    @Transactional
    public SaveResult saveNoGoverningDocument(long id, long expectedVersion, boolean none) {
        var application = editable(id, expectedVersion);
        application.changeNoGoverningDocument(none, clock.instant());
        return saved(application, Map.of());
    }

    @Transactional
    public SaveResult saveDeclarations(long id, long expectedVersion, Answers.Declarations answers) {
        var application = editable(id, expectedVersion);
        Map<String, Message> errors = new LinkedHashMap<>();
        String name = clean(answers.name());
        String role = clean(answers.role());
        boolean hadDeclarant = application.getDeclarantName() != null || application.getDeclarantRole() != null;
        ApplicationRules.maxLength(name, 100, "declarantName", ApplicationRules.Answer.NAME, errors);
        ApplicationRules.maxLength(role, 100, "declarantRole", ApplicationRules.Answer.ROLE, errors);
        application.changeDeclarations(answers.informationTrue(), answers.shareWithPanel(), answers.safeguarding(),
                keep(errors, "declarantName", name, application.getDeclarantName()),
                keep(errors, "declarantRole", role, application.getDeclarantRole()), clock.instant());
        Map<String, Message> needed = new LinkedHashMap<>();
        if (answers.informationTrue() || answers.shareWithPanel() || answers.safeguarding()
                || hadDeclarant || name != null || role != null) {
            ApplicationRules.needed(application.getDeclarantName(), "declarantName",
                    ApplicationRules.DECLARANT_NEEDED, needed);
            ApplicationRules.needed(application.getDeclarantRole(), "declarantRole",
                    ApplicationRules.DECLARANT_ROLE_NEEDED, needed);
        }
        return saved(application, errors, needed);
    }

    /**
     * Stores a document against one of the round's required documents (or the short form's governing
     * document when {@code requiredDocumentId} is null). A file of the wrong kind or over 10 MB is refused.
     */
    @Transactional
    public SaveResult uploadDocument(long id, long expectedVersion, Long requiredDocumentId, String fileName,
            byte[] content) {
        var application = editable(id, expectedVersion);
        var round = assembler.roundOf(application);
        var required = ApplicationDetails.requiredDocuments(application.getFormType(), round).stream()
                .filter(d -> java.util.Objects.equals(d.id(), requiredDocumentId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Required document"));
        var file = AllowedFiles.check(fileName, content, "document");
        var replaced = documents.findByApplicationIdOrderByIdAsc(id).stream()
                .filter(d -> java.util.Objects.equals(d.getRequiredDocumentId(), requiredDocumentId)).toList();
        replaced.forEach(old -> {
            contents.deleteById(old.getId());
            documents.delete(old);
        });
        var document = documents.saveAndFlush(new ApplicationDocument(id, requiredDocumentId, required.label(),
                file.fileName(), file.contentType(), content.length, file.sha256(), clock.instant(),
                currentUser.require().id()));
        contents.save(new DocumentContent(document.getId(), content));
        application.touch(clock.instant());
        auditLog.record(application.getPartnershipId(), "DOCUMENT_UPLOADED", application.auditSubject(),
                replaced.isEmpty() ? null : replaced.stream().map(old -> old.getLabel() + ": " + old.getFileName())
                        .collect(java.util.stream.Collectors.joining("; ")),
                required.label() + ": " + file.fileName() + " sha256=" + file.sha256());
        return saved(application, Map.of());
    }

    @Transactional
    public SaveResult removeDocument(long id, long expectedVersion, long documentId) {
        var application = editable(id, expectedVersion);
        var document = documents.findById(documentId).filter(d -> d.getApplicationId() == id)
                .orElseThrow(() -> new RecordNotFoundException("Document"));
        contents.deleteById(documentId);
        documents.delete(document);
        application.touch(clock.instant());
        auditLog.record(application.getPartnershipId(), "DOCUMENT_REMOVED", application.auditSubject(),
                document.getLabel() + ": " + document.getFileName(), null);
        return saved(application, Map.of());
    }

    /** A document of one of the applicant's own applications, for download. */
    @Transactional
    public DocumentFile download(long applicationId, long documentId) {
        var application = owned(applicationId);
        var file = documentStore.file(applicationId, documentId);
        auditLog.record(application.getPartnershipId(), "DOCUMENT_DOWNLOADED", application.auditSubject(), null,
                file.fileName());
        return file;
    }

    @Transactional
    public void answerInformationRequest(long applicationId, long requestId, String answer) {
        var application = owned(applicationId);
        var request = informationRequests.findById(requestId).filter(r -> r.getApplicationId() == applicationId)
                .orElseThrow(() -> new RecordNotFoundException("Question"));
        String text = clean(answer);
        if (text == null) {
            throw new InvalidInputException("answer", Message.of("apply.questions.answer-needed"));
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("answer", Message.of("apply.questions.answer-too-long", 4000,
                    text.length()));
        }
        if (request.toInfo().answered()) {
            throw new InvalidInputException("answer", Message.of("apply.questions.already-answered"));
        }
        request.answer(text, currentUser.require(), clock.instant());
        auditLog.record(application.getPartnershipId(), "INFORMATION_PROVIDED", application.auditSubject(),
                request.toInfo().question(), text);
    }

    private Application owned(long id) {
        var application = applications.findById(id).orElseThrow(() -> new RecordNotFoundException("Application"));
        organisations.requireMember(application.getOrganisationId());
        return application;
    }

    private Application editable(long id, long expectedVersion) {
        var application = owned(id);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new InvalidInputException("status", Message.of("apply.drafts.not-a-draft",
                    application.getStatus().inSentence()));
        }
        if (application.getVersion() != expectedVersion) {
            throw new InvalidInputException("version", CONFLICT);
        }
        return application;
    }

    private SaveResult saved(Application application, Map<String, Message> errors) {
        return saved(application, errors, Map.of());
    }

    private SaveResult saved(Application application, Map<String, Message> errors,
            Map<String, Message> needed) {
        applications.saveAndFlush(application);
        return new SaveResult(application.getVersion(), clock.instant(), Map.copyOf(errors), Map.copyOf(needed));
    }

    private static String keep(Map<String, Message> errors, String field, String typed, String stored) {
        return errors.containsKey(field) ? stored : typed;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
