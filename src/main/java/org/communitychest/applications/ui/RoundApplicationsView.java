package org.communitychest.applications.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
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
import org.communitychest.applications.ApplicationFilter;
import org.communitychest.applications.ApplicationRow;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Screening;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.Rounds;
import org.springframework.data.domain.PageRequest;

/** An officer's list of a round's applications: lazy, filtered, searchable, exportable. */
@Route("rounds/:roundId" + RouteId.PATTERN + "/applications")
@RolesAllowed("OFFICER")
class RoundApplicationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<ApplicationRow> grid = new Grid<>();
    final ComboBox<ApplicationStatus> status = new ComboBox<>(getTranslation("staff.apply.applications.status"));
    final ComboBox<NeedCategoryInfo> need = new ComboBox<>(getTranslation("staff.apply.applications.need"));
    final ComboBox<AreaInfo> area = new ComboBox<>(getTranslation("staff.apply.applications.area"));
    final TextField search = new TextField(getTranslation("staff.apply.applications.search"));
    final Span count = new Span();
    private final H1 title = new H1();
    private final Screening screening;
    private final Rounds rounds;
    private final NeedCategories needCategories;
    private final Areas areas;
    private long roundId;

    RoundApplicationsView(Screening screening, Rounds rounds, NeedCategories needCategories, Areas areas) {
        this.screening = screening;
        this.rounds = rounds;
        this.needCategories = needCategories;
        this.areas = areas;
        addClassName("cc-page");
        setSizeFull();
        status.setItems(ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE,
                ApplicationStatus.WITHDRAWN);
        status.setItemLabelGenerator(s -> Texts.of(s.label()));
        status.setClearButtonVisible(true);
        need.setItemLabelGenerator(NeedCategoryInfo::label);
        need.setClearButtonVisible(true);
        area.setItemLabelGenerator(AreaInfo::name);
        area.setClearButtonVisible(true);
        search.setPlaceholder(getTranslation("staff.apply.applications.search-placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);

        grid.addColumn(ApplicationRow::reference).setHeader(column("reference")).setAutoWidth(true);
        grid.addColumn(ApplicationRow::organisationName).setHeader(column("group")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(ApplicationRow::projectTitle).setHeader(column("project")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> Texts.of(r.status().label())).setHeader(column("status")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.formType() == FormType.SHORT ? "staff.apply.applications.short"
                : "staff.apply.applications.full")).setHeader(column("form")).setAutoWidth(true);
        grid.addColumn(r -> r.amountRequested().toString()).setHeader(column("requested")).setAutoWidth(true);
        grid.addColumn(r -> London.format(r.submittedAt())).setHeader(column("submitted")).setAutoWidth(true);
        grid.setItems(query -> screening.applications(roundId, filter(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) screening.count(roundId, filter()));
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(
                ui -> ui.navigate(ApplicationsNavigation.review(e.getItem().id()))));
        grid.setSizeFull();
        status.addValueChangeListener(e -> refresh());
        need.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        var csv = Downloads.link(getTranslation("staff.apply.applications.export-csv"), () -> {
            var out = new StringWriter();
            screening.exportCsv(roundId, filter(), out);
            return new Downloads.File("applications-round-" + roundId + ".csv", "text/csv",
                    out.toString().getBytes(StandardCharsets.UTF_8));
        });
        var pack = Downloads.link(getTranslation("staff.apply.applications.pdf-pack"), () -> new Downloads.File(
                "applications-round-" + roundId + ".pdf", "application/pdf", screening.pdfPack(roundId)));
        var filters = new FlexLayout(search, status, need, area);
        filters.addClassName("cc-filters");
        var downloads = new FlexLayout(csv, pack);
        downloads.addClassName("cc-filters");
        add(new Anchor("rounds", getTranslation("staff.apply.applications.all-rounds")), title, filters, count,
                downloads,
                grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters().getLong("roundId")
                .orElseThrow(() -> new RecordNotFoundException("Round"));
        title.setText(getTranslation("staff.apply.applications.title", rounds.get(roundId).title()));
        need.setItems(needCategories.ofMyPartnership());
        area.setItems(areas.ofMyPartnership());
        refresh();
    }

    ApplicationFilter filter() {
        return new ApplicationFilter(status.getValue(), need.getValue() == null ? null : need.getValue().id(),
                area.getValue() == null ? null : area.getValue().id(), search.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long n = screening.count(roundId, filter());
        count.setText(getTranslation("staff.apply.applications.count", n));
    }

    private String column(String name) {
        return getTranslation("staff.apply.applications.column." + name);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.apply.applications.page-title");
    }
}
