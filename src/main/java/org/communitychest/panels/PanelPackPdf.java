package org.communitychest.panels;

import org.openpdf.text.Document;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.GapAlignment;
import org.communitychest.base.Language;
import org.communitychest.base.London;
import org.communitychest.base.PdfStyle;
import org.communitychest.base.Translations;
import org.communitychest.place.AreaInfo;
import org.communitychest.rounds.RoundDetails;
import org.springframework.stereotype.Component;

/**
 * A panellist's pack to read offline, in their language: the criteria with their descriptors, then each bid they
 * have declared no conflict with, a page each, with a blank sheet to note scores on. Bids still to declare are
 * named only; conflicted bids are not in it at all. It never holds anyone's scores.
 */
@Component
class PanelPackPdf {

    private final Translations translations;

    PanelPackPdf(Translations translations) {
        this.translations = translations;
    }

    byte[] render(RoundDetails round, String member, List<ApplicationDetails> bids, List<BidLine> toDeclare,
            Language language, Instant madeAt) {
        var out = new ByteArrayOutputStream();
        var document = PdfStyle.document(out, language);
        document.addTitle(t(language, "panels.pdf.document-title", round.title()));
        document.addCreator(t(language, "common.app-name"));
        document.open();
        document.add(PdfStyle.small(round.partnershipName()));
        document.add(PdfStyle.title(t(language, "panels.pdf.title", round.title())));
        document.add(PdfStyle.text(t(language, "panels.pdf.for", member, London.format(madeAt))));
        document.add(PdfStyle.heading(t(language, "panels.pdf.confidential-heading")));
        document.add(PdfStyle.text(t(language, "panels.pdf.confidential")));
        document.add(PdfStyle.heading(t(language, "panels.pdf.criteria")));
        document.add(PdfStyle.text(t(language, "panels.guidance.scoring.1", round.scale().lowest(),
                round.scale().highest())));
        for (var criterion : round.criteria()) {
            document.add(PdfStyle.answer(t(language, "panels.guidance.criterion", criterion.title(),
                    criterion.weight()), criterion.guidance(), ""));
            for (int level : round.scale().levels().reversed()) {
                document.add(PdfStyle.text(t(language, "panels.pdf.descriptor", level,
                        criterion.descriptors().getOrDefault(level, ""))));
            }
        }
        document.add(PdfStyle.heading(t(language, "panels.pdf.contents")));
        if (bids.isEmpty()) {
            document.add(PdfStyle.text(t(language, "panels.pdf.no-bids")));
        }
        for (var bid : bids) {
            document.add(PdfStyle.text(t(language, "panels.pdf.contents-line", bid.reference(), bid.projectTitle(),
                    bid.organisationName(), bid.amountRequested().toShortString())));
        }
        if (!toDeclare.isEmpty()) {
            document.add(PdfStyle.heading(t(language, "panels.pdf.to-declare")));
            for (var line : toDeclare) {
                document.add(PdfStyle.text(t(language, "panels.pdf.contents-line", line.reference(),
                        line.projectTitle(), line.organisationName(), line.amountRequested().toShortString())));
            }
        }
        for (var bid : bids) {
            document.newPage();
            writeBid(document, language, round, bid);
        }
        document.close();
        return out.toByteArray();
    }

    private void writeBid(Document document, Language language, RoundDetails round, ApplicationDetails a) {
        document.add(PdfStyle.small(a.reference() + " · " + a.organisationName())); // not user text: names
        document.add(PdfStyle.title(a.projectTitle()));
        document.add(PdfStyle.text(t(language, "panels.bid.facts", a.reference(), a.organisationName(),
                a.amountRequested().toShortString())));
        var gapLines = GapLines.of(GapAlignment.of(a));
        document.add(PdfStyle.heading(t(language, "panels.bid.gaps")));
        document.add(PdfStyle.text(translations.text(language, gapLines.opening())));
        for (var line : gapLines.gaps()) {
            document.add(PdfStyle.text("• " + translations.text(language, line))); // not user text: a bullet
        }
        for (var line : gapLines.closing()) {
            document.add(PdfStyle.text(translations.text(language, line)));
        }
        String notAnswered = t(language, "apply.summary.not-answered");
        document.add(PdfStyle.heading(t(language, "panels.answers.project")));
        document.add(PdfStyle.answer(t(language, "apply.summary.summary"), a.summary(), notAnswered));
        if (a.needStatement() != null) {
            document.add(PdfStyle.answer(t(language, "apply.summary.need"), a.needStatement(), notAnswered));
        }
        document.add(PdfStyle.answer(t(language, "apply.summary.income"), a.organisation().incomeBand() == null
                ? null : translations.text(language, a.organisation().incomeBand().label()), notAnswered));
        document.add(PdfStyle.heading(t(language, "panels.answers.who")));
        document.add(PdfStyle.answer(t(language, "apply.summary.needs"), a.needs().stream()
                .map(n -> translations.text(language, n.name())).collect(Collectors.joining(", ")), notAnswered));
        document.add(PdfStyle.answer(t(language, "apply.summary.areas"), a.areas().stream().map(AreaInfo::name)
                .collect(Collectors.joining(", ")), notAnswered));
        if (a.beneficiaries() != null) {
            document.add(PdfStyle.answer(t(language, "apply.summary.beneficiaries"), a.beneficiaries(),
                    notAnswered));
        }
        if (a.activities() != null) {
            document.add(PdfStyle.heading(t(language, "panels.answers.activities")));
            document.add(PdfStyle.answer(t(language, "apply.summary.activities"), a.activities(), notAnswered));
        }
        document.add(PdfStyle.heading(t(language, "panels.answers.budget")));
        var table = PdfStyle.table(new float[] {6, 3}, t(language, "panels.pdf.item"), t(language, "panels.pdf.cost"));
        for (var line : a.budget()) {
            PdfStyle.cell(table, line.item(), false);
            PdfStyle.cell(table, translations.text(language, line.costText()), true);
        }
        PdfStyle.cell(table, t(language, "apply.summary.requested"), false);
        PdfStyle.cell(table, a.amountRequested().toString(), true);
        document.add(table);
        document.add(PdfStyle.heading(t(language, "panels.pdf.notes")));
        var sheet = PdfStyle.table(new float[] {4, 1.2f, 6}, t(language, "panels.pdf.criterion"),
                t(language, "panels.pdf.score", round.scale().lowest(), round.scale().highest()),
                t(language, "panels.pdf.comment"));
        for (var criterion : round.criteria()) {
            PdfStyle.cell(sheet, criterion.title(), false);
            PdfStyle.cell(sheet, " ", false); // not user text: a blank box to write in
            PdfStyle.cell(sheet, "\n\n\n", false); // not user text: room to write
        }
        document.add(sheet);
    }

    private String t(Language language, String key, Object... args) {
        return translations.text(language, key, args);
    }
}
