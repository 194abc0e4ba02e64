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
        return List.of("staff.gaps.export.period-start", "staff.gaps.export.period-end", "staff.gaps.export.area",
                "staff.gaps.export.area-code", "staff.gaps.export.need", "staff.gaps.export.unmet",
                "staff.gaps.export.lower-bound", "staff.gaps.export.rate", "staff.gaps.export.received",
                "staff.gaps.export.connected", "staff.gaps.export.unmet-referrals", "staff.gaps.export.waiting",
                "staff.gaps.export.median-wait", "staff.gaps.export.imd").stream().map(this::text).toList();
    }

    private List<Object> values(GapCell c) {
        var values = new ArrayList<Object>();
        values.add(c.period().start().toString());
        values.add(c.period().end().toString());
        values.add(c.areaName());
        values.add(c.areaCode());
        values.add(translations.text(Language.ENGLISH, c.needName()));
        values.add(c.unmet());
        values.add(text(c.lowerBound() ? "staff.gaps.export.yes" : "staff.gaps.export.no"));
        values.add(c.unmetRate() == null ? null : Math.round(c.unmetRate() * 1000) / 1000.0);
        values.add(c.received());
        values.add(c.connected());
        values.add(c.unmetReferrals());
        values.add(c.waiting());
        values.add(c.medianWaitDays());
        values.add(c.imdDecile());
        return values;
    }

    private String text(String key) {
        return translations.text(Language.ENGLISH, key);
    }
}
