package org.communitychest.votes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.communitychest.applications.BallotBid;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.ui.Texts;
import org.communitychest.votes.BallotPaper;
import org.communitychest.votes.Ballots;
import org.communitychest.votes.VotePaths;
import org.communitychest.votes.VoteState;

/**
 * A ballot: every project on it in plain words beside its box, the tick limits, and casting (again, to change it)
 * until the vote closes. For a resident with a code and for someone signed in alike.
 */
class BallotForm extends Div {

    final CheckboxGroup<BallotBid> ticks = new CheckboxGroup<>();
    final Button cast = new Button();
    final Paragraph result = new Paragraph();
    final Paragraph intro = new Paragraph();
    final Paragraph limits = new Paragraph();
    final Anchor resultLink = new Anchor();
    private final Ballots ballots;
    private BallotPaper paper;

    BallotForm(Ballots ballots) {
        this.ballots = ballots;
        ticks.setLabel(text("ticks"));
        ticks.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        ticks.setRenderer(new ComponentRenderer<>(this::describe));
        cast.addThemeVariants(ButtonVariant.PRIMARY);
        cast.addClickListener(e -> cast());
        result.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        result.addClassName("cc-alert-success");
        result.setVisible(false);
        resultLink.setText(text("see-result"));
        add(intro, resultLink, limits, ticks, cast, result);
        addClassName("cc-card");
    }

    void show(BallotPaper shown) {
        paper = shown;
        result.setVisible(false);
        ticks.setInvalid(false);
        redraw();
    }

    BallotPaper paper() {
        return paper;
    }

    private void redraw() {
        intro.setText(paper.takesBallots()
                ? getTranslation("votes.ballot.intro", paper.partnershipName(), paper.pot().toShortString(),
                        London.format(paper.closesAt()))
                : text(paper.state() == VoteState.CLOSED ? "closed-now" : "not-taking"));
        resultLink.setVisible(paper.resultPublished());
        resultLink.setHref(VotePaths.publicResult(paper.roundId()));
        limits.setText(limitsText());
        limits.setVisible(paper.takesBallots());
        ticks.setItems(paper.bids());
        var approved = paper.approved();
        ticks.setValue(paper.bids().stream().filter(b -> approved.contains(b.id())).collect(Collectors.toSet()));
        ticks.setReadOnly(!paper.takesBallots());
        cast.setVisible(paper.takesBallots());
        cast.setText(text(paper.hasVoted() ? "change" : "cast"));
    }

    private String limitsText() {
        int min = Math.max(1, paper.minTicks());
        int max = paper.maxTicks();
        if (max > 0) {
            return min == max ? getTranslation("votes.ballot.limits.exactly", max)
                    : getTranslation("votes.ballot.limits.between", min, max);
        }
        return min > 1 ? getTranslation("votes.ballot.limits.at-least", min) : text("limits.any");
    }

    private Div describe(BallotBid bid) {
        var name = new Span(bid.title());
        name.addClassName("cc-ballot-title");
        var who = new Span(getTranslation("votes.ballot.bid.who", bid.organisationName(), bid.cost().toShortString()));
        who.addClassName("cc-ballot-who");
        var box = new Div(name, who);
        if (!bid.summary().isBlank()) {
            box.add(new Paragraph(bid.summary()));
        }
        if (!bid.gaps().covered().isEmpty()) {
            box.add(new Paragraph(getTranslation("votes.ballot.bid.gaps", bid.gaps().covered().stream()
                    .map(g -> getTranslation("votes.ballot.bid.gap", Texts.of(g.needName()), g.areaName()))
                    .collect(Collectors.joining("; ")))));
        }
        box.addClassName("cc-ballot-bid");
        return box;
    }

    private void cast() {
        ticks.setInvalid(false);
        try {
            paper = ballots.cast(paper.pass(), ticks.getValue().stream().map(BallotBid::id)
                    .collect(Collectors.toCollection(HashSet::new)));
        } catch (InvalidInputException e) {
            ticks.setErrorMessage(Texts.of(e.fieldErrors().values().iterator().next()));
            ticks.setInvalid(true);
            return;
        }
        redraw();
        result.setText(getTranslation("votes.ballot.cast-done", paper.approved().size(),
                London.format(paper.closesAt())));
        result.setVisible(true);
    }

    private String text(String key) {
        return getTranslation("votes.ballot." + key);
    }
}
