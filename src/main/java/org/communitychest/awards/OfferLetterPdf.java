package org.communitychest.awards;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.communitychest.base.Language;
import org.communitychest.base.London;
import org.communitychest.base.PdfStyle;
import org.communitychest.base.Translations;
import org.communitychest.place.Letterhead;
import org.openpdf.text.Document;
import org.springframework.stereotype.Component;

/**
 * The offer letter on the partnership's letterhead: the grant, its conditions, the payment schedule, the reporting
 * dates, the documents to send and how to accept. Signed, it also says who accepted it online, as what, when and
 * from which address: the agreement the portal keeps.
 */
@Component
class OfferLetterPdf {

    /** The standard conditions every grant carries, in this order, before any the officer adds. */
    static final List<String> STANDARD_CONDITIONS = List.of("purpose", "changes", "records", "report", "credit",
            "unspent", "safeguarding");
    static final int DAYS_TO_ANSWER = 28;

    private final Translations translations;

    OfferLetterPdf(Translations translations) {
        this.translations = translations;
    }

    /** What the letter is about besides the grant itself. */
    record Letter(Letterhead letterhead, GrantDetails grant, String organisationAddress, LocalDate date,
            String link) {
    }

    byte[] offer(Letter letter, Language language) {
        return render(letter, language, null);
    }

    /**
     * The agreement as signed: the letter in the signer's language, the English one after it when that differs,
     * and the signature under each.
     */
    byte[] signed(Letter letter, Language language, Signature signature) {
        return render(letter, language, signature);
    }

    private byte[] render(Letter letter, Language language, Signature signature) {
        var out = new ByteArrayOutputStream();
        var document = PdfStyle.document(out, language);
        document.addTitle(text(language, "awards.letter.document-title", letter.grant().reference()));
        document.addCreator(text(language, "common.app-name"));
        document.open();
        write(document, letter, language, signature);
        if (signature != null && language != Language.ENGLISH) {
            document.newPage();
            write(document, letter, Language.ENGLISH, signature);
        }
        document.close();
        return out.toByteArray();
    }

