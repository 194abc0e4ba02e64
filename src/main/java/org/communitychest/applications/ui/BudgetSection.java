package org.communitychest.applications.ui;

import org.communitychest.base.ui.DraftSaver;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.applications.Answers;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.BudgetLine;
import org.communitychest.applications.FormType;
import org.communitychest.base.SaveResult;
import org.communitychest.applications.Section;
import org.communitychest.base.ui.ErrorText;
import org.communitychest.base.ui.MoneyField;
import org.communitychest.base.ui.Texts;
import org.communitychest.base.ui.TypingGuard;

class BudgetSection extends VerticalLayout {

    final List<Row> rows = new ArrayList<>();
    final VerticalLayout lines = new VerticalLayout();
    final Button addLine = new Button(getTranslation("apply.budget.add-line"), VaadinIcon.PLUS.create());
    final ErrorText error = new ErrorText();
    final Paragraph totals = new Paragraph();
    final Div problems = new Div();
    private final ApplicationDetails application;
    private final ApplicationDrafts drafts;
    private final DraftSaver saver;

    BudgetSection(ApplicationDetails a, ApplicationDrafts drafts, DraftSaver saver) {
        this.application = a;
        this.drafts = drafts;
        this.saver = saver;
        setPadding(false);
        lines.setPadding(false);
        boolean shortForm = a.formType() == FormType.SHORT;
        String smallest = a.round().minGrant().toShortString();
        String largest = a.round().maxGrant().toShortString();
        add(new Paragraph(shortForm ? getTranslation("apply.budget.intro-short", smallest, largest,
                a.round().shortFormThreshold().toString(), 5)
                : getTranslation("apply.budget.intro", smallest, largest)));
        a.budget().forEach(this::addRow);
        if (a.budget().isEmpty()) {
            addRow(null);
        }
        addLine.addClickListener(e -> {
            addRow(null);
            addLine.setEnabled(!shortForm || rows.size() < 5);
        });
        addLine.setEnabled(!shortForm || rows.size() < 5);
        problems.addClassName("cc-budget-problems");
        problems.getElement().setAttribute("aria-live", "polite");
        totals.addClassName("cc-totals");
        saver.afterSave(this::refreshTotals);
        refreshTotals(a);
        add(lines, addLine, error, totals, problems);
    }

    private void addRow(BudgetLine line) {
        var row = new Row(line);
        rows.add(row);
        lines.add(row);
    }

    /**
     * Saves the lines that are not empty, each line's messages beside its own fields. While a cost is not an amount
     * nothing is sent: the budget is saved whole, and a line saved without its cost would lose the stored one.
     */
    private void save() {
        var notAmounts = rows.stream().map(r -> r.cost).filter(cost -> !cost.check()).toArray(MoneyField[]::new);
        if (notAmounts.length > 0) {
            saver.refusedOnThePage(notAmounts);
            return;
        }
        var sent = rows.stream().filter(r -> !r.isEmpty()).toList();
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("budget", error);
        for (int i = 0; i < sent.size(); i++) {
            fields.put(BudgetLine.field(i, "item"), sent.get(i).item);
            fields.put(BudgetLine.field(i, "cost"), sent.get(i).cost);
            fields.put(BudgetLine.field(i, "otherFunder"), sent.get(i).otherFunder);
        }
        saver.save(version -> drafts.saveBudget(application.id(), version, new Answers.Budget(
                sent.stream().map(Row::value).toList())), fields);
    }

    private void refreshTotals() {
        refreshTotals(drafts.get(application.id()));
    }

    private void refreshTotals(ApplicationDetails a) {
        totals.setText(a.totalCost().equals(a.amountRequested())
                ? getTranslation("apply.budget.total", a.amountRequested().toString())
                : getTranslation("apply.budget.total-of-cost", a.amountRequested().toString(),
                        a.totalCost().toString()));
        problems.removeAll();
        var list = new UnorderedList();
        a.statusOf(Section.BUDGET).problems().forEach(p -> list.add(new ListItem(Texts.of(p))));
        if (list.getComponentCount() > 0 && !a.budget().isEmpty()) {
            problems.add(list);
            problems.setClassName("cc-alert");
        } else {
            problems.setClassName("");
        }
    }

    class Row extends FlexLayout {

        final TextField item = new TextField(getTranslation("apply.budget.item"));
        final MoneyField cost = new MoneyField(getTranslation("apply.budget.cost"));
        final TextField otherFunder = new TextField(getTranslation("apply.budget.other-funder"));
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(BudgetLine line) {
            addClassName("cc-budget-row");
            item.setPlaceholder(getTranslation("apply.budget.item-placeholder"));
            item.setMaxLength(200);
            otherFunder.setPlaceholder(getTranslation("apply.budget.other-funder-placeholder"));
            otherFunder.setMaxLength(200);
            if (line != null) {
                item.setValue(line.item());
                cost.setMoney(line.cost());
                otherFunder.setValue(line.otherFunder() == null ? "" : line.otherFunder());
            }
            TypingGuard.watch(item);
            TypingGuard.watch(otherFunder);
            TypingGuard.watch(cost);
            item.addValueChangeListener(e -> save());
            cost.addValueChangeListener(e -> save());
            otherFunder.addValueChangeListener(e -> save());
            remove.setAriaLabel(getTranslation("apply.budget.remove-line"));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClickListener(e -> {
                rows.remove(this);
                lines.remove(this);
                addLine.setEnabled(application.formType() != FormType.SHORT || rows.size() < 5);
                save();
            });
            // The other funder and the remove button wrap as one, so the button never sits on a line of its own.
            var tail = new FlexLayout(otherFunder, remove);
            tail.addClassName("cc-budget-tail");
            tail.setAlignItems(Alignment.BASELINE);
            add(item, cost, tail);
            setAlignItems(Alignment.BASELINE);
        }

        boolean isEmpty() {
            return item.getValue().isBlank() && cost.getValue() == null && otherFunder.getValue().isBlank();
        }

        BudgetLine value() {
            return new BudgetLine(item.getValue(), cost.getMoney(), otherFunder.getValue());
        }
    }
}
