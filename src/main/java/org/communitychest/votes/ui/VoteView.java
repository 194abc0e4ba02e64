package org.communitychest.votes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitychest.applications.EligibleBid;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.ConfirmDialogs;
import org.communitychest.base.ui.DatePickers;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.LimitedUpload;
import org.communitychest.base.ui.MoneyField;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.Rounds;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.communitychest.panels.PanelAllocation;
import org.communitychest.rounds.DecisionMode;
import org.communitychest.votes.VoteDetails;
import org.communitychest.votes.VoteSettings;
import org.communitychest.votes.VoteState;
import org.communitychest.votes.Votes;

/**
 * An officer's page for a round's resident vote: how the round decides, when the vote is open, the pot and the
 * ballot; who may vote (email invitations, printed codes, the applicant groups); opening and closing; turnout.
 */
@Route("rounds/:roundId" + RouteId.PATTERN + "/vote")
@RolesAllowed("OFFICER")
class VoteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_PB_BYTES = 20 * 1024 * 1024;

    final RadioButtonGroup<DecisionMode> mode = new RadioButtonGroup<>();
    final DateTimePicker opensAt = DatePickers.dateTime(getTranslation("staff.votes.page.opens"));
    final DateTimePicker closesAt = DatePickers.dateTime(getTranslation("staff.votes.page.closes"));
    final MoneyField pot = new MoneyField(getTranslation("staff.votes.page.pot"));
    final IntegerField minTicks = new IntegerField();
    final IntegerField maxTicks = new IntegerField();
    final Checkbox applicantsVote = new Checkbox();
    final CheckboxGroup<EligibleBid> bids = new CheckboxGroup<>();
    final Button save = new Button();
    final Paragraph settingsResult = new Paragraph();
    final TextArea emails = new TextArea();
    final Button invite = new Button();
    final IntegerField codeCount = new IntegerField();
    final Button makeCodes = new Button();
    final Paragraph votersResult = new Paragraph();
    final Div codesDownload = new Div();
    final Paragraph state = new Paragraph();
    final Paragraph turnout = new Paragraph();
    final Button open = new Button();
    final Button close = new Button();
    final Anchor resultLink = new Anchor();
    final LimitedUpload load;
    final Paragraph loadResult = new Paragraph();
    private final Div loadCard = new Div();
    private final H1 title = new H1();
    private final Div votersCard = new Div();
    private final Votes votes;
    private final Rounds rounds;
    private RoundDetails round;
    private VoteDetails vote;
    private final PanelAllocation allocation;
    final Paragraph shortlistNote = new Paragraph();

    VoteView(Votes votes, Rounds rounds, PanelAllocation allocation) {
        this.votes = votes;
        this.rounds = rounds;
        this.allocation = allocation;
        addClassName("cc-page");
        mode.setLabel(text("mode"));
        mode.setItems(DecisionMode.VOTE, DecisionMode.PANEL_THEN_VOTE);
        mode.setItemLabelGenerator(m -> Texts.of(m.label()));
        mode.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() == DecisionMode.PANEL_THEN_VOTE && vote == null) {
                tickShortlist();
            }
        });
        minTicks.setLabel(text("min-ticks"));
        minTicks.setHelperText(text("min-ticks-help"));
        minTicks.setMin(0);
        maxTicks.setLabel(text("max-ticks"));
        maxTicks.setHelperText(text("max-ticks-help"));
        maxTicks.setMin(0);
        applicantsVote.setLabel(text("applicants"));
        bids.setLabel(text("bids"));
        bids.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        bids.setItemLabelGenerator(b -> getTranslation("staff.votes.page.bid", b.reference(), b.projectTitle(),
                b.organisationName(), b.requested().toShortString()));
        save.setText(text("save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        settingsResult.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        var form = new FormLayout(opensAt, closesAt, pot, minTicks, maxTicks);
        var settingsCard = new Div(new H2(text("settings")), new Paragraph(text("settings-intro")), mode, form,
                applicantsVote, shortlistNote, bids, save, settingsResult);
        shortlistNote.addClassName("cc-hint");
        shortlistNote.setVisible(false);
        settingsCard.addClassName("cc-card");

        emails.setLabel(text("emails"));
        emails.setHelperText(text("emails-help"));
        emails.setWidthFull();
        invite.setText(text("invite"));
        invite.addClickListener(e -> invite());
        codeCount.setLabel(text("codes"));
        codeCount.setHelperText(text("codes-help"));
        codeCount.setMin(1);
        codeCount.setMax(500);
        makeCodes.setText(text("make-codes"));
        makeCodes.addClickListener(e -> makeCodes());
        votersResult.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        var byEmail = new Div(emails, invite);
        var byCode = new Div(codeCount, new Div(makeCodes));
        byCode.addClassName("cc-vote-codes");
        votersCard.add(new H2(text("voters")), new Paragraph(text("voters-intro")), byEmail, byCode, votersResult,
                codesDownload);
        votersCard.addClassName("cc-card");

        open.setText(text("open"));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClickListener(e -> ConfirmDialogs.of(text("open-title"), text("open-text"), text("open"),
                confirmed -> act(() -> votes.open(vote.id()))).open());
        close.setText(text("close"));
        close.addClickListener(e -> ConfirmDialogs.of(text("close-title"), text("close-text"), text("close"),
                confirmed -> act(() -> votes.close(vote.id()))).open());
        state.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        resultLink.setText(text("result"));
        resultLink.addClassName("cc-button-link");
        var buttons = new FlexLayout(open, close, resultLink);
        buttons.addClassName("cc-actions");
        var stateCard = new Div(new H2(text("state")), state, turnout, buttons);
        stateCard.addClassName("cc-card");
        load = new LimitedUpload(MAX_PB_BYTES, this::loadBallots);
        load.setAcceptedFileTypes(".pb", "text/plain");
        load.onRefused(loadResult::setText);
        loadResult.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        loadCard.add(new H2(text("load")), new Paragraph(text("load-intro")), load, loadResult);
        loadCard.addClassName("cc-card");
        add(new Anchor("rounds", text("all-rounds")), title, stateCard, loadCard, settingsCard, votersCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId")
                .orElseThrow(() -> new RecordNotFoundException("Round"));
        round = rounds.get(roundId);
        vote = votes.ofRound(roundId).orElse(null);
        bids.setItems(votes.candidates(roundId));
        fill();
        show();
    }

    /** A vote after the panel puts the panel's shortlist on the ballot, unless the panel has no ranking yet. */
    private void tickShortlist() {
        var shortlist = Set.copyOf(allocation.shortlist(round.id()));
        shortlistNote.setText(text(shortlist.isEmpty() ? "shortlist-none" : "shortlist"));
        shortlistNote.setVisible(true);
        if (!shortlist.isEmpty()) {
            bids.setValue(bids.getListDataView().getItems().filter(b -> shortlist.contains(b.id()))
                    .collect(Collectors.toSet()));
        }
    }

    private void fill() {
        if (vote == null) {
            pot.setMoney(round.pot());
            bids.setValue(Set.copyOf(bids.getListDataView().getItems().toList()));
            return;
        }
        mode.setValue(vote.mode());
        opensAt.setValue(vote.opensAt() == null ? null : London.toLocal(vote.opensAt()));
        closesAt.setValue(vote.closesAt() == null ? null : London.toLocal(vote.closesAt()));
        pot.setMoney(vote.pot());
        minTicks.setValue(vote.minTicks());
        maxTicks.setValue(vote.maxTicks());
        applicantsVote.setValue(vote.applicantsVote());
        var chosen = Set.copyOf(vote.bids());
        bids.setValue(bids.getListDataView().getItems().filter(b -> chosen.contains(b.id()))
                .collect(Collectors.toSet()));
    }

    private void show() {
        title.setText(getTranslation("staff.votes.page.title", round.title()));
        boolean draft = vote == null || vote.state() == VoteState.DRAFT;
        List<com.vaadin.flow.component.HasValue<?, ?>> fields = List.of(mode, opensAt, closesAt, pot, minTicks,
                maxTicks, applicantsVote, bids);
        fields.forEach(field -> field.setReadOnly(!draft));
        save.setVisible(draft);
        votersCard.setVisible(vote != null && vote.state() != VoteState.CLOSED);
        open.setVisible(vote != null && vote.state() == VoteState.DRAFT);
        close.setVisible(vote != null && vote.state() == VoteState.OPEN);
        resultLink.setVisible(vote != null && vote.state() == VoteState.CLOSED);
        loadCard.setVisible(vote != null && vote.state() == VoteState.CLOSED);
        resultLink.setHref(RoundsNavigation.vote(round.id()) + "/result");
        if (vote == null) {
            state.setText(text("state.none"));
            turnout.setText("");
            return;
        }
        state.setText(switch (vote.state()) {
            case DRAFT -> text("state.draft");
            case OPEN -> getTranslation("staff.votes.page.state.open", London.format(vote.opensAt()),
                    London.format(vote.closesAt()));
            case CLOSED -> getTranslation("staff.votes.page.state.closed", London.format(vote.closedAt()));
        });
        turnout.setText(getTranslation("staff.votes.page.turnout", vote.voted(), vote.voters(),
                vote.applicantsVote() ? 1 : 0));
    }

    private void save() {
        FieldErrors.clear(mode, opensAt, closesAt, pot, minTicks, maxTicks, bids);
        settingsResult.setText("");
        if (!pot.check()) {
            return;
        }
        var chosen = bids.getListDataView().getItems().filter(bids.getValue()::contains).map(EligibleBid::id)
                .toList();
        try {
            vote = votes.save(round.id(), new VoteSettings(mode.getValue(),
                    opensAt.getValue() == null ? null : London.toInstant(opensAt.getValue()),
                    closesAt.getValue() == null ? null : London.toInstant(closesAt.getValue()), pot.getMoney(),
                    minTicks.getValue() == null ? 0 : minTicks.getValue(),
                    maxTicks.getValue() == null ? 0 : maxTicks.getValue(), applicantsVote.getValue(), chosen));
        } catch (InvalidInputException e) {
            String rest = FieldErrors.show(e, Map.of("mode", mode, "opensAt", opensAt, "closesAt", closesAt,
                    "pot", pot, "minTicks", minTicks, "maxTicks", maxTicks, "bids", bids));
            settingsResult.setText(rest);
            return;
        }
        settingsResult.setText(text("saved"));
        show();
    }

    private void invite() {
        FieldErrors.clear(emails);
        try {
            int invited = votes.inviteByEmail(vote.id(), emails.getValue());
            votersResult.setText(getTranslation("staff.votes.page.invited", invited));
            emails.clear();
        } catch (InvalidInputException e) {
            votersResult.setText(FieldErrors.show(e, Map.of("emails", emails)));
            return;
        }
        vote = votes.get(vote.id());
        show();
    }

    private void makeCodes() {
        FieldErrors.clear(codeCount);
        codesDownload.removeAll();
        Votes.PrintedCodes printed;
        try {
            printed = votes.printCodes(vote.id(), codeCount.getValue() == null ? 0 : codeCount.getValue());
        } catch (InvalidInputException e) {
            votersResult.setText(FieldErrors.show(e, Map.of("codes", codeCount)));
            return;
        }
        byte[] pdf = printed.pdf();
        String name = "vote-codes-" + round.id() + ".pdf"; // not user text: file name
        votersResult.setText(getTranslation("staff.votes.page.codes-made", printed.codes().size()));
        var link = Downloads.link(text("codes-download"), () -> new Downloads.File(name, "application/pdf", pdf));
        link.addClassName("cc-button-link");
        codesDownload.add(link);
        vote = votes.get(vote.id());
        show();
    }

    private void loadBallots(String fileName, byte[] content) {
        try {
            int loaded = votes.loadBallots(vote.id(), fileName, content);
            loadResult.setText(getTranslation("staff.votes.page.loaded", loaded, fileName));
        } catch (InvalidInputException e) {
            load.refuse(Texts.of(e.fieldErrors().values().iterator().next()));
            return;
        }
        vote = votes.get(vote.id());
        show();
    }

    private void act(java.util.function.Supplier<VoteDetails> change) {
        try {
            vote = change.get();
        } catch (InvalidInputException e) {
            state.setText(Texts.of(e.fieldErrors().values().iterator().next()));
            return;
        }
        Notifications.success(text(vote.state() == VoteState.OPEN ? "opened" : "closed"));
        show();
    }

    private String text(String key) {
        return getTranslation("staff.votes.page." + key);
    }

    @Override
    public String getPageTitle() {
        return round == null ? text("page-title") : getTranslation("staff.votes.page.title", round.title());
    }
}