    private void write(Document document, Letter letter, Language language, Signature signature) {
        var t = new Words(language);
        var grant = letter.grant();
        var head = letter.letterhead();
        document.add(PdfStyle.title(head.name()));
        if (head.address() != null) {
            document.add(PdfStyle.small(head.address()));
        }
        if (head.contactEmail() != null) {
            document.add(PdfStyle.small(head.contactEmail()));
        }
        document.add(PdfStyle.text(" "));
        document.add(PdfStyle.text(London.format(letter.date())));
        document.add(PdfStyle.text(grant.organisationName()));
        if (letter.organisationAddress() != null && !letter.organisationAddress().isBlank()) {
            document.add(PdfStyle.text(letter.organisationAddress()));
        }
        document.add(PdfStyle.heading(t.t("awards.letter.title", grant.projectTitle())));
        document.add(PdfStyle.text(t.t("awards.letter.reference", grant.reference(), grant.roundTitle())));
        document.add(PdfStyle.text(" "));
        document.add(PdfStyle.text(grant.partAward()
                ? t.t("awards.letter.offer-part", head.name(), grant.organisationName(), grant.amount().toString(),
                        grant.projectTitle(), grant.requested().toString())
                : t.t("awards.letter.offer", head.name(), grant.organisationName(), grant.amount().toString(),
                        grant.projectTitle())));

        document.add(PdfStyle.heading(t.t("awards.letter.the-grant")));
        document.add(PdfStyle.answer(t.t("awards.letter.amount"), grant.amount().toString(), ""));
        document.add(PdfStyle.answer(t.t("awards.letter.dates"), t.t("awards.letter.dates-value",
                London.format(grant.startDate()), London.format(grant.endDate())), ""));
        if (!grant.budget().isEmpty()) {
            var budget = PdfStyle.table(new float[] {4, 1}, t.t("awards.letter.budget-item"),
                    t.t("awards.letter.budget-cost"));
            for (var line : grant.budget()) {
                PdfStyle.cell(budget, line.item(), false);
                PdfStyle.cell(budget, line.cost().toString(), true);
            }
            document.add(PdfStyle.text(t.t("awards.letter.budget")));
            document.add(budget);
        }

        document.add(PdfStyle.heading(t.t("awards.letter.conditions")));
        int number = 1;
        for (String condition : STANDARD_CONDITIONS) {
            if (condition.equals("safeguarding") && !grant.safeguardingNeeded()) {
                continue;
            }
            document.add(PdfStyle.text(number++ + ". " + t.t("awards.condition." + condition)));
        }
        if (grant.conditions() != null && !grant.conditions().isBlank()) {
            document.add(PdfStyle.text(" "));
            document.add(PdfStyle.answer(t.t("awards.letter.own-conditions"), grant.conditions(), ""));
        }

        document.add(PdfStyle.heading(t.t("awards.letter.payments")));
        var payments = PdfStyle.table(new float[] {1, 2, 4}, t.t("awards.letter.payment-number"),
                t.t("awards.letter.payment-amount"), t.t("awards.letter.payment-when"));
        for (var payment : grant.payments()) {
            PdfStyle.cell(payments, String.valueOf(payment.number()), false);
            PdfStyle.cell(payments, payment.amount().toString(), true);
            PdfStyle.cell(payments, payment.onFinalReport()
                    ? t.t("awards.letter.payment-on-report", London.format(payment.dueDate()))
                    : t.t("awards.letter.payment-from", London.format(payment.dueDate())), false);
        }
        document.add(payments);
        document.add(PdfStyle.small(t.t("awards.letter.payments-note")));

        document.add(PdfStyle.heading(t.t("awards.letter.reports")));
        var reports = grant.reportDates();
        document.add(PdfStyle.text(reports.size() == 1
                ? t.t("awards.letter.reports-final", London.format(reports.getFirst()))
                : t.t("awards.letter.reports-mid", London.format(reports.get(0)), London.format(reports.get(1)))));

        document.add(PdfStyle.heading(t.t("awards.letter.documents")));
        document.add(PdfStyle.text(t.t("awards.letter.documents-intro")));
        for (var need : grant.diligence()) {
            document.add(PdfStyle.text("• " + t.t(need.kind().label())));
        }

        if (signature == null) {
            document.add(PdfStyle.heading(t.t("awards.letter.how-to-accept")));
            document.add(PdfStyle.text(t.t("awards.letter.accept-steps",
                    London.format(letter.date().plusDays(DAYS_TO_ANSWER)))));
            document.add(PdfStyle.text(letter.link()));
        } else {
            document.add(PdfStyle.heading(t.t("awards.letter.signed")));
            document.add(PdfStyle.answer(t.t("awards.letter.signed-by"), t.t("awards.letter.signed-by-value",
                    signature.name(), signature.role(), grant.organisationName()), ""));
            document.add(PdfStyle.answer(t.t("awards.letter.signed-when"), London.format(signature.at()), ""));
            document.add(PdfStyle.answer(t.t("awards.letter.signed-account"), signature.accountEmail(), ""));
            document.add(PdfStyle.answer(t.t("awards.letter.signed-address"), signature.address(), ""));
            document.add(PdfStyle.small(t.t("awards.letter.signed-note")));
        }
        document.add(PdfStyle.text(" "));
        document.add(PdfStyle.small(t.t("awards.letter.footer", head.name(), grant.reference())));
    }

    private String text(Language language, String key, Object... args) {
        return translations.text(language, key, args);
    }

    private final class Words {

        private final Language language;

        Words(Language language) {
            this.language = language;
        }

        String t(String key, Object... args) {
            return translations.text(language, key, args);
        }

        String t(org.communitychest.base.Message message) {
            return translations.text(language, message);
        }
    }
}
