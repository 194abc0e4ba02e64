package org.communitychest.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.audit.AuditLog;
import org.communitychest.audit.AuditRecord;
import org.communitychest.audit.AuditSearch;
import org.communitychest.base.London;
import org.communitychest.base.ui.DatePickers;
import org.springframework.data.domain.PageRequest;

@Route("admin/audit")
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final String TEXTS = "staff.audit.";

    private final TextField text = new TextField(translated("filter.text"));
    private final ComboBox<String> action = new ComboBox<>(translated("filter.action"));
    private final DatePicker from = DatePickers.date(translated("filter.from"));
    private final DatePicker to = DatePickers.date(translated("filter.to"));
    final Grid<AuditRecord> grid = new Grid<>();

    AuditView(AuditLog auditLog) {
        addClassName("cc-page");
        setSizeFull();
        text.setPlaceholder(translated("filter.text-placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        action.setItems(auditLog.actions());
        action.setClearButtonVisible(true);
        var filters = new FlexLayout(text, action, from, to);
        filters.addClassName("cc-filters");

        // Widths that fit the whole grid in 1440 px, so that Before and After are on screen and get the spare width
        grid.addColumn(r -> London.format(r.occurredAt())).setHeader(translated("column.when")).setWidth("15rem")
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actor).setHeader(translated("column.who")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(AuditRecord::action).setHeader(translated("column.action")).setWidth("13rem").setFlexGrow(1);
        grid.addColumn(AuditRecord::subject).setHeader(translated("column.subject")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(AuditRecord::before).setHeader(translated("column.before")).setWidth("10rem").setFlexGrow(3);
        grid.addColumn(AuditRecord::after).setHeader(translated("column.after")).setWidth("10rem").setFlexGrow(3);
        grid.setItems(query -> auditLog.search(currentSearch(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setSizeFull();

        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H1(translated("title")), filters, grid);
    }

    private String translated(String key) {
        return getTranslation(TEXTS + key);
    }

    @Override
    public String getPageTitle() {
        return translated("page-title");
    }

    private AuditSearch currentSearch() {
        return new AuditSearch(text.getValue(), action.getValue(), from.getValue(), to.getValue());
    }
}
