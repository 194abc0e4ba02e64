package org.communitychest.applications;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.communitychest.base.Language;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.base.PdfStyle;
import org.communitychest.base.Translations;
import org.communitychest.place.AreaInfo;
import org.communitychest.rounds.RoundDetails;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.springframework.stereotype.Component;

/**
 * The whole application as a PDF: attached to the receipt and downloaded by the group in their language, and
 * stitched into officers' packs in English.
 */
@Component
class ApplicationPdf {

    private static final String GAP = "    "; // not user text: space between fields on one line

    private final Translations translations;

    ApplicationPdf(Translations translations) {
        this.translations = translations;
    }

    /** For staff: in English. */
    byte[] render(ApplicationDetails application) {
        return render(application, Language.ENGLISH);
    }

    byte[] render(ApplicationDetails application, Language language) {
        return render(List.of(application), language);
    }

    /**
     * For staff, in English: the round's pack for the panel. A cover page lists every application with what it
     * asks for, then each application starts on a new page.
     */
    byte[] renderPack(RoundDetails round, List<ApplicationDetails> applications, Instant madeAt) {
        var out = new ByteArrayOutputStream();
        var document = PdfStyle.document(out, Language.ENGLISH);
        var texts = new Texts(Language.ENGLISH);
        document.addTitle(texts.t("staff.pdf.pack-document-title", round.title()));
        document.addCreator(texts.t("common.app-name"));
        document.open();
        writeCover(document, texts, round, applications, madeAt);
        for (var application : applications) {
            document.newPage();
            write(document, texts, application);
        }
        document.close();
        return out.toByteArray();
    }

    private byte[] render(List<ApplicationDetails> applications, Language language) {
        var out = new ByteArrayOutputStream();
        var document = PdfStyle.document(out, language);
        var texts = new Texts(language);
        document.addTitle(texts.t("pdf.document-title", label(texts, applications.getFirst())));
        document.addCreator(texts.t("common.app-name"));
        document.open();
        write(document, texts, applications.getFirst());
        document.close();
        return out.toByteArray();
    }

    private static void writeCover(Document document, Texts t, RoundDetails round,
            List<ApplicationDetails> applications, Instant madeAt) {
        document.add(PdfStyle.small(round.partnershipName()));
        document.add(PdfStyle.title(t.t("staff.pdf.pack-title")));
        document.add(PdfStyle.heading(round.title()));
        var asked = applications.stream().map(ApplicationDetails::amountRequested).reduce(Money.ZERO, Money::plus);
        document.add(PdfStyle.text(t.t("staff.pdf.pack-count", applications.size(), asked.toString(),
                round.pot().toString())));
        document.add(PdfStyle.text(t.t(round.closesAt().isAfter(madeAt) ? "staff.pdf.pack-closes"
                : "staff.pdf.pack-closed", London.format(round.closesAt()))));
        document.add(PdfStyle.small(t.t("staff.pdf.pack-made", London.format(madeAt))));
        document.add(PdfStyle.heading(t.t("staff.pdf.pack-confidential-heading")));
        document.add(PdfStyle.text(t.t("staff.pdf.pack-confidential")));
        if (applications.isEmpty()) {
            document.add(PdfStyle.heading(t.t("staff.pdf.no-applications")));
            return;
        }
        document.add(PdfStyle.heading(t.t("staff.pdf.pack-contents")));
        var table = PdfStyle.table(new float[] {2.2f, 3f, 3.6f, 1.6f, 1.6f}, t.t("staff.pdf.pack-reference"),
                t.t("staff.pdf.pack-group"), t.t("staff.pdf.pack-project"), t.t("staff.pdf.pack-amount"),
                t.t("staff.pdf.pack-status"));
        for (var a : applications) {
            PdfStyle.cell(table, a.reference(), false);
            PdfStyle.cell(table, a.organisationName(), false);
            PdfStyle.cell(table, t.t(a.displayTitle()), false);
            PdfStyle.cell(table, a.amountRequested().toString(), true);
            PdfStyle.cell(table, t.t(a.status().label()), false);
        }
        document.add(table);
    }

    /** The PDF's words in one language. */
    private final class Texts {

        private final Language language;

        Texts(Language language) {
            this.language = language;
        }

        String t(String key, Object... args) {
            return translations.text(language, key, args);
        }

        String t(Message message) {
            return translations.text(language, message);
        }

        Element answer(String labelKey, String value) {
            return PdfStyle.answer(t(labelKey), value, t("pdf.not-answered"));
        }

        String agreed(boolean agreed, String declarationKey) {
            return t(agreed ? "pdf.declarations.agreed" : "pdf.declarations.not-agreed", t(declarationKey));
        }
    }

    private static String label(Texts texts, ApplicationDetails a) {
        return a.reference() == null ? texts.t("pdf.draft") : a.reference();
    }

