package org.communitychest.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.ConfirmDialogs;
import org.communitychest.base.ui.DatePickers;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.panels.DeclarationRow;
import org.communitychest.panels.MemberInvitation;
import org.communitychest.panels.MemberKind;
import org.communitychest.panels.MemberRow;
import org.communitychest.panels.PanelSummary;
import org.communitychest.panels.Panels;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.communitychest.rounds.Rounds;

/** An officer's page for a round's panel: set it up, invite its members, follow their progress and declarations. */
@Route("rounds/:roundId" + RouteId.PATTERN + "/panel")
@RolesAllowed("OFFICER")
class RoundPanelView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button create = new Button();
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final Select<MemberKind> kind = new Select<>();
    final Button invite = new Button();
    final Grid<MemberRow> members = new Grid<>();
    final Grid<DeclarationRow> declarations = new Grid<>();
    final Paragraph inviteResult = new Paragraph();
    final DateTimePicker scoringClosesAt = DatePickers.dateTime(getTranslation("staff.panels.page.scoring.deadline"));
    final Button openScoring = new Button();
    final Button closeScoring = new Button();
    final Button moveDeadline = new Button();
    final Paragraph memberResult = new Paragraph();
    final Paragraph stage = new Paragraph();
    private final Div stageLinks = new Div();
    private final Anchor back = new Anchor("rounds", "");
    private final H1 title = new H1();
    private final Div noPanel = new Div();
    private final Div panelCards = new Div();
    private final Panels panels;
    private final Rounds rounds;
    private RoundDetails round;
    private PanelSummary panel;

    RoundPanelView(Panels panels, Rounds rounds) {
        this.panels = panels;
        this.rounds = rounds;
        addClassName("cc-page");
        back.setText(text("all-rounds"));
        create.setText(text("create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> create());
        noPanel.add(new Paragraph(text("none")), create);
        noPanel.addClassName("cc-card");

        name.setLabel(text("invite.name"));
        name.setHelperText(text("invite.name-help"));
        name.setMaxLength(200);
        email.setLabel(text("invite.email"));
        email.setMaxLength(320);
        kind.setLabel(text("invite.kind"));
        kind.setItems(MemberKind.values());
        kind.setItemLabelGenerator(k -> Texts.of(k.label()));
        invite.setText(text("invite.send"));
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickListener(e -> invite());
        inviteResult.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        var form = new FlexLayout(name, email, kind);
        form.addClassName("cc-filters");
        memberResult.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        var membersCard = new Div(new H2(text("members")), new Paragraph(text("members-intro")), form, invite,
                inviteResult, memberResult, members);
        membersCard.addClassName("cc-card");
        members.addColumn(MemberRow::name).setHeader(text("column.name")).setAutoWidth(true);
        members.addColumn(MemberRow::email).setHeader(text("column.email")).setAutoWidth(true);
        members.addColumn(m -> Texts.of(m.kind().label())).setHeader(text("column.kind"));
        members.addColumn(m -> m.guidanceConfirmedAt() == null ? text("not-yet")
                : London.format(m.guidanceConfirmedAt())).setHeader(text("column.guidance")).setAutoWidth(true);
        members.addColumn(MemberRow::declared).setHeader(text("column.declared"));
        members.addColumn(MemberRow::conflicts).setHeader(text("column.conflicts"));
        members.addColumn(MemberRow::submitted).setHeader(text("column.submitted"));
        members.addComponentColumn(this::memberActions).setHeader(text("column.actions")).setKey("actions")
                .setWidth("9em").setFlexGrow(0);
        members.setAllRowsVisible(true);
        members.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        declarations.addColumn(DeclarationRow::memberName).setHeader(text("column.name")).setAutoWidth(true);
        declarations.addColumn(d -> d.reference() + " · " + d.organisationName()).setHeader(text("column.bid"))
                .setAutoWidth(true);
        declarations.addColumn(d -> d.conflicted() ? text("conflict") : text("no-conflict"))
                .setHeader(text("column.declaration"));
        declarations.addColumn(d -> d.reason() == null ? "" : d.reason()).setHeader(text("column.reason"))
                .setFlexGrow(2);
        declarations.addColumn(d -> London.format(d.declaredAt())).setHeader(text("column.when")).setAutoWidth(true);
        declarations.setAllRowsVisible(true);
        declarations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        openScoring.setText(text("scoring.open"));
        openScoring.addThemeVariants(ButtonVariant.PRIMARY);
        openScoring.addClickListener(e -> openScoring());
        moveDeadline.setText(text("scoring.move"));
        moveDeadline.addClickListener(e -> moveDeadline());
        closeScoring.setText(text("scoring.close"));
        closeScoring.addClickListener(e -> ConfirmDialogs.of(text("scoring.close-title"), text("scoring.close-text"),
                text("scoring.close"), confirmed -> closeScoring()).open());
        stage.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        var stageButtons = new FlexLayout(openScoring, moveDeadline, closeScoring);
        stageButtons.addClassName("cc-actions");
        var stageCard = new Div(new H2(text("scoring")), stage, scoringClosesAt, stageButtons, stageLinks);
        stageCard.addClassName("cc-card");
        var registerCard = new Div(new H2(text("register")), new Paragraph(text("register-intro")), declarations);
        registerCard.addClassName("cc-card");
        panelCards.add(stageCard, membersCard, registerCard);
        panelCards.setWidthFull();
        add(back, title, noPanel, panelCards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId")
                .orElseThrow(() -> new RecordNotFoundException("Round"));
        round = rounds.get(roundId);
        panel = panels.ofRound(roundId).orElse(null);
        show();
    }

    private void show() {
        title.setText(getTranslation("staff.panels.page.title", round.title()));
        noPanel.setVisible(panel == null);
        panelCards.setVisible(panel != null);
        if (panel != null) {
            members.setItems(panels.members(panel.id()));
            declarations.setItems(panels.declarations(panel.id()));
            showStage();
        }
    }

    private void showStage() {
        var status = round.status();
        stage.setText(switch (status) {
            case CLOSED -> text("scoring.can-open");
            case SCORING -> round.scoringClosesAt() == null ? text("scoring.open-now")
                    : getTranslation("staff.panels.page.scoring.open-until", London.format(round.scoringClosesAt()));
            case MODERATION -> text("scoring.moderation");
            case DECIDED -> text("scoring.decided");
            default -> text("scoring.not-closed");
        });
        scoringClosesAt.setVisible(status == RoundStatus.CLOSED || status == RoundStatus.SCORING);
        if (status == RoundStatus.SCORING && round.scoringClosesAt() != null) {
            scoringClosesAt.setValue(London.toLocal(round.scoringClosesAt()));
        }
        openScoring.setVisible(status == RoundStatus.CLOSED);
        moveDeadline.setVisible(status == RoundStatus.SCORING);
        closeScoring.setVisible(status == RoundStatus.SCORING);
        stageLinks.removeAll();
        if (status.compareTo(RoundStatus.SCORING) >= 0) {
            stageLinks.add(new Paragraph(new Anchor(PanelsNavigation.moderation(panel.id()), text("link.moderation"))));
        }
        if (status == RoundStatus.MODERATION) {
            stageLinks.add(new Paragraph(new Anchor(PanelsNavigation.allocation(panel.id()), text("link.allocation"))));
        }
        if (status == RoundStatus.DECIDED) {
            stageLinks.add(new Paragraph(new Anchor(RoundsNavigation.decision(round.id()), text("link.decision"))));
        }
    }

    private void openScoring() {
        changeScoring(panels::openScoring, "scoring.opened");
    }

    private void moveDeadline() {
        changeScoring(panels::moveScoringDeadline, "scoring.moved");
    }

    private void changeScoring(java.util.function.BiConsumer<Long, java.time.Instant> change, String done) {
        FieldErrors.clear(scoringClosesAt);
        var deadline = scoringClosesAt.getValue();
        try {
            change.accept(panel.id(), deadline == null ? null : London.toInstant(deadline));
        } catch (InvalidInputException e) {
            String rest = FieldErrors.show(e, Map.of("scoringClosesAt", scoringClosesAt));
            if (!rest.isEmpty()) {
                stage.setText(rest);
            }
            return;
        }
        Notifications.success(text(done));
        round = rounds.get(round.id());
        show();
    }

    private com.vaadin.flow.component.Component memberActions(MemberRow member) {
        var resend = new Button(text("member.resend"), e -> resend(member));
        resend.addThemeVariants(ButtonVariant.SMALL);
        resend.setAriaLabel(getTranslation("staff.panels.page.member.resend-label", member.name()));
        var actions = new FlexLayout(resend);
        if (member.submitted() == 0 && round.status() != RoundStatus.DECIDED) {
            var remove = new Button(text("member.remove"), e -> ConfirmDialogs.of(
                    getTranslation("staff.panels.page.member.remove-title", member.name()),
                    text("member.remove-text"), text("member.remove"), confirmed -> remove(member)).open());
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("staff.panels.page.member.remove-label", member.name()));
            actions.add(remove);
        }
        actions.addClassName("cc-member-actions");
        return actions;
    }

    private void resend(MemberRow member) {
        try {
            var sent = panels.resendInvitation(panel.id(), member.memberId());
            memberResult.setText(getTranslation("staff.panels.page.member.resent", sent.name(), sent.email()));
        } catch (InvalidInputException e) {
            memberResult.setText(Texts.of(e.fieldErrors().values().iterator().next()));
        }
    }

    private void remove(MemberRow member) {
        try {
            panels.removeMember(panel.id(), member.memberId());
            memberResult.setText(getTranslation("staff.panels.page.member.removed", member.name()));
        } catch (InvalidInputException e) {
            memberResult.setText(Texts.of(e.fieldErrors().values().iterator().next()));
        }
        show();
    }

    private void closeScoring() {
        try {
            panels.closeScoring(panel.id());
        } catch (InvalidInputException e) {
            stage.setText(Texts.of(e.fieldErrors().values().iterator().next()));
            return;
        }
        round = rounds.get(round.id());
        show();
    }

    private void create() {
        try {
            panel = panels.create(round.id());
        } catch (InvalidInputException e) {
            Notifications.error(Texts.of(e.fieldErrors().values().iterator().next()));
            return;
        }
        show();
    }

    private void invite() {
        FieldErrors.clear(name, email, kind);
        inviteResult.setText("");
        MemberRow added;
        try {
            added = panels.invite(panel.id(), new MemberInvitation(name.getValue(), email.getValue(),
                    kind.getValue()));
        } catch (InvalidInputException e) {
            String rest = FieldErrors.show(e, Map.of("name", name, "email", email, "kind", kind));
            if (!rest.isEmpty()) {
                inviteResult.setText(rest);
            }
            return;
        }
        inviteResult.setText(getTranslation("staff.panels.page.invite.queued", added.name(), added.email()));
        name.clear();
        email.clear();
        kind.clear();
        show();
    }

    private String text(String key) {
        return getTranslation("staff.panels.page." + key);
    }

    @Override
    public String getPageTitle() {
        return round == null ? text("page-title-unknown") : getTranslation("staff.panels.page.title", round.title());
    }
}
