package org.communitychest.applications.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.base.ui.Texts;
import org.communitychest.applications.ApplicationFilter;
import org.communitychest.applications.ApplicationRow;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.applications.FormType;
import org.communitychest.applications.GapAlignment;
import org.communitychest.applications.Screening;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.FiltersInAddress;
import org.communitychest.base.ui.RouteId;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.PriorityGap;
import org.communitychest.rounds.Rounds;
import org.springframework.data.domain.PageRequest;

/**
 * An officer's list of a round's applications: lazy, filtered, searchable, exportable. The filters are kept in the
 * address, so going back from an application, reloading or sharing the link shows the same list.
 */
@Route("rounds/:roundId" + RouteId.PATTERN + "/applications")
@RolesAllowed("OFFICER")
class RoundApplicationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<ApplicationRow> grid = new Grid<>();
    final ComboBox<ApplicationStatus> status = new ComboBox<>(text("status"));
    final ComboBox<NeedCategoryInfo> need = new ComboBox<>(text("need"));
    final ComboBox<AreaInfo> area = new ComboBox<>(text("area"));
    final TextField search = new TextField(text("search"));
    final Span count = new Span();
    private final H1 title = new H1();
    private final Screening screening;
    private final Rounds rounds;
    private final NeedCategories needCategories;
    private final Areas areas;
    private long roundId;
    private List<PriorityGap> priorities = List.of();
    /** The gap alignment of each application fetched for the grid, by id; read with its page. */
    private final Map<Long, GapAlignment> alignments = new HashMap<>();
    private boolean restoring;

    RoundApplicationsView(Screening screening, Rounds rounds, NeedCategories needCategories, Areas areas) {
        this.screening = screening;
        this.rounds = rounds;
        this.needCategories = needCategories;
        this.areas = areas;
        addClassName("cc-page");
        setSizeFull();
        status.setItems(ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE,
                ApplicationStatus.WITHDRAWN, ApplicationStatus.FUNDED, ApplicationStatus.PART_FUNDED,
                ApplicationStatus.NOT_FUNDED);
        status.setItemLabelGenerator(s -> Texts.of(s.label()));
        status.setClearButtonVisible(true);
        need.setItemLabelGenerator(NeedCategoryInfo::label);
        need.setClearButtonVisible(true);
        area.setItemLabelGenerator(AreaInfo::name);
        area.setClearButtonVisible(true);
        search.setPlaceholder(text("search-placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);

        // Names and titles wrap in columns that share the spare width, so every column fits a desktop screen.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ApplicationRow::reference).setHeader(text("column.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ApplicationRow::organisationName).setHeader(text("column.group")).setWidth("10rem")
                .setFlexGrow(2);
        grid.addColumn(ApplicationRow::projectTitle).setHeader(text("column.project")).setWidth("12rem").setFlexGrow(3);
        grid.addColumn(r -> Texts.of(r.statusWithAward())).setHeader(text("column.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> text(r.formType() == FormType.SHORT ? "short" : "full")).setHeader(text("column.form"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.amountRequested().toString()).setHeader(text("column.requested")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> London.format(r.submittedAt())).setHeader(text("column.submitted")).setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(r -> alignments.containsKey(r.id()) ? Texts.of(alignments.get(r.id()).staffShort()) : "")
                .setHeader(text("column.gaps")).setKey("gaps").setWidth("8rem").setFlexGrow(1); // not user text
        grid.setItems(query -> {
            var page = screening.applications(roundId, filter(), PageRequest.of(query.getPage(),
                    query.getPageSize())).getContent();
            alignments.putAll(screening.gapAlignments(priorities, page));
            return page.stream();
        }, query -> (int) screening.count(roundId, filter()));
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(
                ui -> ui.navigate(ApplicationsNavigation.review(e.getItem().id()))));
        grid.setSizeFull();
        // On a phone the filters take most of the screen: the list keeps room for several rows and the page scrolls.
        grid.setMinHeight("22rem");
        status.addValueChangeListener(e -> filtersChanged());
        need.addValueChangeListener(e -> filtersChanged());
        area.addValueChangeListener(e -> filtersChanged());
        search.addValueChangeListener(e -> filtersChanged());

        var csv = Downloads.link(text("export-csv"), () -> {
            var out = new StringWriter();
            screening.exportCsv(roundId, filter(), out);
            return new Downloads.File("applications-round-" + roundId + ".csv", "text/csv",
                    out.toString().getBytes(StandardCharsets.UTF_8));
        });
        var pack = Downloads.link(text("pdf-pack"), () -> new Downloads.File(
                "applications-round-" + roundId + ".pdf", "application/pdf", screening.pdfPack(roundId)));
        var filters = new FlexLayout(search, status, need, area);
        filters.addClassName("cc-filters");
        var downloads = new FlexLayout(csv, pack);
        downloads.addClassName("cc-filters");
        add(new Anchor("rounds", text("all-rounds")), title, filters, count, downloads, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters().getLong("roundId")
                .orElseThrow(() -> new RecordNotFoundException("Round"));
        var round = rounds.get(roundId);
        title.setText(text("title", round.title()));
        priorities = round.priorities();
        grid.getColumnByKey("gaps").setVisible(!priorities.isEmpty()); // not user text: a column key
        var needList = needCategories.ofMyPartnership();
        var areaList = areas.ofMyPartnership();
        var query = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            need.setItems(needList);
            area.setItems(areaList);
            status.setValue(FiltersInAddress.readEnum(query, "status", ApplicationStatus.class)
                    .filter(s -> status.getListDataView().contains(s)).orElse(null));
            need.setValue(FiltersInAddress.readId(query, "need").flatMap(id -> needList.stream()
                    .filter(n -> n.id() == id).findFirst()).orElse(null));
            area.setValue(FiltersInAddress.readId(query, "area").flatMap(id -> areaList.stream()
                    .filter(a -> a.id() == id).findFirst()).orElse(null));
            search.setValue(FiltersInAddress.read(query, "search").orElse(""));
        } finally {
            restoring = false;
        }
        refresh();
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        refresh();
        var filters = new LinkedHashMap<String, String>();
        filters.put("status", FiltersInAddress.value(status.getValue()));
        filters.put("need", need.getValue() == null ? null : String.valueOf(need.getValue().id()));
        filters.put("area", area.getValue() == null ? null : String.valueOf(area.getValue().id()));
        filters.put("search", search.getValue());
        FiltersInAddress.write(this, filters);
    }

    ApplicationFilter filter() {
        return new ApplicationFilter(status.getValue(), need.getValue() == null ? null : need.getValue().id(),
                area.getValue() == null ? null : area.getValue().id(), search.getValue());
    }

    private void refresh() {
        alignments.clear();
        grid.getDataProvider().refreshAll();
        long n = screening.count(roundId, filter());
        count.setText(text("count", n));
    }

    private String text(String key, Object... args) {
        return getTranslation("staff.apply.applications." + key, args);
    }

    @Override
    public String getPageTitle() {
        return text("page-title");
    }
}
