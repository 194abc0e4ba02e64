package org.communitychest.gaps.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.communitychest.base.ui.FiltersInAddress;
import org.communitychest.base.ui.Texts;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.place.NeedCategoryInfo;

/**
 * The period and need filters that the gap pages share (the matrix, the map, and the coverage page of the
 * monitoring module), and how they are kept in the address.
 */
public final class GapFilters {

    private static final String PERIOD = "period"; // not user text: parameter
    private static final String NEED = "need"; // not user text: parameter

    private GapFilters() {
    }

    public static Select<GapPeriod> period() {
        var period = new Select<GapPeriod>();
        period.setLabel(period.getTranslation("staff.gaps.matrix.period"));
        period.setItemLabelGenerator(GapPeriod::label);
        period.addClassName("cc-wide-filter");
        return period;
    }

    public static ComboBox<NeedCategoryInfo> need(List<NeedCategoryInfo> needs) {
        var need = new ComboBox<NeedCategoryInfo>();
        need.setLabel(need.getTranslation("staff.gaps.matrix.need"));
        need.setItems(needs);
        need.setItemLabelGenerator(n -> Texts.of(n.name()));
        need.setClearButtonVisible(true);
        need.setPlaceholder(need.getTranslation("staff.gaps.matrix.all-needs"));
        return need;
    }

    /** Sets both from the address: the period it names, else the latest; the need it names, else all needs. */
    public static void read(QueryParameters query, List<GapPeriod> periods, Select<GapPeriod> period,
            ComboBox<NeedCategoryInfo> need) {
        period.setItems(periods);
        period.setValue(FiltersInAddress.read(query, PERIOD).flatMap(p -> periods.stream()
                .filter(candidate -> candidate.start().toString().equals(p)).findFirst())
                .orElse(periods.isEmpty() ? null : periods.getFirst()));
        need.setValue(FiltersInAddress.readId(query, NEED).flatMap(id -> need.getListDataView().getItems()
                .filter(n -> n.id() == id).findFirst()).orElse(null));
    }

    /** The two filters side by side, each calling {@code changed} when it changes (listeners added once, here). */
    public static FlexLayout layout(Select<GapPeriod> period, ComboBox<NeedCategoryInfo> need, Runnable changed) {
        period.addValueChangeListener(e -> changed.run());
        need.addValueChangeListener(e -> changed.run());
        var filters = new FlexLayout(period, need);
        filters.addClassName("cc-filters");
        return filters;
    }

    /** A download's file name for the period: {@code referral-gaps-2026-04-01.csv}, {@code ...-none.csv} for none. */
    public static String fileName(String prefix, GapPeriod period, String extension) {
        String when = period == null ? "none" : period.start().toString(); // not user text
        return prefix + "-" + when + "." + extension; // not user text: a file name
    }

    public static void write(Map<String, String> filters, Select<GapPeriod> period, ComboBox<NeedCategoryInfo> need) {
        filters.put(PERIOD, period.getValue() == null ? null : period.getValue().start().toString());
        filters.put(NEED, need.getValue() == null ? null : String.valueOf(need.getValue().id()));
    }
}
