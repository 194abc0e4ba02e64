package org.communitychest.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.applications.EligibleBid;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.MoneyField;
import org.communitychest.base.ui.Texts;
import org.communitychest.panels.BidOutcome;
import org.communitychest.panels.DecisionForm;
import org.communitychest.panels.PanelScoring;

/**
 * The bids a decision settles otherwise than its list says, each with its outcome, a part award's amount and the
 * reason: added one at a time, a second one for the same bid replacing the first. Used wherever a decision is
 * recorded, from the panel's allocation or from a residents' vote.
 */
public class OverridesEditor extends Div {

    final Select<EligibleBid> bid = new Select<>();
    final Select<BidOutcome> outcome = new Select<>();
    final MoneyField amount = new MoneyField("");
    final TextArea reason = new TextArea();
    final Button add = new Button();
    final Div list = new Div();
    private final List<DecisionForm.Override> overrides = new ArrayList<>();
    private Map<Long, EligibleBid> bids = Map.of();

    public OverridesEditor() {
        bid.setLabel(t("bid"));
        bid.setItemLabelGenerator(b -> b.reference() + " · " + b.projectTitle());
        outcome.setLabel(t("outcome"));
        outcome.setItems(BidOutcome.values());
        outcome.setItemLabelGenerator(o -> Texts.of(o.label()));
        outcome.addValueChangeListener(e -> amount.setVisible(e.getValue() == BidOutcome.PART_FUNDED));
        amount.setLabel(t("amount"));
        amount.setVisible(false);
        reason.setLabel(t("reason"));
        reason.setWidthFull();
        reason.setMaxLength(PanelScoring.REASON_LIMIT);
        add.setText(t("add"));
        add.addClickListener(e -> add());
        add(new H2(getTranslation("staff.panels.allocation.override")), new Paragraph(t("intro")), bid, outcome,
                amount, reason, add, list);
    }

    /** The bids that can be overridden; the overrides already added stay. */
    public void setBids(List<EligibleBid> eligible) {
        bids = eligible.stream().collect(Collectors.toMap(EligibleBid::id, Function.identity()));
        bid.setItems(eligible.stream().sorted(Comparator.comparing(EligibleBid::reference)).toList());
    }

    public List<DecisionForm.Override> overrides() {
        return List.copyOf(overrides);
    }

    private void add() {
        FieldErrors.clear(bid, outcome, amount, reason);
        if (bid.getValue() == null) {
            invalid(bid, "bid-required");
            return;
        }
        if (outcome.getValue() == null) {
            invalid(outcome, "outcome-required");
            return;
        }
        if (reason.getValue().isBlank()) {
            invalid(reason, "reason-required");
            return;
        }
        if (outcome.getValue() == BidOutcome.PART_FUNDED && amount.getMoney() == null) {
            amount.setErrorMessage(t("amount-required"));
            amount.setInvalid(true);
            return;
        }
        long id = bid.getValue().id();
        overrides.removeIf(o -> o.applicationId() == id);
        overrides.add(new DecisionForm.Override(id, outcome.getValue(),
                outcome.getValue() == BidOutcome.PART_FUNDED ? amount.getMoney() : null, reason.getValue()));
        bid.clear();
        outcome.clear();
        amount.clear();
        reason.clear();
        showOverrides();
    }

    private void invalid(com.vaadin.flow.component.HasValidation field, String key) {
        field.setErrorMessage(t(key));
        field.setInvalid(true);
    }

    private void showOverrides() {
        list.removeAll();
        var items = new UnorderedList();
        for (var o : overrides) {
            var overridden = bids.get(o.applicationId());
            items.add(new ListItem(getTranslation("staff.panels.allocation.override.line", overridden.reference(),
                    Texts.of(o.outcome().label()), o.amount() == null ? "" : o.amount().toShortString(), o.reason())));
        }
        list.add(items);
    }

    private String t(String key) {
        return getTranslation("staff.panels.allocation.override." + key);
    }
}
