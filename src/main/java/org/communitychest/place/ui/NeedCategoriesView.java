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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.Texts;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;

@Route("admin/need-categories")
@RolesAllowed("ADMIN")
class NeedCategoriesView extends VerticalLayout implements HasDynamicTitle {

    private static final String TEXTS = "staff.place.need-categories.";

    final Grid<NeedCategoryInfo> grid = new Grid<>();
    final TextField code = new TextField(text("code"));
    final TextField label = new TextField(text("name"));
    final TextField snomed = new TextField(text("snomed"));
    final Button add = new Button(text("add"));
    private final NeedCategories categories;

    NeedCategoriesView(NeedCategories categories) {
        this.categories = categories;
        addClassName("cc-page");
        grid.addColumn(c -> Texts.of(c.name())).setHeader(text("column.name")).setAutoWidth(true);
        grid.addColumn(NeedCategoryInfo::code).setHeader(text("column.code")).setAutoWidth(true);
        grid.addColumn(c -> c.snomedCode() == null ? "" : c.snomedCode()).setHeader(text("column.snomed"));
        grid.addColumn(c -> text(c.retired() ? "retired" : "in-use")).setHeader(text("column.status"));
        grid.addComponentColumn(c -> {
            var toggle = new Button(text(c.retired() ? "reinstate" : "retire"), e -> {
                categories.setRetired(c.id(), !c.retired());
                Notifications.success(text(c.retired() ? "reinstated" : "was-retired", Texts.of(c.name())));
                refresh();
            });
            toggle.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            return toggle;
        }).setHeader("");
        grid.setAllRowsVisible(true);
        refresh();

        code.setHelperText(text("code-help"));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> {
            FieldErrors.clear(code, label, snomed);
            try {
                var added = categories.add(code.getValue(), label.getValue(), snomed.getValue());
                Notifications.success(text("added", Texts.of(added.name())));
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

        add(new H1(text("title")), new Paragraph(text("intro")), grid, new H2(text("add-heading")), form);
    }

    private void refresh() {
        grid.setItems(categories.ofMyPartnership());
    }

    private String text(String key, Object... args) {
        return getTranslation(TEXTS + key, args);
    }

    @Override
    public String getPageTitle() {
        return text("page-title");
    }
}
