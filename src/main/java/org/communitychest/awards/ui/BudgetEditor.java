package org.communitychest.awards.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.awards.BudgetItem;
import org.communitychest.base.ui.MoneyField;

/** The budget lines a variation asks for: what each buys and its cost, added and removed by the group. */
class BudgetEditor extends Div {

    /** One line's fields. */
    static final class Line extends Div {

        final TextField item = new TextField();
        final MoneyField cost = new MoneyField("");
        final Button remove = new Button();

        Line(BudgetEditor editor, int number) {
            item.setLabel(editor.getTranslation("awards.change.budget-item", number));
            item.setMaxLength(200);
            cost.setLabel(editor.getTranslation("awards.change.budget-cost", number));
            remove.setText(editor.getTranslation("awards.change.budget-remove", number));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.addClickListener(e -> editor.remove(this));
            add(item, cost, remove);
            addClassName("cc-budget-row");
        }
    }

    final Button addLine = new Button();
    final Div lines = new Div();
    private final List<Line> shown = new ArrayList<>();

    BudgetEditor() {
        addLine.setText(getTranslation("awards.change.budget-add"));
        addLine.addClickListener(e -> addLine(null));
        add(lines, addLine);
    }

    void setBudget(List<BudgetItem> budget) {
        shown.clear();
        lines.removeAll();
        budget.forEach(this::addLine);
    }

    private void addLine(BudgetItem item) {
        var line = new Line(this, shown.size() + 1);
        if (item != null) {
            line.item.setValue(item.item());
            line.cost.setMoney(item.cost());
        }
        shown.add(line);
        lines.add(line);
    }

    private void remove(Line line) {
        var kept = budget();
        kept.remove(shown.indexOf(line));
        setBudget(kept);
    }

    List<Line> lines() {
        return List.copyOf(shown);
    }

    boolean check() {
        return shown.stream().allMatch(l -> l.cost.check());
    }

    List<BudgetItem> budget() {
        var budget = new ArrayList<BudgetItem>();
        shown.forEach(l -> budget.add(new BudgetItem(l.item.getValue().strip(), l.cost.getMoney())));
        return budget;
    }

    /** {@code budget-N} is the Nth line's item field. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            fields.put("budget-" + (i + 1), shown.get(i).item);
        }
        return fields;
    }
}
