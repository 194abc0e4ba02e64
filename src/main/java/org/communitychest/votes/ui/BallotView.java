package org.communitychest.votes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.communitychest.applications.BallotBid;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Texts;
import org.communitychest.votes.BallotPaper;
import org.communitychest.votes.Ballots;
import org.communitychest.votes.VoteState;

/**
 * A resident's ballot, opened by the code on their card or in their email: every project on the ballot in plain
 * words, ticked as they choose, cast and changed as often as they like until the vote closes. Made for a phone.
 */
@Route("vote")
@AnonymousAllowed
class BallotView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField();
    final Button openBallot = new Button();
    final CheckboxGroup<BallotBid> ticks = new CheckboxGroup<>();
    final Button cast = new Button();
    final Paragraph result = new Paragraph();
    final Paragraph intro = new Paragraph();
    final Paragraph limits = new Paragraph();
    private final H1 title = new H1();
    private final Div codeCard = new Div();
    private final Div ballotCard = new Div();
    private final Ballots ballots;
    private BallotPaper paper;

    BallotView(Ballots ballots) {
        this.ballots = ballots;
        addClassName("cc-page");
        addClassName("cc-form-page");
        title.setText(text("title"));
        code.setLabel(text("code"));
        code.setHelperText(text("code-help"));
        code.setMaxLength(30);
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        openBallot.setText(text("open"));
        openBallot.addThemeVariants(ButtonVariant.PRIMARY);
        openBallot.addClickListener(e -> open(code.getValue()));
        code.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> open(code.getValue()));
        codeCard.add(new Paragraph(text("code-intro")), code, openBallot);
        codeCard.addClassName("cc-card");

        ticks.setLabel(text("ticks"));
        ticks.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        ticks.setRenderer(new ComponentRenderer<>(this::describe));
        ticks.setItemLabelGenerator(BallotBid::title);
        cast.addThemeVariants(ButtonVariant.PRIMARY);
        cast.addClickListener(e -> cast());
        result.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        result.addClassName("cc-alert-success");
        ballotCard.add(intro, limits, ticks, cast, result);
        ballotCard.addClassName("cc-card");
        add(title, codeCard, ballotCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var given = event.getLocation().getQueryParameters().getSingleParameter("code");
        paper = null;
        if (given.isPresent()) {
            code.setValue(given.get());
            open(given.get());
        } else {
            show();
        }
    }

    private void open(String value) {
        FieldErrors.clear(code);
        try {
            paper = ballots.withCode(value);
        } catch (InvalidInputException e) {
            FieldErrors.show(e, Map.of("code", code));
            paper = null;
        }
        result.setVisible(false);
        show();
    }

    private void show() {
        codeCard.setVisible(paper == null);
        ballotCard.setVisible(paper != null);
        if (paper == null) {
            return;
        }
        title.setText(getTranslation("votes.ballot.title-round", paper.roundTitle()));
        intro.setText(paper.takesBallots()
                ? getTranslation("votes.ballot.intro", paper.partnershipName(), paper.pot().toShortString(),
                        London.format(paper.closesAt()))
                : text(paper.state() == VoteState.CLOSED ? "closed-now" : "not-taking"));
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
        show();
        result.setText(getTranslation("votes.ballot.cast-done", paper.approved().size(),
                London.format(paper.closesAt())));
        result.setVisible(true);
    }

    private String text(String key) {
        return getTranslation("votes.ballot." + key);
    }

    @Override
    public String getPageTitle() {
        return paper == null ? text("title") : getTranslation("votes.ballot.title-round", paper.roundTitle());
    }
}
