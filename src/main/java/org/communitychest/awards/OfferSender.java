package org.communitychest.awards;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.LinkedHashSet;
import java.util.List;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.AppProperties;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.Language;
import org.communitychest.base.London;
import org.communitychest.notifications.MailAttachmentFile;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.communitychest.organisations.Organisations;
import org.communitychest.place.Partnerships;
import org.communitychest.security.Accounts;
import org.springframework.stereotype.Component;

/**
 * Sends an offer: the grant's first version is kept, its letter is made in the group's language and in English and
 * kept as sent, and each member of the group is emailed in their own language with the letter attached (and the
 * English one beside it).
 */
@Component
class OfferSender {

    private final GrantAssembler assembler;
    private final GrantLetterRepository letters;
    private final GrantVersionRepository versions;
    private final OfferLetterPdf pdf;
    private final Partnerships partnerships;
    private final Organisations organisations;
    private final Accounts accounts;
    private final Mailer mailer;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final AppProperties properties;
    private final Clock clock;

    OfferSender(GrantAssembler assembler, GrantLetterRepository letters, GrantVersionRepository versions,
            OfferLetterPdf pdf, Partnerships partnerships, Organisations organisations, Accounts accounts,
            Mailer mailer, AuditLog auditLog, CurrentUser currentUser, AppProperties properties, Clock clock) {
        this.assembler = assembler;
        this.letters = letters;
        this.versions = versions;
        this.pdf = pdf;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.accounts = accounts;
        this.mailer = mailer;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** Answers how many mails were queued. */
    int send(Grant grant) {
        var now = clock.instant();
        grant.offer(currentUser.actorName(), now);
        versions.save(new GrantVersion(grant.getId(), 1, now, currentUser.actorName(), grant.terms(), null));
        var letter = letter(grant);
        Map<Language, byte[]> rendered = new EnumMap<>(Language.class);
        for (var language : new LinkedHashSet<>(List.of(grant.letterLanguage(), Language.ENGLISH))) {
            rendered.put(language, pdf.offer(letter, language));
            letters.save(new GrantLetter(grant.getId(), LetterKind.OFFER, language, fileName(grant, language, "offer"),
                    rendered.get(language), now));
        }
        auditLog.record(grant.getPartnershipId(), "GRANT_OFFERED", grant.auditSubject(), "PREPARING",
                grant.amount().toString()); // not user text: audit detail
        return tellTheGroup(grant, letter, language -> rendered.computeIfAbsent(language,
                l -> pdf.offer(letter, l)));
    }

    /** The letter as it reads today: offered, signed or still being prepared. */
    OfferLetterPdf.Letter letter(Grant grant) {
        var profile = organisations.profileForApplication(grant.getOrganisationId());
        return new OfferLetterPdf.Letter(partnerships.letterhead(grant.getPartnershipId()), assembler.details(grant),
                profile.addressText(), grant.getOfferedAt() == null ? London.today(clock)
                        : London.toLocal(grant.getOfferedAt()).toLocalDate(), link(grant));
    }

    private int tellTheGroup(Grant grant, OfferLetterPdf.Letter letter, Function<Language, byte[]> letterIn) {
        var deadline = London.format(letter.date().plusDays(OfferLetterPdf.DAYS_TO_ANSWER));
        int queued = 0;
        for (String email : organisations.contactEmails(grant.getOrganisationId())) {
            var language = accounts.languageFor(email, grant.letterLanguage());
            var mail = OutgoingMail.of("grant-offer", email, language, grant.getPartnershipId())
                    .with("reference", grant.getReference())
                    .with("title", grant.getProjectTitle())
                    .with("partnership", letter.letterhead().name())
                    .with("organisation", grant.getOrganisationName())
                    .with("amount", grant.amount().toString())
                    .with("deadline", deadline)
                    .with("link", link(grant))
                    .attach(new MailAttachmentFile(fileName(grant, language, "offer"), "application/pdf",
                            letterIn.apply(language)));
            if (language != Language.ENGLISH) {
                mail = mail.attach(new MailAttachmentFile(fileName(grant, Language.ENGLISH, "offer"),
                        "application/pdf", letterIn.apply(Language.ENGLISH)));
            }
            mailer.queue(mail);
            queued++;
        }
        return queued;
    }

    private String link(Grant grant) {
        return properties.link("grants/" + grant.getId());
    }

    static String fileName(Grant grant, Language language, String kind) {
        return grant.getReference() + "-" + kind + "-" + language.code() + ".pdf"; // not user text: file name
    }
}