    private static void write(Document document, Texts t, ApplicationDetails a) {
        var round = a.round();
        document.add(PdfStyle.small(round.partnershipName() + " · " + round.title())); // not user text: names
        document.add(PdfStyle.title(t.t(a.displayTitle())));
        document.add(PdfStyle.text(t.t("pdf.reference", a.reference() == null ? t.t("pdf.not-submitted")
                : a.reference()) + GAP + t.t("pdf.status", a.status().label())
                + (a.submittedAt() == null ? "" : GAP + t.t("pdf.submitted", London.format(a.submittedAt())))));
        document.add(PdfStyle.text(t.t("pdf.applicant", a.organisationName()) + GAP
                + t.t("pdf.form", t.t(a.formType() == FormType.SHORT ? "pdf.form.short" : "pdf.form.full")) + GAP
                + t.t("pdf.asking-for", a.amountRequested().toString())));

        var group = a.organisation();
        document.add(PdfStyle.heading(t.t("pdf.group")));
        document.add(t.answer("pdf.group.name-and-kind", t.t("pdf.pair", group.name(),
                group.legalForm().label())));
        if (group.charityNumber() != null) {
            document.add(t.answer("pdf.group.charity-number", group.charityNumber()));
        }
        if (group.companyNumber() != null) {
            document.add(t.answer("pdf.group.company-number", group.companyNumber()));
        }
        document.add(t.answer("pdf.group.address", group.addressText()));
        document.add(t.answer("pdf.group.income", group.incomeBand() == null ? null
                : t.t(group.incomeBand().label())));
        if (group.webAddress() != null) {
            document.add(t.answer("pdf.group.website", group.webAddress()));
        }
        document.add(t.answer("pdf.group.members", group.members().stream().map(m -> m.displayName() + " ("
                + m.email() + ")").collect(Collectors.joining(", "))));

        document.add(PdfStyle.heading(t.t("pdf.about")));
        document.add(t.answer("pdf.about.title", a.projectTitle()));
        document.add(t.answer("pdf.about.summary", a.summary()));
        if (a.formType() == FormType.SHORT || a.summaryMediaUrl() != null) {
            document.add(t.answer("pdf.about.media", a.summaryMediaUrl()));
        }
        if (a.formType() == FormType.FULL) {
            document.add(t.answer("pdf.about.need", a.needStatement()));
        }

        document.add(PdfStyle.heading(t.t("pdf.who")));
        document.add(t.answer("pdf.who.needs", a.needs().stream().map(n -> t.t(n.name()))
                .collect(Collectors.joining(", "))));
        document.add(t.answer("pdf.who.areas", a.areas().stream().map(AreaInfo::name)
                .collect(Collectors.joining(", "))));
        document.add(t.answer("pdf.who.referrals",
                a.referralCapacity() == null ? null : String.valueOf(a.referralCapacity())));
        if (a.formType() == FormType.FULL) {
            document.add(t.answer("pdf.who.beneficiaries", a.beneficiaries()));
            document.add(PdfStyle.heading(t.t("pdf.activities")));
            document.add(t.answer("pdf.activities.activities", a.activities()));
            document.add(t.answer("pdf.activities.dates", a.startDate() == null ? null
                    : t.t("pdf.activities.date-range", London.format(a.startDate()), London.format(a.endDate()))));
        }

        document.add(PdfStyle.heading(t.t("pdf.budget")));
        var table = PdfStyle.table(new float[] {5, 2, 3}, t.t("pdf.budget.item"), t.t("pdf.budget.cost"),
                t.t("pdf.budget.paid-by"));
        for (var line : a.budget()) {
            PdfStyle.cell(table, line.item(), false);
            PdfStyle.cell(table, t.t(line.costText()), true);
            PdfStyle.cell(table, line.paidByGrant() ? t.t("pdf.budget.this-grant") : line.otherFunder(), false);
        }
        PdfStyle.cell(table, t.t("pdf.budget.requested"), false);
        PdfStyle.cell(table, a.amountRequested().toString(), true);
        PdfStyle.cell(table, t.t("pdf.budget.total", a.totalCost().toString()), false);
        document.add(table);

        document.add(PdfStyle.heading(t.t("pdf.documents")));
        if (a.documents().isEmpty()) {
            document.add(PdfStyle.text(t.t(a.noGoverningDocument() ? "pdf.documents.no-governing"
                    : "pdf.documents.none")));
        }
        for (var d : a.documents()) {
            document.add(PdfStyle.text(t.t("pdf.documents.file",
                    ApplicationDetails.documentLabel(d.requiredDocumentId(), d.label()), d.fileName(), d.sizeText(),
                    d.sha256().substring(0, 16))));
        }

        document.add(PdfStyle.heading(t.t("pdf.eligibility")));
        for (var q : round.eligibility()) {
            var answer = a.eligibility().stream().filter(e -> e.questionId() == q.id()).findFirst();
            document.add(PdfStyle.answer(q.question(), answer.map(e -> t.t(e.answer() ? "pdf.yes" : "pdf.no"))
                    .orElse(null), t.t("pdf.not-answered")));
        }

        document.add(PdfStyle.heading(t.t("pdf.declarations")));
        document.add(PdfStyle.text(t.agreed(a.declaredTrue(), "pdf.declarations.true")));
        document.add(PdfStyle.text(t.agreed(a.declaredShare(), "pdf.declarations.share")));
        document.add(PdfStyle.text(t.agreed(a.declaredSafeguarding(), "pdf.declarations.safeguarding")));
        document.add(t.answer("pdf.declarations.by", a.declarantName() == null ? null
                : t.t("pdf.pair", a.declarantName(), a.declarantRole())));

        if (!a.informationRequests().isEmpty()) {
            document.add(PdfStyle.heading(t.t("pdf.questions")));
            for (var q : a.informationRequests()) {
                document.add(PdfStyle.answer(q.question(), q.answered() ? q.answer() : t.t("pdf.questions.awaiting"),
                        t.t("pdf.not-answered")));
            }
        }
    }
}
