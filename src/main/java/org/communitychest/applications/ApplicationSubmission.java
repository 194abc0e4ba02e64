package org.communitychest.applications;

import java.time.Clock;
import java.time.Year;
import java.util.EnumMap;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.Translations;
import org.communitychest.base.PageLanguage;
import org.communitychest.notifications.MailAttachmentFile;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.communitychest.base.AppProperties;
import org.communitychest.organisations.Organisations;
import org.communitychest.place.Partnerships;
import org.communitychest.security.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submitting and withdrawing: the application locks, gets its reference, and a receipt with a PDF goes out. */
@Service
@PreAuthorize("hasRole('APPLICANT')")
public class ApplicationSubmission {

    private final ApplicationRepository applications;
    private final ReferenceCounterRepository counters;
    private final ApplicationAssembler assembler;
    private final ApplicationPdf pdf;
    private final Organisations organisations;
    private final Partnerships partnerships;
    private final Mailer mailer;
    private final Accounts accounts;
    private final PageLanguage pageLanguage;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final AppProperties properties;
    private final Translations translations;
    private final Clock clock;

    ApplicationSubmission(ApplicationRepository applications, ReferenceCounterRepository counters,
            ApplicationAssembler assembler, ApplicationPdf pdf, Organisations organisations,
            Partnerships partnerships, Mailer mailer, PageLanguage pageLanguage, AuditLog auditLog,
            CurrentUser currentUser, AppProperties properties, Accounts accounts, Translations translations,
            Clock clock) {
        this.applications = applications;
        this.counters = counters;
        this.assembler = assembler;
        this.pdf = pdf;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.mailer = mailer;
        this.accounts = accounts;
        this.pageLanguage = pageLanguage;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.properties = properties;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * Submits a complete draft while its round is open. Submitting again (a double click) answers the
     * reference already given and changes nothing. After the closing time the draft stays a draft.
     */
    @Transactional
    public String submit(long id, long expectedVersion) {
        var application = owned(id);
        if (application.getStatus() == ApplicationStatus.SUBMITTED && application.getReference() != null) {
            return application.getReference();
        }
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new InvalidInputException("status", Message.of("apply.submit.not-a-draft",
                    application.getStatus().inSentence()));
        }
        if (application.getVersion() != expectedVersion) {
            throw new InvalidInputException("version", ApplicationDrafts.CONFLICT);
        }
        var now = clock.instant();
        var details = assembler.details(application);
        if (!details.round().acceptsApplicationsAt(now)) {
            throw new InvalidInputException("round", now.isBefore(details.round().closesAt())
                    ? Message.of("apply.submit.round-not-open-yet")
                    : Message.of("apply.submit.round-closed", London.format(details.round().closesAt())));
        }
        if (!details.readyToSubmit()) {
            throw new InvalidInputException("sections", Message.of("apply.submit.sections-not-finished",
                    ApplicationRules.listOf(details.sections().stream()
                            .filter(s -> s.state() != SectionState.COMPLETED).map(s -> s.section().label())
                            .toList())));
        }
        String organisationName = organisations.get(application.getOrganisationId()).name();
        String reference = nextReference(application.getPartnershipId(), now);
        application.submit(reference, organisationName, now);
        applications.saveAndFlush(application);
        auditLog.record(application.getPartnershipId(), "APPLICATION_SUBMITTED", application.auditSubject(), "DRAFT",
                "SUBMITTED " + reference);
        sendReceipt(assembler.details(application));
        return reference;
    }

    @Transactional
    public void withdraw(long id) {
        var application = owned(id);
        if (!application.getStatus().canWithdraw()) {
            throw new InvalidInputException("status", Message.of("apply.submit.cannot-withdraw"));
        }
        String before = application.getStatus().name();
        application.withdraw(clock.instant());
        auditLog.record(application.getPartnershipId(), "APPLICATION_WITHDRAWN", application.auditSubject(), before,
                "WITHDRAWN");
    }

    /** The PDF of one of the applicant's own applications, in the language of the page asking for it. */
    @Transactional
    public byte[] pdf(long id) {
        return pdf(id, pageLanguage.current());
    }

    /** The PDF of one of the applicant's own applications, in {@code language}. */
    @Transactional
    public byte[] pdf(long id, Language language) {
        var application = owned(id);
        auditLog.record(application.getPartnershipId(), "APPLICATION_PDF_DOWNLOADED", application.auditSubject(),
                null, null);
        return pdf.render(assembler.details(application), language);
    }

    /** Each member gets the receipt and its PDF in their own language. */
    private void sendReceipt(ApplicationDetails details) {
        var files = new EnumMap<Language, byte[]>(Language.class);
        for (String email : organisations.contactEmails(details.organisationId())) {
            Language language = accounts.languageFor(email, pageLanguage.current());
            byte[] file = files.computeIfAbsent(language, l -> pdf.render(details, l));
            mailer.queue(OutgoingMail.of("application-receipt", email, language, details.round().partnershipId())
                    .with("organisation", details.organisationName())
                    .with("title", translations.text(language, details.displayTitle()))
                    .with("round", details.round().title())
                    .with("partnership", details.round().partnershipName())
                    .with("reference", details.reference())
                    .with("amount", details.amountRequested().toString())
                    .with("submittedBy", currentUser.require().displayName())
                    .with("link", properties.link("applications/" + details.id()))
                    .attach(new MailAttachmentFile(details.reference() + ".pdf", "application/pdf", file)));
        }
    }

    private String nextReference(long partnershipId, java.time.Instant now) {
        int year = Year.from(now.atZone(London.ZONE)).getValue();
        var key = new ReferenceCounter.Key(partnershipId, year);
        if (counters.increment(key) == 0) {
            counters.createIfMissing(partnershipId, year);
            counters.increment(key);
        }
        String code = partnerships.get(partnershipId).code();
        return String.format("%s-%d-%04d", code, year, counters.current(key));
    }

    private Application owned(long id) {
        var application = applications.findById(id).orElseThrow(() -> new RecordNotFoundException("Application"));
        organisations.requireMember(application.getOrganisationId());
        return application;
    }
}
