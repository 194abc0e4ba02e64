package org.communitychest.monitoring.coverage;

import java.util.ArrayList;
import java.util.List;
import org.communitychest.base.Language;
import org.communitychest.base.Spreadsheets;
import org.communitychest.base.Translations;
import org.communitychest.gaps.GapExport;
import org.springframework.stereotype.Component;

/**
 * A period's gap coverage as a spreadsheet, in the page's order (the largest uncovered first), the way the gap
 * export writes gaps: CSV for any tool, XLSX for Excel, counts as numbers, coverage as a fraction from 0 to 1 and
 * blank where no unmet need was recorded, and a column for where unmet is a lower bound.
 */
@Component
public class CoverageExport {

    private final GapExport gapExport;
    private final Translations translations;

    CoverageExport(GapExport gapExport, Translations translations) {
        this.gapExport = gapExport;
        this.translations = translations;
    }

    public byte[] csv(List<GapCoverage> gaps) {
        return Spreadsheets.csv(headers(), rows(gaps));
    }

    public byte[] xlsx(List<GapCoverage> gaps) {
        return Spreadsheets.xlsx(text("staff.coverage.export.sheet"), headers(), rows(gaps));
    }

    private List<String> headers() {
        var headers = new ArrayList<>(gapExport.gapHeaders());
        List.of("funded", "grants", "delivered", "funded-coverage", "delivered-coverage", "uncovered")
                .forEach(column -> headers.add(text("staff.coverage.export." + column)));
        return headers;
    }

    private List<List<Object>> rows(List<GapCoverage> gaps) {
        return gaps.stream().map(this::values).toList();
    }

    private List<Object> values(GapCoverage g) {
        var values = new ArrayList<>(gapExport.gapValues(g.gap()));
        values.add(g.funded());
        values.add(g.grants().size());
        values.add(g.delivered());
        values.add(fraction(g.fundedCoverage()));
        values.add(fraction(g.deliveredCoverage()));
        values.add(g.uncovered());
        return values;
    }

    private static Double fraction(Double coverage) {
        return coverage == null ? null : Math.round(coverage * 1000) / 1000.0;
    }

    private String text(String key) {
        return translations.text(Language.ENGLISH, key);
    }
}
