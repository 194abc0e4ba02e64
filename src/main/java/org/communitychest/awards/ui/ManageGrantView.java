package org.communitychest.awards.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.communitychest.awards.DiligenceChecks;
import org.communitychest.awards.DiligenceNeed;
import org.communitychest.awards.GrantDetails;
import org.communitychest.awards.GrantOffers;
import org.communitychest.awards.GrantPayments;
import org.communitychest.awards.GrantStatus;
import org.communitychest.awards.OfferTerms;
import org.communitychest.awards.Payment;
import org.communitychest.awards.PaymentLine;
import org.communitychest.awards.Variations;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.ConfirmDialogs;
import org.communitychest.base.ui.DatePickers;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.MoneyField;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.rounds.ui.RoundsNavigation;

/**
 * One grant, for the officer: the offer's terms and schedule while it is prepared, then the letters, the group's
 * answer, due diligence to verify, payments to record, a variation to answer, the grant's versions, and withdrawing
 * or completing it.
 */
@Route("grants/:grantId" + RouteId.PATTERN + "/manage")
@RolesAllowed("OFFICER")
class ManageGrantView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final java.util.List<GrantPagePart> parts;
    final Div partCards = new Div();
    final TextArea conditions = new TextArea();
    final DatePicker startDate = DatePickers.date("");
    final DatePicker endDate = DatePickers.date("");
    final Checkbox safeguarding = new Checkbox();
    final ScheduleEditor schedule = new ScheduleEditor();
    final Button save = new Button();
    final Button send = new Button();
    final Paragraph termsProblem = new Paragraph();
    final Div termsCard = new Div();
    final Div offerCard = new Div();
    final Div diligenceCard = new Div();
    final Div diligenceRows = new Div();
    final Div paymentsCard = new Div();
    final Div paymentLines = new Div();
    final Paragraph payNote = new Paragraph();
    final DatePicker paidOn = DatePickers.date("");
    final MoneyField paidAmount = new MoneyField("");
    final TextField financeReference = new TextField();
    final Button recordPayment = new Button();
    final Div payForm = new Div();
    final Div variationCard = new Div();
    final Div variationShown = new Div();
    final TextArea variationAnswer = new TextArea();
    final Button approveVariation = new Button();
    final Button refuseVariation = new Button();
    final Div historyCard = new Div();
    final TextArea withdrawReason = new TextArea();
    final Button withdraw = new Button();
    final Button complete = new Button();
    final Div endCard = new Div();
    private final H1 title = new H1();
    private final Div status = new Div();
    private final Paragraph summary = new Paragraph();
    private final Anchor back = new Anchor();
    private final GrantOffers offers;
    private final GrantPayments payments;
    private final DiligenceChecks checks;
    private final Variations variations;
    private GrantDetails grant;

    ManageGrantView(GrantOffers offers, GrantPayments payments, DiligenceChecks checks, Variations variations,
            java.util.List<GrantPagePart> parts) {
        this.parts = parts;
        partCards.setWidthFull();
        partCards.addClassName("cc-part-cards");
        this.offers = offers;
        this.payments = payments;
        this.checks = checks;
        this.variations = variations;
        addClassName("cc-page");
        back.setText(t("back"));

        conditions.setLabel(t("terms.conditions"));
        conditions.setHelperText(t("terms.conditions-help"));
        conditions.setWidthFull();
        conditions.setMaxLength(4_000);
        startDate.setLabel(t("terms.start"));
        endDate.setLabel(t("terms.end"));
        safeguarding.setLabel(t("terms.safeguarding"));
        save.setText(t("terms.save"));
        save.addClickListener(e -> saveTerms().ifPresent(d -> Notifications.success(t("terms.saved"))));
        send.setText(t("terms.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> ConfirmDialogs.of(t("terms.send-title"), t("terms.send-text"), t("terms.send"),
                confirmed -> send()).open());
        termsProblem.addClassName("cc-warning");
        termsProblem.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        var dates = new Div(startDate, endDate);
        dates.addClassName("cc-field-row");
        var termsActions = new Div(save, send);
        termsActions.addClassName("cc-actions");
        termsCard.add(new H2(t("terms.title")), new Paragraph(t("terms.intro")), conditions, dates, safeguarding,
                schedule, termsProblem, termsActions);
        termsCard.addClassName("cc-card");
        offerCard.addClassName("cc-card");

        diligenceCard.add(new H2(t("diligence.title")), new Paragraph(t("diligence.intro")), diligenceRows);
        diligenceCard.addClassName("cc-card");

        paidOn.setLabel(t("pay.date"));
        paidAmount.setLabel(t("pay.amount"));
        financeReference.setLabel(t("pay.reference"));
        financeReference.setHelperText(t("pay.reference-help"));
        financeReference.setMaxLength(100);
        recordPayment.setText(t("pay.record"));
        recordPayment.addThemeVariants(ButtonVariant.PRIMARY);
        recordPayment.addClickListener(e -> recordPayment());
        payForm.add(new H3(t("pay.title")), paidOn, paidAmount, financeReference, recordPayment);
        payNote.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        paymentsCard.add(new H2(t("payments.title")), paymentLines, payNote, payForm);
        paymentsCard.addClassName("cc-card");

        variationAnswer.setLabel(t("variation.answer"));
        variationAnswer.setHelperText(t("variation.answer-help"));
        variationAnswer.setWidthFull();
        approveVariation.setText(t("variation.approve"));
        approveVariation.addThemeVariants(ButtonVariant.PRIMARY);
        approveVariation.addClickListener(e -> answerVariation(true));
        refuseVariation.setText(t("variation.refuse"));
        refuseVariation.addClickListener(e -> answerVariation(false));
        var variationActions = new Div(approveVariation, refuseVariation);
        variationActions.addClassName("cc-actions");
        variationCard.add(new H2(t("variation.title")), variationShown, variationAnswer, variationActions);
        variationCard.addClassName("cc-card");
        historyCard.addClassName("cc-card");

        withdrawReason.setLabel(t("end.withdraw-reason"));
        withdrawReason.setWidthFull();
        withdraw.setText(t("end.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.ERROR);
        withdraw.addClickListener(e -> withdraw());
        complete.setText(t("end.complete"));
        complete.addClickListener(e -> complete());
        endCard.add(new H2(t("end.title")), complete, withdrawReason, withdraw);
        endCard.addClassName("cc-card");
        add(back, title, status, summary, termsCard, offerCard, partCards, diligenceCard, paymentsCard,
                variationCard, historyCard, endCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long grantId = event.getRouteParameters().getLong("grantId")
                .orElseThrow(() -> new RecordNotFoundException("Grant")); // not user text: what was not found
        show(offers.get(grantId));
        if (grant.status() == GrantStatus.PREPARING) {
            conditions.setValue(grant.conditions() == null ? "" : grant.conditions());
            startDate.setValue(grant.startDate());
            endDate.setValue(grant.endDate());
            safeguarding.setValue(grant.safeguardingNeeded());
            schedule.setSchedule(grant.payments());
        }
    }

    private void show(GrantDetails details) {
        grant = details;
        back.setHref(RoundsNavigation.grants(grant.roundId()));
        title.setText(grant.projectTitle());
        status.removeAll();
        status.add(StatusTag.of(grant.status()));
        summary.setText(getTranslation("staff.awards.grant.summary", grant.reference(), grant.organisationName(),
                grant.roundTitle(), grant.amount().toString(), grant.requested().toString(),
                London.format(grant.startDate()), London.format(grant.endDate())));
        boolean preparing = grant.status() == GrantStatus.PREPARING;
        termsCard.setVisible(preparing);
        offerCard.setVisible(!preparing);
        showOffer();
        boolean live = grant.status().isLive() || grant.status() == GrantStatus.COMPLETED;
        diligenceCard.setVisible(live);
        showDiligence();
        paymentsCard.setVisible(!preparing);
        showPayments();
        var open = grant.variations().stream().filter(v -> v.open()).findFirst();
        variationCard.setVisible(open.isPresent());
        variationShown.removeAll();
        open.ifPresent(v -> variationShown.add(new TermsText(v.terms(), grant.terms()), new Paragraph(
                getTranslation("staff.awards.variation.reason", v.reason()))));
        showHistory();
        partCards.removeAll();
        parts.forEach(part -> part.forOfficer(grant).ifPresent(partCards::add));
        endCard.setVisible(grant.status().canWithdraw() || grant.status() == GrantStatus.ACTIVE);
        complete.setVisible(grant.status() == GrantStatus.ACTIVE);
        complete.setEnabled(grant.payments().stream().allMatch(PaymentLine::isPaid));
        withdraw.setVisible(grant.status().canWithdraw());
        withdrawReason.setVisible(grant.status().canWithdraw());
    }

    private void showOffer() {
        offerCard.removeAll();
        offerCard.add(new H2(t("offer.title")));
        if (grant.offeredAt() != null) {
            offerCard.add(new Paragraph(getTranslation("staff.awards.offer.sent", London.format(grant.offeredAt()),
                    grant.offeredBy())));
        }
        grant.letters().forEach(letter -> offerCard.add(new Div(Downloads.link(getTranslation(
                letter.signed() ? "staff.awards.offer.signed-letter" : "staff.awards.offer.letter",
                letter.language()), () -> file(offers.letter(grant.id(), letter.id()))))));
        switch (grant.status()) {
            case OFFERED -> offerCard.add(new Paragraph(t("offer.waiting")));
            case DECLINED -> offerCard.add(new Paragraph(getTranslation("staff.awards.offer.declined",
                    London.format(grant.answeredAt()), grant.declineReason())));
            case WITHDRAWN -> offerCard.add(new Paragraph(getTranslation("staff.awards.offer.withdrawn",
                    London.format(grant.withdrawnAt()), grant.withdrawReason())));
            default -> {
                if (grant.signerName() != null) {
                    offerCard.add(new Paragraph(getTranslation("staff.awards.offer.accepted", grant.signerName(),
                            grant.signerRole(), London.format(grant.answeredAt()))));
                }
            }
        }
    }

    private void showDiligence() {
        diligenceRows.removeAll();
        for (DiligenceNeed need : grant.diligence()) {
            var row = new Div(new H3(Texts.of(need.kind().label())));
            row.addClassName("cc-diligence-row");
            var latest = need.latest();
            if (need.met()) {
                row.add(new Paragraph(getTranslation("staff.awards.diligence.verified", latest == null ? ""
                        : London.format(latest.verifiedAt()), latest == null ? "" : latest.verifiedBy())));
            } else if (latest == null) {
                row.add(new Paragraph(t("diligence.missing")));
            } else if (latest.rejected()) {
                row.add(new Paragraph(getTranslation("staff.awards.diligence.turned-down", latest.rejectedReason())));
            } else if (latest.unchecked()) {
                row.add(new Paragraph(getTranslation("staff.awards.diligence.to-check",
                        London.format(latest.uploadedAt()))));
                var reason = new TextArea(t("diligence.reason"));
                reason.setWidthFull();
                var verify = new Button(getTranslation("staff.awards.diligence.verify", latest.fileName()),
                        e -> act(() -> checks.verify(grant.id(), latest.id()), Map.of()));
                verify.addThemeVariants(ButtonVariant.PRIMARY);
                var turnDown = new Button(t("diligence.turn-down"), e -> act(() -> checks.reject(grant.id(),
                        latest.id(), reason.getValue()), Map.of("reason-" + latest.id(), reason)));
                var actions = new Div(verify, turnDown);
                actions.addClassName("cc-actions");
                row.add(reason, actions);
            } else {
                row.add(new Paragraph(t("diligence.expired")));
            }
            if (latest != null) {
                row.add(Downloads.link(getTranslation("staff.awards.diligence.download", latest.fileName()),
                        () -> file(checks.document(grant.id(), latest.id()))));
            }
            diligenceRows.add(row);
        }
    }

    private void showPayments() {
        paymentLines.removeAll();
        paymentLines.add(new PaymentTable(grant.payments()));
        var next = grant.payments().stream().filter(p -> !p.isPaid()).findFirst();
        payForm.setVisible(grant.canPay());
        if (grant.canPay()) {
            var line = next.orElseThrow();
            paidAmount.setMoney(line.amount());
            payNote.setText(getTranslation("staff.awards.pay.next", line.number(), line.amount().toString()));
        } else if (!grant.status().isLive()) {
            payNote.setText(t("pay.wait-acceptance"));
        } else if (!grant.diligenceDone()) {
            payNote.setText(t("pay.diligence-first"));
        } else {
            payNote.setText(t("pay.all-paid"));
        }
    }

    private void showHistory() {
        historyCard.removeAll();
        historyCard.add(new H2(t("history.title")));
        historyCard.setVisible(!grant.versions().isEmpty() || !grant.variations().isEmpty());
        for (var version : grant.versions().reversed()) {
            historyCard.add(new H3(getTranslation("staff.awards.history.version", version.number(),
                    London.format(version.madeAt()), version.madeBy())));
            historyCard.add(new TermsText(version.terms(), null));
            if (version.reason() != null) {
                historyCard.add(new Paragraph(getTranslation("staff.awards.variation.reason", version.reason())));
            }
        }
        grant.variations().stream().filter(v -> !v.open()).forEach(v -> historyCard.add(new Paragraph(
                getTranslation("staff.awards.history.variation", London.format(v.requestedAt()),
                        Texts.of(v.status().label()), v.answeredBy(), v.answer() == null ? "" : v.answer()))));
    }

    private Optional<GrantDetails> saveTerms() {
        FieldErrors.clear(startDate, endDate, conditions);
        termsProblem.setText("");
        if (!schedule.check()) {
            return Optional.empty();
        }
        try {
            var saved = offers.saveTerms(grant.id(), grant.version(), new OfferTerms(conditions.getValue(),
                    startDate.getValue(), endDate.getValue(), safeguarding.getValue(), schedule.schedule()));
            show(saved);
            return Optional.of(saved);
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = new HashMap<>(schedule.fields());
            fields.put("startDate", startDate);
            fields.put("endDate", endDate);
            fields.put("conditions", conditions);
            termsProblem.setText(FieldErrors.show(e, fields));
            return Optional.empty();
        }
    }

    private void send() {
        if (saveTerms().isEmpty()) {
            return;
        }
        int mails = offers.send(grant.id());
        show(offers.get(grant.id()));
        Notifications.success(getTranslation("staff.awards.terms.sent", mails));
    }

    private void recordPayment() {
        FieldErrors.clear(paidOn, paidAmount, financeReference);
        if (!paidAmount.check()) {
            return;
        }
        var next = grant.payments().stream().filter(p -> !p.isPaid()).findFirst().orElseThrow();
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("paidOn", paidOn);
        fields.put("amount", paidAmount);
        fields.put("financeReference", financeReference);
        if (act(() -> payments.record(grant.id(), next.number(), new Payment(paidOn.getValue(),
                paidAmount.getMoney(), financeReference.getValue())), fields)) {
            paidOn.clear();
            financeReference.clear();
            Notifications.success(getTranslation("staff.awards.pay.recorded", next.number()));
        }
    }

    private void answerVariation(boolean approve) {
        var open = grant.variations().stream().filter(v -> v.open()).findFirst().orElseThrow();
        if (act(() -> approve ? variations.approve(open.id(), variationAnswer.getValue())
                : variations.refuse(open.id(), variationAnswer.getValue()), Map.of("answer", variationAnswer))) {
            variationAnswer.clear();
            Notifications.success(t(approve ? "variation.approved" : "variation.refused"));
        }
    }

    private void withdraw() {
        if (act(() -> {
            offers.withdraw(grant.id(), withdrawReason.getValue());
            return offers.get(grant.id());
        }, Map.of("reason", withdrawReason))) {
            Notifications.success(t("end.withdrawn"));
        }
    }

    private void complete() {
        if (act(() -> {
            offers.complete(grant.id());
            return offers.get(grant.id());
        }, Map.of())) {
            Notifications.success(t("end.completed"));
        }
    }

    /** Runs an action that answers the grant anew and shows it; a refusal shows beside its field or as a message. */
    private boolean act(java.util.function.Supplier<GrantDetails> action, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            show(action.get());
            return true;
        } catch (InvalidInputException e) {
            String rest = FieldErrors.show(e, fields);
            if (!rest.isBlank()) {
                Notifications.error(rest);
            }
            return false;
        }
    }

    static Downloads.File file(org.communitychest.awards.GrantFile file) {
        return new Downloads.File(file.fileName(), file.contentType(), file.content());
    }

    private String t(String key) {
        return getTranslation("staff.awards." + key);
    }

    @Override
    public String getPageTitle() {
        return grant == null ? t("grant.page-title") : grant.projectTitle();
    }
}
