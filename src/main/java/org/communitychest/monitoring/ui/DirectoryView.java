package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.FiltersInAddress;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.Directory;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.AreaType;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.place.PartnershipInfo;
import org.communitychest.place.Partnerships;

/**
 * Public, no sign-in: the activities the partnership's community chest funds, for link workers and residents to
 * find one by need, area and day of the week. The filters stay in the address, so a search can be shared.
 */
@Route("directory/:code")
@AnonymousAllowed
class DirectoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Directory directory;
    private final NeedCategories needCategories;
    private final Areas areas;
    private final Partnerships partnerships;
    final H1 title = new H1();
    final Select<NeedCategoryInfo> need = new Select<>();
    final Select<AreaInfo> area = new Select<>();
    final Select<DayOfWeek> day = new Select<>();
    final Paragraph count = new Paragraph();
    final Div list = new Div();
    private PartnershipInfo partnership;
    private boolean showing;

    DirectoryView(Directory directory, NeedCategories needCategories, Areas areas, Partnerships partnerships) {
        this.directory = directory;
        this.needCategories = needCategories;
        this.areas = areas;
        this.partnerships = partnerships;
        addClassName("cc-page");
        need.setLabel(getTranslation("monitoring.directory.filter-need"));
        need.setItemLabelGenerator(n -> n == null ? "" : Texts.of(n.name()));
        area.setLabel(getTranslation("monitoring.directory.filter-area"));
        area.setItemLabelGenerator(a -> a == null ? "" : a.name());
        day.setLabel(getTranslation("monitoring.directory.filter-day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d == null ? "" : d.getDisplayName(TextStyle.FULL, getLocale()));
        for (var select : new Select<?>[] {need, area, day}) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("monitoring.directory.any"));
            select.setPlaceholder(getTranslation("monitoring.directory.any"));
            select.addValueChangeListener(e -> {
                if (showing) {
                    search();
                    FiltersInAddress.write(this, filters());
                }
            });
        }
        var filters = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(need, area, day);
        filters.addClassName("cc-filters");
        list.addClassName("cc-directory-list");
        count.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        add(title, new Paragraph(getTranslation("monitoring.directory.intro")), filters, count, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        partnership = partnerships.all().stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Partnership")); // not user text: for the log
        title.setText(getTranslation("monitoring.directory.title", partnership.name()));
        showing = false;
        var needs = needCategories.activeOf(partnership.id());
        need.setItems(needs);
        var places = areas.ofPartnership(partnership.id()).stream().filter(a -> a.type() != AreaType.BOROUGH)
                .toList();
        area.setItems(places);
        var query = event.getLocation().getQueryParameters();
        need.setValue(FiltersInAddress.read(query, "need").flatMap(c -> needs.stream()
                .filter(n -> n.code().equals(c)).findFirst()).orElse(null));
        area.setValue(FiltersInAddress.read(query, "area").flatMap(c -> places.stream()
                .filter(a -> a.code().equals(c)).findFirst()).orElse(null));
        day.setValue(FiltersInAddress.read(query, "day").flatMap(d -> java.util.Arrays.stream(DayOfWeek.values())
                .filter(x -> x.name().equalsIgnoreCase(d)).findFirst()).orElse(null));
        showing = true;
        search();
    }

    private void search() {
        var found = directory.search(partnership.id(), need.getValue() == null ? null : need.getValue().code(),
                area.getValue() == null ? null : area.getValue().code(), day.getValue());
        count.setText(getTranslation("monitoring.directory.count", found.size()));
        list.removeAll();
        found.forEach(e -> list.add(new DirectoryCard(e, true)));
    }

    private Map<String, String> filters() {
        var values = new LinkedHashMap<String, String>();
        values.put("need", need.getValue() == null ? null : need.getValue().code());
        values.put("area", area.getValue() == null ? null : area.getValue().code());
        values.put("day", day.getValue() == null ? null : day.getValue().name().toLowerCase(java.util.Locale.ROOT));
        return values;
    }

    @Override
    public String getPageTitle() {
        return partnership == null ? getTranslation("monitoring.directory.page-title")
                : getTranslation("monitoring.directory.title", partnership.name());
    }
}
