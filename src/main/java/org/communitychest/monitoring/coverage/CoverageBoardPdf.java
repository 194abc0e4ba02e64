package org.communitychest.monitoring.coverage;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.communitychest.base.Language;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.PdfStyle;
import org.communitychest.base.Translations;
import org.springframework.stereotype.Component;

/**
 * The partnership board's summary of a period's gap coverage, in English (staff texts): the figures in plain
 * words, a chart of unmet, funded and delivered per need and one of coverage per period (drawn on the server,
 * {@link CoverageCharts}), the largest uncovered gaps as a table, and how to read the figures.
 */
@Component
class CoverageBoardPdf {

    /** The rows of the gaps table: the largest uncovered; the page and the spreadsheet have every gap. */
    static final int TABLE_ROWS = 15;
    /** The width of the page's text in points: A4 less the margins. */
    private static final int WIDTH = 499;

    private final Translations translations;

    CoverageBoardPdf(Translations translations) {
        this.translations = translations;
    }

    byte[] render(Coverage coverage, String partnershipName, LocalDate madeOn) {
        var out = new ByteArrayOutputStream();
        var document = PdfStyle.document(out, Language.ENGLISH);
        String period = coverage.period().label();
        document.addTitle(t("staff.coverage.pdf.document-title", partnershipName, period));
        document.addCreator(t("common.app-name"));
        document.open();
        document.add(PdfStyle.small(partnershipName));
        document.add(PdfStyle.title(t("staff.coverage.pdf.title", period)));
        document.add(PdfStyle.text(t("staff.coverage.pdf.made", London.format(madeOn))));

        document.add(PdfStyle.heading(t("staff.coverage.pdf.in-short")));
        for (var sentence : CoverageReading.of(coverage)) {
            document.add(PdfStyle.text("• " + t(sentence))); // not user text: a bullet
        }

        var needs = coverage.byNeed().stream().filter(n -> n.total().anyPeople()).toList();
        var bars = CoverageCharts.bars(needs.stream().map(n -> t(n.needName())).toList(), List.of(
                series("staff.coverage.unmet", CoverageCharts.UNMET, needs, n -> n.total().unmet()),
                series("staff.coverage.funded", CoverageCharts.FUNDED, needs, n -> n.total().funded()),
                series("staff.coverage.delivered", CoverageCharts.DELIVERED, needs, n -> n.total().delivered())),
                t("staff.coverage.chart.people"), WIDTH, Math.max(160, 60 + needs.size() * 34));
        document.add(PdfStyle.figure(t("staff.coverage.chart.by-need"), bars, WIDTH,
                t("staff.coverage.chart.by-need-name", period)));
        document.add(PdfStyle.small(t("staff.coverage.chart.by-need-note")));

        var trend = coverage.trend();
        var lines = CoverageCharts.percentLines(trend.stream().map(p -> p.period().shortLabel(Locale.UK)).toList(),
                List.of(series("staff.coverage.funded-coverage", CoverageCharts.FUNDED, trend,
                                p -> p.total().fundedCoverage()),
                        series("staff.coverage.delivered-coverage", CoverageCharts.DELIVERED, trend,
                                p -> p.total().deliveredCoverage())),
                WIDTH, 220);
        document.add(PdfStyle.figure(t("staff.coverage.trend.title"), lines, WIDTH,
                t("staff.coverage.trend.chart-name", trend.size())));
        var periods = PdfStyle.table(new float[] {4, 2, 2, 2}, t("staff.coverage.period"), t("staff.coverage.unmet"),
                t("staff.coverage.funded-coverage"), t("staff.coverage.delivered-coverage"));
        for (var p : trend) {
            PdfStyle.cell(periods, p.period().label(), false);
            PdfStyle.cell(periods, t(CoverageText.unmet(p.total().unmet(), p.total().lowerBound())), true);
            PdfStyle.cell(periods, t(CoverageText.share(p.total().fundedCoverage(), p.total().lowerBound())), true);
            PdfStyle.cell(periods, t(CoverageText.share(p.total().deliveredCoverage(), p.total().lowerBound())), true);
        }
        document.add(periods);

        document.add(PdfStyle.heading(t("staff.coverage.largest")));
        var largest = coverage.largestUncovered(TABLE_ROWS);
        if (largest.isEmpty()) {
            document.add(PdfStyle.text(t("staff.coverage.none-uncovered")));
        } else {
            var gaps = PdfStyle.table(new float[] {3.6f, 2.8f, 1.9f, 1.7f, 1.9f, 1.9f, 2.2f}, t("staff.coverage.need"),
                    t("staff.coverage.area"), t("staff.coverage.unmet"), t("staff.coverage.funded"),
                    t("staff.coverage.delivered"), t("staff.coverage.funded-coverage"), t("staff.coverage.uncovered"));
            for (var g : largest) {
                PdfStyle.cell(gaps, t(g.gap().needName()), false);
                PdfStyle.cell(gaps, g.gap().areaName(), false);
                PdfStyle.cell(gaps, t(CoverageText.unmet(g.unmet(), g.gap().lowerBound())), true);
                PdfStyle.cell(gaps, String.valueOf(g.funded()), true);
                PdfStyle.cell(gaps, String.valueOf(g.delivered()), true);
                PdfStyle.cell(gaps, t(CoverageText.share(g.fundedCoverage(), g.gap().lowerBound())), true);
                PdfStyle.cell(gaps, String.valueOf(g.uncovered()), true);
            }
            document.add(gaps);
        }

        document.add(PdfStyle.heading(t("staff.coverage.pdf.how-to-read")));
        for (String note : List.of("staff.coverage.note.funded", "staff.coverage.note.delivered",
                "staff.coverage.note.coverage", "staff.coverage.note.lower-bound")) {
            document.add(PdfStyle.text("• " + t(note))); // not user text: a bullet
        }
        document.close();
        return out.toByteArray();
    }

    private <T> CoverageCharts.Series series(String name, java.awt.Color colour, List<T> items,
            java.util.function.Function<T, ? extends Number> value) {
        return new CoverageCharts.Series(t(name), colour, items.stream().<Number>map(value).toList());
    }

    private String t(String key, Object... args) {
        return translations.text(Language.ENGLISH, key, args);
    }

    private String t(Message message) {
        return translations.text(Language.ENGLISH, message);
    }
}
