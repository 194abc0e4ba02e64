package org.communitychest.place.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Notifications;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;

@Route("admin/need-categories")
@PageTitle("Need categories · Community Chest")
@RolesAllowed("ADMIN")
class NeedCategoriesView extends VerticalLayout {

    final Grid<NeedCategoryInfo> grid = new Grid<>();
    final TextField code = new TextField("Code");
    final TextField label = new TextField("Name people see");
    final TextField snomed = new TextField("SNOMED CT code (optional)");
    final Button add = new Button("Add category");
    private final NeedCategories categories;

    NeedCategoriesView(NeedCategories categories) {
        this.categories = categories;
        addClassName("cc-page");
        grid.addColumn(NeedCategoryInfo::label).setHeader("Name").setAutoWidth(true);
        grid.addColumn(NeedCategoryInfo::code).setHeader("Code").setAutoWidth(true);
        grid.addColumn(c -> c.snomedCode() == null ? "" : c.snomedCode()).setHeader("SNOMED CT");
        grid.addColumn(c -> c.retired() ? "Retired" : "In use").setHeader("Status");
        grid.addComponentColumn(c -> {
            var toggle = new Button(c.retired() ? "Reinstate" : "Retire", e -> {
                categories.setRetired(c.id(), !c.retired());
                Notifications.success(c.label() + (c.retired() ? " is in use again" : " is retired"));
                refresh();
            });
            toggle.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            return toggle;
        }).setHeader("");
        grid.setAllRowsVisible(true);
        refresh();

        code.setHelperText("Capitals and underscores, e.g. FOOD_BANKS");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> {
            FieldErrors.clear(code, label, snomed);
            try {
                var added = categories.add(code.getValue(), label.getValue(), snomed.getValue());
                Notifications.success(added.label() + " added");
                code.clear();
                label.clear();
                snomed.clear();
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("code", code, "label", label, "snomedCode", snomed));
            }
        });
        var form = new FlexLayout(code, label, snomed, add);
        form.addClassName("cc-filters");
        form.setAlignItems(Alignment.BASELINE);

        add(new H1("Need categories"),
                new Paragraph("The needs social prescribers record and applicants target. Retired categories stay"
                        + " on past applications but cannot be chosen again."),
                grid, new H2("Add a category"), form);
    }

    private void refresh() {
        grid.setItems(categories.ofMyPartnership());
    }
}
