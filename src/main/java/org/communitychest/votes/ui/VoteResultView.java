package org.communitychest.votes.ui;

import tools.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Notifications;
import org.communitychest.panels.AllocationMethod;
import org.communitychest.panels.PanelDecisions;
import org.communitychest.panels.ui.OverridesEditor;
import java.util.List;
import java.util.stream.Collectors;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.Chart;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.communitychest.votes.VoteDecisions;
import org.communitychest.votes.VoteResult;
import org.communitychest.votes.VoteResults;
import org.communitychest.votes.Votes;

/**
 * A closed vote's result for the officer: both counts side by side, for each bid funded by equal shares how its
 * supporters' shares paid for it (in words and as a chart), for every bid not funded why, in money, the tie order
 * with its lottery seed, and the anonymous ballots as a Pabulib file anyone can count again. Then the decision:
 * the count chosen, who approved its list and any overrides, recorded in the round's decision record.
 */
@Route("rounds/:roundId" + RouteId.PATTERN + "/vote/result")
@RolesAllowed("OFFICER")
class VoteResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph summary = new Paragraph();
    final Paragraph difference = new Paragraph();
    final Div equalShares = new Div();
    final Div greedy = new Div();
    final Chart chart = new Chart();
    final Paragraph ties = new Paragraph();
    final Div download = new Div();
    final RadioButtonGroup<AllocationMethod> method = new RadioButtonGroup<>();
    final TextArea approvedBy = new TextArea();
    final OverridesEditor overrides = new OverridesEditor();
    final Button record = new Button();
    final Paragraph recordProblem = new Paragraph();
    final Div decisionCard = new Div();
    final Div recorded = new Div();
    private final H1 title = new H1();
    private final Anchor back = new Anchor();
    private final Votes votes;
    private final VoteResults results;
    private final VoteDecisions voteDecisions;
    private final PanelDecisions decisions;
    private VoteResult result;

    VoteResultView(Votes votes, VoteResults results, VoteDecisions voteDecisions, PanelDecisions decisions) {
        this.votes = votes;
        this.results = results;
        this.voteDecisions = voteDecisions;
        this.decisions = decisions;
        addClassName("cc-page");
        back.setText(text("back"));
        chart.setWidthFull();
        chart.setHeight("320px");
        var equalCard = new Div(new H2(text("equal-shares")), new Paragraph(text("equal-shares-intro")), equalShares,
                chart);
        equalCard.addClassName("cc-card");
        var greedyCard = new Div(new H2(text("greedy")), new Paragraph(text("greedy-intro")), greedy);
        greedyCard.addClassName("cc-card");
        var counts = new Div(equalCard, greedyCard);
        counts.addClassName("cc-vote-counts");
        var checkCard = new Div(new H2(text("check")), ties, download);
        checkCard.addClassName("cc-card");
        method.setLabel(getTranslation("staff.votes.decision.method"));
        method.setItems(AllocationMethod.EQUAL_SHARES, AllocationMethod.APPROVALS);
        method.setItemLabelGenerator(m -> Texts.of(m.label()));
        approvedBy.setLabel(getTranslation("staff.votes.decision.approved-by"));
        approvedBy.setHelperText(getTranslation("staff.votes.decision.approved-by-help"));
        approvedBy.setMaxLength(1000);
        approvedBy.setWidthFull();
        record.setText(getTranslation("staff.votes.decision.record"));
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.addClickListener(e -> record());
        recordProblem.addClassName("cc-warning");
        recordProblem.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        decisionCard.add(new H2(getTranslation("staff.votes.decision.title")),
                new Paragraph(getTranslation("staff.votes.decision.intro")), method, approvedBy, overrides, record,
                recordProblem);
        decisionCard.addClassName("cc-card");
        recorded.addClassName("cc-card");
        add(back, title, summary, difference, counts, checkCard, decisionCard, recorded);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId")
                .orElseThrow(() -> new RecordNotFoundException("Round")); // not user text: what was not found
        var vote = votes.ofRound(roundId).orElseThrow(() -> new RecordNotFoundException("Vote")); // not user text
        back.setHref(RoundsNavigation.vote(roundId));
        result = results.of(vote.id());
        overrides.setBids(votes.candidates(roundId));
        show();
    }

    private void record() {
        FieldErrors.clear(method, approvedBy);
        recordProblem.setText("");
        try {
            voteDecisions.record(result.voteId(), method.getValue(), approvedBy.getValue(), overrides.overrides());
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = new HashMap<>();
            fields.put("method", method);
            fields.put("approvedBy", approvedBy);
            recordProblem.setText(FieldErrors.show(e, fields));
            return;
        }
        Notifications.success(getTranslation("staff.votes.decision.recorded"));
        getUI().ifPresent(ui -> ui.navigate(RoundsNavigation.decision(result.roundId())));
    }

    private void showDecision() {
        var decision = decisions.ofRound(result.roundId());
        decisionCard.setVisible(decision.isEmpty());
        recorded.setVisible(decision.isPresent());
        recorded.removeAll();
        decision.ifPresent(d -> recorded.add(new H2(getTranslation("staff.votes.decision.title")),
                new Paragraph(getTranslation(d.released() ? "staff.votes.decision.is-released"
                        : "staff.votes.decision.is-recorded", Texts.of(d.method().label()))),
                new Anchor(RoundsNavigation.decision(result.roundId()),
                        getTranslation("staff.votes.decision.open"))));
    }

    private void show() {
        showDecision();
        title.setText(getTranslation("staff.votes.result.title", result.roundTitle()));
        summary.setText(getTranslation("staff.votes.result.summary", result.ballots(), result.voters(),
                London.format(result.closedAt()), result.pot().toShortString()));
        difference.setText(text(result.sameOutcome() ? "same" : "differ"));
        var equal = result.equalShares();
        equalShares.removeAll();
        equalShares.add(new Paragraph(getTranslation("staff.votes.result.share", equal.share().toString(),
                equal.raisedBy().toShortString())));
        var funded = new OrderedList();
        for (var paid : equal.funded()) {
            var item = new ListItem();
            item.add(new H3(getTranslation("staff.votes.result.bid", paid.bid().title(), paid.bid().organisationName(),
                    paid.bid().cost().toShortString())));
            item.add(new Paragraph(paidInWords(paid)));
            funded.add(item);
        }
        equalShares.add(funded, new Paragraph(getTranslation("staff.votes.result.total", equal.total().toShortString(),
                result.pot().minus(equal.total()).toShortString())));
        equalShares.add(notFunded(equal.unfunded()));
        chart.setOption(option(equal.funded()));
        chart.setAccessibleName(text("chart-name"));

        var most = result.greedy();
        greedy.removeAll();
        var byApprovals = new OrderedList();
        for (var f : most.funded()) {
            byApprovals.add(new ListItem(new H3(getTranslation("staff.votes.result.bid", f.bid().title(),
                    f.bid().organisationName(), f.bid().cost().toShortString())), new Paragraph(getTranslation(
                    "staff.votes.result.greedy-line", f.approvals(), f.moneyLeftBefore().toShortString()))));
        }
        greedy.add(byApprovals, new Paragraph(getTranslation("staff.votes.result.total", most.total().toShortString(),
                result.pot().minus(most.total()).toShortString())), notFunded(most.unfunded()));

        ties.setText(getTranslation("staff.votes.result.ties", String.valueOf(result.lotterySeed()),
                result.tieOrder().stream().map(b -> b.title()).collect(Collectors.joining("; "))));
        download.removeAll();
        long voteId = result.voteId();
        String name = "vote-" + voteId + ".pb"; // not user text: file name
        var link = Downloads.link(text("download"), () -> new Downloads.File(name, "text/plain;charset=UTF-8",
                results.pabulib(voteId).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        download.add(new Paragraph(text("download-intro")), link);
    }

    private String paidInWords(VoteResult.SharePaid paid) {
        String equal = getTranslation("staff.votes.result.paid-equal", paid.supporters(), paid.paidEqualPart(),
                paid.equalPart().toString());
        return paid.paidAllTheyHad() == 0 ? equal : equal + " " + getTranslation("staff.votes.result.paid-less",
                paid.paidAllTheyHad(), paid.paidByThoseWithLess().toString());
    }

    private Div notFunded(List<VoteResult.NotFunded> unfunded) {
        var block = new Div();
        if (unfunded.isEmpty()) {
            return block;
        }
        block.add(new H3(text("not-funded")));
        var list = new UnorderedList();
        for (var u : unfunded) {
            list.add(new ListItem(getTranslation("staff.votes.result.bid", u.bid().title(),
                    u.bid().organisationName(), u.cost().toShortString()) + ": "
                    + Texts.of(u.reasonInWords(result.pot()))));
        }
        block.add(list);
        return block;
    }

    ObjectNode option(List<VoteResult.SharePaid> funded) {
        var option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "axis"); // not user text
        option.putObject("legend").put("top", 0); // not user text
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 40).put("bottom", 8) // not user text
                .put("containLabel", true); // not user text
        var names = option.putObject("yAxis").put("type", "category").put("inverse", true) // not user text
                .putArray("data"); // not user text
        option.putObject("xAxis").put("type", "value") // not user text
                .put("name", getTranslation("staff.votes.result.chart-pounds"));
        var series = option.putArray("series"); // not user text
        var equalParts = series.addObject().put("name", text("chart-equal")).put("type", "bar") // not user text
                .put("stack", "paid").put("color", "#0b5d4b").putArray("data"); // not user text
        var less = series.addObject().put("name", text("chart-less")).put("type", "bar") // not user text
                .put("stack", "paid").put("color", "#8fc1b5").putArray("data"); // not user text
        for (var paid : funded) {
            names.add(paid.bid().title());
            equalParts.add(paid.equalPart().pence() * paid.paidEqualPart() / 100.0);
            less.add(paid.paidByThoseWithLess().pence() / 100.0);
        }
        return option;
    }

    private String text(String key) {
        return getTranslation("staff.votes.result." + key);
    }

    @Override
    public String getPageTitle() {
        return result == null ? text("page-title") : getTranslation("staff.votes.result.title", result.roundTitle());
    }
}
