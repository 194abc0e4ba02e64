package org.communitychest.monitoring;

import org.communitychest.awards.GrantDetails;
import org.communitychest.base.AppProperties;
import org.communitychest.base.Language;
import org.communitychest.base.London;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.communitychest.organisations.Organisations;
import org.communitychest.security.Accounts;
import org.springframework.stereotype.Component;

/** The mails a report brings its group: the reminders as its due date comes and goes, and a return with comments. */
@Component
class ReportMails {

    private final Organisations organisations;
    private final Accounts accounts;
    private final Mailer mailer;
    private final AppProperties properties;

    ReportMails(Organisations organisations, Accounts accounts, Mailer mailer, AppProperties properties) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.mailer = mailer;
        this.properties = properties;
    }

    int returned(GrantReport report, GrantDetails grant, String comments) {
        return toGroup(report, "report-returned", grant.reference(), grant.projectTitle(), comments);
    }

    int reminder(GrantReport report, Reminder reminder, String reference, String projectTitle) {
        return toGroup(report, reminder.template(), reference, projectTitle, null);
    }

    private int toGroup(GrantReport report, String template, String reference, String title, String comments) {
        int queued = 0;
        for (String email : organisations.contactEmails(report.getOrganisationId())) {
            var language = accounts.languageFor(email, Language.ENGLISH);
            var mail = OutgoingMail.of(template, email, language, report.getPartnershipId())
                    .with("reference", reference)
                    .with("title", title)
                    .with("due", London.format(report.getDueOn()))
                    .with("link", properties.link(MonitoringPaths.report(report.getId())));
            if (comments != null) {
                mail = mail.with("comments", comments);
            }
            mailer.queue(mail);
            queued++;
        }
        return queued;
    }
}
