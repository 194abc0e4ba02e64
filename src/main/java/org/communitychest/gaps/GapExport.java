package org.communitychest.gaps;

import java.util.ArrayList;
import java.util.List;
import org.communitychest.base.Language;
import org.communitychest.base.Spreadsheets;
import org.communitychest.base.Translations;
import org.springframework.stereotype.Component;

/**
 * A period's gaps as a spreadsheet, in the order the gaps page lists them: CSV for any tool, XLSX for Excel.
 * Suppressed counts stay blank (never zero), and a column says where unmet is a lower bound.
 */
@Component
public class GapExport {

    private final Translations translations;

    GapExport(Translations translations) {
        this.translations = translations;
    }

    public byte[] csv(List<GapCell> cells) {
        return Spreadsheets.csv(headers(), rows(cells));
    }

    public byte[] xlsx(List<GapCell> cells) {
        return Spreadsheets.xlsx(text("staff.gaps.export.sheet"), headers(), rows(cells));
    }

    private List<List<Object>> rows(List<GapCell> cells) {
        return cells.stream().map(this::values).toList();
    }

    private List<String> headers() {
        var headers = new ArrayList<>(gapHeaders());
        List.of("rate", "received", "connected", "unmet-referrals", "waiting", "median-wait", "imd")
                .forEach(column -> headers.add(text("staff.gaps.export." + column)));
        return headers;
    }

    private List<Object> values(GapCell c) {
        var values = new ArrayList<>(gapValues(c));
        values.add(c.unmetRate() == null ? null : Math.round(c.unmetRate() * 1000) / 1000.0);
        values.add(c.received());
        values.add(c.connected());
        values.add(c.unmetReferrals());
        values.add(c.waiting());
        values.add(c.medianWaitDays());
        values.add(c.imdDecile());
        return values;
    }

    /**
     * The columns every gap spreadsheet starts with, this one and the coverage one: the period, the area, the
     * need, unmet and whether it is a lower bound.
     */
    public List<String> gapHeaders() {
        return List.of("period-start", "period-end", "area", "area-code", "need", "unmet", "lower-bound").stream()
                .map(column -> text("staff.gaps.export." + column)).toList();
    }

    /** A gap's values in the columns of {@link #gapHeaders()}. */
    public List<Object> gapValues(GapCell c) {
        return java.util.Arrays.asList(c.period().start().toString(), c.period().end().toString(), c.areaName(),
                c.areaCode(), translations.text(Language.ENGLISH, c.needName()), c.unmet(),
                text(c.lowerBound() ? "staff.gaps.export.yes" : "staff.gaps.export.no"));
    }

    private String text(String key) {
        return translations.text(Language.ENGLISH, key);
    }
}
