package org.communitychest.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.panels.Moderation;
import org.communitychest.panels.PanelPaths;
import org.communitychest.panels.PanelScoring;
import org.communitychest.panels.calc.Calibration;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.ui.RoundsNavigation;

/**
 * The moderation board: bids ranked by calibrated score (or the panel's moderated one) with raw mean, spread,
 * valid reviewers and flags, the round's agreement (Krippendorff's alpha) and the calibration used. Officers record
 * moderated scores with a reason; panellists see the bids they scored, without names.
 */
@Route("panel/:panelId" + RouteId.PATTERN + "/moderation")
@RolesAllowed({"PANELLIST", "OFFICER", "ADMIN"})
class ModerationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<Moderation.BoardRow> board = new Grid<>();
    final Select<Moderation.BoardRow> moderateBid = new Select<>();
    final NumberField moderatedScore = new NumberField();
    final TextArea moderateReason = new TextArea();
    final Button moderate = new Button();
    final Div agreement = new Div();
    final Div calibration = new Div();
    private final Anchor back = new Anchor();
    private final H1 title = new H1();
    private final Div moderateCard = new Div();
    private final Moderation moderation;
    private long panelId;
    private Moderation.Board shown;

    ModerationView(Moderation moderation) {
        this.moderation = moderation;
        addClassName("cc-page");
        var agreementCard = new Div(new H2(t("agreement")), agreement);
        agreementCard.addClassName("cc-card");
        var calibrationCard = new Div(new H2(t("calibration")), calibration);
        calibrationCard.addClassName("cc-card");
        board.addColumn(Moderation.BoardRow::rank).setHeader(t("column.rank")).setAutoWidth(true).setFlexGrow(0);
        board.addColumn(r -> r.reference() + " · " + r.projectTitle() + " · " + r.organisationName())
                .setHeader(t("column.bid")).setFlexGrow(3);
        board.addColumn(r -> r.requested().toShortString()).setHeader(t("column.requested")).setAutoWidth(true);
        board.addColumn(Moderation.BoardRow::reviewers).setHeader(t("column.reviewers")).setAutoWidth(true);
        board.addColumn(r -> score(r.rawMean())).setHeader(t("column.raw")).setAutoWidth(true);
        board.addColumn(r -> score(r.calibratedMean())).setHeader(t("column.calibrated")).setAutoWidth(true);
        board.addColumn(r -> r.moderated() == null || r.moderated().score() == null ? ""
                : score(r.moderated().score())).setHeader(t("column.moderated")).setAutoWidth(true);
        board.addColumn(r -> score(r.spread())).setHeader(t("column.spread")).setAutoWidth(true);
        board.addColumn(this::flags).setHeader(t("column.flags")).setFlexGrow(2);
        board.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        board.setAllRowsVisible(true);
        board.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        var boardCard = new Div(new H2(t("ranking")), new Paragraph(t("ranking-intro")), board);
        boardCard.addClassName("cc-card");

        moderateBid.setLabel(t("moderate.bid"));
        moderateBid.setItemLabelGenerator(r -> r.reference() + " · " + r.projectTitle());
        moderatedScore.setLabel(t("moderate.score"));
        moderatedScore.setHelperText(t("moderate.score-help"));
        moderatedScore.setMin(0);
        moderatedScore.setMax(100);
        moderatedScore.setStep(0.1);
        moderateReason.setLabel(t("moderate.reason"));
        moderateReason.setWidthFull();
        moderateReason.setMaxLength(PanelScoring.REASON_LIMIT);
        moderate.setText(t("moderate.save"));
        moderate.addThemeVariants(ButtonVariant.PRIMARY);
        moderate.addClickListener(e -> moderate());
        moderateCard.add(new H2(t("moderate")), new Paragraph(t("moderate.intro")), moderateBid, moderatedScore,
                moderateReason, moderate);
        moderateCard.addClassName("cc-card");
        add(back, title, agreementCard, calibrationCard, boardCard, moderateCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        panelId = event.getRouteParameters().getLong("panelId").orElseThrow(() -> new RecordNotFoundException("Panel"));
        show();
    }

    private void show() {
        shown = moderation.board(panelId);
        var round = shown.round();
        back.setHref(shown.forOfficer() ? RoundsNavigation.panel(round.id()) : PanelPaths.panel(panelId));
        back.setText(t("back"));
        title.setText(getTranslation("panels.moderation.title", round.title()));
        showAgreement();
        showCalibration();
        board.setItems(shown.rows());
        moderateCard.setVisible(shown.forOfficer() && round.status() == RoundStatus.MODERATION);
        moderateBid.setItems(shown.rows());
    }

    private void showAgreement() {
        agreement.removeAll();
        var alpha = shown.alpha();
        if (alpha.alpha().isEmpty()) {
            agreement.add(new Paragraph(t("alpha.none")));
            return;
        }
        var reading = alpha.reading().orElseThrow();
        agreement.add(new Paragraph(getTranslation("panels.moderation.alpha", score3(alpha.alpha()
                .getAsDouble()), alpha.pairableUnits(), alpha.pairableValues())));
        agreement.add(new Paragraph(t("alpha." + reading.name().toLowerCase(Locale.ROOT))));
    }

    private void showCalibration() {
        calibration.removeAll();
        var c = shown.calibration();
        calibration.add(new Paragraph(t(c.design() == Calibration.Design.COMPLETE ? "calibration.complete"
                : "calibration.incomplete")));
        var left = c.reviewers().stream().filter(r -> !r.calibrated()).toList();
        if (!left.isEmpty()) {
            var list = new UnorderedList();
            for (var r : left) {
                String why = r.notCalibratedBecause().stream().map(b -> t("calibration.because."
                        + b.name().toLowerCase(Locale.ROOT).replace('_', '-'))).collect(Collectors.joining(" "));
                list.add(new ListItem(getTranslation("panels.moderation.calibration.left",
                        reviewer(r.reviewerId()), r.bidsScored(), why)));
            }
            calibration.add(new Paragraph(t("calibration.left-intro")), list);
        }
    }

    private String reviewer(long memberId) {
        String name = shown.reviewerNames().getOrDefault(memberId, "");
        return shown.forOfficer() ? name : getTranslation("panels.others.member", name);
    }

    private String flags(Moderation.BoardRow r) {
        var words = r.flags().stream().map(f -> t("flag." + f.name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .collect(Collectors.toList());
        if (r.outlier()) {
            words.add(t("flag.outlier"));
        }
        return String.join(", ", words);
    }

    private Div details(Moderation.BoardRow r) {
        var div = new Div();
        var list = new UnorderedList();
        for (var line : r.scores()) {
            String who = shown.forOfficer() ? line.reviewer() : getTranslation("panels.others.member",
                    line.reviewer());
            list.add(new ListItem(getTranslation(line.outlier() ? "panels.moderation.score-outlier"
                    : "panels.moderation.score-line", who, score(line.raw()), score(line.calibrated()))));
        }
        div.add(list);
        if (r.moderated() != null) {
            div.add(new Paragraph(getTranslation("panels.moderation.moderated-line",
                    r.moderated().score() == null ? t("moderated.taken-back") : score(r.moderated().score()),
                    r.moderated().previous() == null ? t("moderated.none") : score(r.moderated().previous()),
                    r.moderated().reason(), r.moderated().by(), London.format(r.moderated().at()))));
        }
        return div;
    }

    private void moderate() {
        FieldErrors.clear(moderateBid, moderatedScore, moderateReason);
        var bid = moderateBid.getValue();
        if (bid == null) {
            moderateBid.setErrorMessage(t("moderate.bid-required"));
            moderateBid.setInvalid(true);
            return;
        }
        try {
            moderation.moderate(panelId, bid.applicationId(), moderatedScore.getValue(), moderateReason.getValue());
        } catch (InvalidInputException e) {
            String rest = FieldErrors.show(e, Map.of("score", moderatedScore, "reason", moderateReason));
            if (!rest.isEmpty()) {
                Notifications.error(rest);
            }
            return;
        }
        moderatedScore.clear();
        moderateReason.clear();
        moderateBid.clear();
        Notifications.success(t("moderate.saved"));
        show();
    }

    private String score(Double value) {
        return value == null ? "–" : String.format(getLocale(), "%.1f", value); // not user text: a dash for none
    }

    private String score3(double value) {
        return String.format(getLocale(), "%.3f", value);
    }

    private String t(String key) {
        return getTranslation("panels.moderation." + key);
    }

    @Override
    public String getPageTitle() {
        return shown == null ? t("page-title") : getTranslation("panels.moderation.title",
                shown.round().title());
    }
}
