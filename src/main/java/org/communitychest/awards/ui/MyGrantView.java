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
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
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
import org.communitychest.awards.Acceptance;
import org.communitychest.awards.DiligenceNeed;
import org.communitychest.awards.GrantDetails;
import org.communitychest.awards.GrantStatus;
import org.communitychest.awards.MyGrants;
import org.communitychest.awards.Terms;
import org.communitychest.awards.Variations;
import org.communitychest.base.AllowedFiles;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.ClientAddress;
import org.communitychest.base.ui.ConfirmDialogs;
import org.communitychest.base.ui.DatePickers;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.ErrorText;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.LimitedUpload;
import org.communitychest.base.ui.MoneyField;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;

/**
 * A grant as its group sees it: the offer to read and answer (accept with a name, a role and agreement, or decline
 * with a reason), then the documents to send before the first payment, the payment schedule, the reporting dates,
 * and asking for a change. Laid out for a phone first.
 */
@Route("grants/:grantId" + RouteId.PATTERN)
@RolesAllowed("APPLICANT")
class MyGrantView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final java.util.List<GrantPagePart> parts;
    final Div partCards = new Div();
    final Div offerCard = new Div();
    final Div letterLinks = new Div();
    final TextField fullName = new TextField();
    final TextField role = new TextField();
    final Checkbox agreed = new Checkbox();
    final Button accept = new Button();
    final TextArea declineReason = new TextArea();
    final Button decline = new Button();
    final Div answerCard = new Div();
    final Div diligenceCard = new Div();
    final Div diligenceRows = new Div();
    final Div paymentsCard = new Div();
    final Div changeCard = new Div();
    final Div changeShown = new Div();
    final Div changeForm = new Div();
    final DatePicker newStart = DatePickers.date("");
    final DatePicker newEnd = DatePickers.date("");
    final MoneyField newAmount = new MoneyField("");
    final BudgetEditor newBudget = new BudgetEditor();
    final TextArea changeReason = new TextArea();
    final Button askForChange = new Button();
    final Paragraph changeProblem = new Paragraph();
    private final H1 title = new H1();
    private final Div status = new Div();
    private final Paragraph summary = new Paragraph();
    private final MyGrants myGrants;
    private final Variations variations;
    private GrantDetails grant;

    MyGrantView(MyGrants myGrants, Variations variations, java.util.List<GrantPagePart> parts) {
        this.parts = parts;
        partCards.setWidthFull();
        partCards.addClassName("cc-part-cards");
        this.myGrants = myGrants;
        this.variations = variations;
        addClassName("cc-page");
        var back = new Anchor("", t("back"));

        fullName.setLabel(t("accept.name"));
        fullName.setHelperText(t("accept.name-help"));
        fullName.setMaxLength(200);
        fullName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        fullName.setWidthFull();
        role.setLabel(t("accept.role"));
        role.setHelperText(t("accept.role-help"));
        role.setMaxLength(200);
        role.setWidthFull();
        accept.setText(t("accept.button"));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.addClickListener(e -> accept());
        declineReason.setLabel(t("decline.reason"));
        declineReason.setWidthFull();
        decline.setText(t("decline.button"));
        decline.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        decline.addClickListener(e -> ConfirmDialogs.of(t("decline.title"), t("decline.text"), t("decline.button"),
                confirmed -> decline()).open());
        offerCard.add(new H2(t("offer.title")), new Paragraph(t("offer.intro")), letterLinks,
                new H3(t("accept.title")), fullName, role, agreed, accept, new H3(t("decline.title")),
                new Paragraph(t("decline.intro")), declineReason, decline);
        offerCard.addClassName("cc-card");
        answerCard.addClassName("cc-card");

        diligenceCard.add(new H2(t("diligence.title")), new Paragraph(t("diligence.intro")), diligenceRows);
        diligenceCard.addClassName("cc-card");
        paymentsCard.addClassName("cc-card");

        newStart.setLabel(t("change.start"));
        newEnd.setLabel(t("change.end"));
        newAmount.setLabel(t("change.amount"));
        newAmount.setHelperText(t("change.amount-help"));
        changeReason.setLabel(t("change.reason"));
        changeReason.setWidthFull();
        changeReason.setMaxLength(4_000);
        askForChange.setText(t("change.ask"));
        askForChange.addThemeVariants(ButtonVariant.PRIMARY);
        askForChange.addClickListener(e -> askForChange());
        changeProblem.addClassName("cc-warning");
        changeProblem.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        changeForm.add(new H3(t("change.form-title")), new Paragraph(t("change.intro")), newStart, newEnd,
                newAmount, new H3(t("change.budget")), newBudget, changeReason, changeProblem, askForChange);
        changeCard.add(new H2(t("change.title")), changeShown, changeForm);
        changeCard.addClassName("cc-card");
        add(back, title, status, summary, offerCard, answerCard, partCards, diligenceCard, paymentsCard, changeCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long grantId = event.getRouteParameters().getLong("grantId")
                .orElseThrow(() -> new RecordNotFoundException("Grant")); // not user text: what was not found
        show(myGrants.get(grantId));
        resetChangeForm();
    }

    private void show(GrantDetails details) {
        grant = details;
        title.setText(grant.projectTitle());
        status.removeAll();
        status.add(StatusTag.of(grant.status()));
        summary.setText(getTranslation("awards.mine.summary", grant.organisationName(), grant.amount().toString(),
                grant.roundTitle(), grant.reference()));
        agreed.setLabel(getTranslation("awards.mine.accept.agree", grant.organisationName()));
        offerCard.setVisible(grant.status() == GrantStatus.OFFERED);
        letterLinks.removeAll();
        var language = Language.of(getLocale());
        myGrants.letterFor(grant, false, language).ifPresent(l -> letterLinks.add(new Div(letterLink(l.id(),
                getTranslation("awards.mine.offer.letter")))));
        if (language != Language.ENGLISH) {
            grant.letters().stream().filter(l -> !l.signed() && l.language().equals(Language.ENGLISH.code()))
                    .findFirst().ifPresent(l -> letterLinks.add(new Div(letterLink(l.id(),
                            t("offer.letter-english")))));
        }
        showAnswer(language);
        boolean live = grant.status().isLive() || grant.status() == GrantStatus.COMPLETED;
        diligenceCard.setVisible(grant.status().isLive());
        showDiligence();
        paymentsCard.setVisible(live || grant.status() == GrantStatus.OFFERED);
        showPayments();
        changeCard.setVisible(grant.status().isLive());
        showChanges();
    }

    private Anchor letterLink(long letterId, String text) {
        return Downloads.link(text, () -> ManageGrantView.file(myGrants.letter(grant.id(), letterId)));
    }

    private void showAnswer(Language language) {
        answerCard.removeAll();
        answerCard.setVisible(grant.status() != GrantStatus.OFFERED);
        answerCard.add(new H2(t("answer.title")));
        if (grant.signerName() != null) {
            answerCard.add(new Paragraph(getTranslation("awards.mine.answer.accepted", grant.signerName(),
                    grant.signerRole(), London.format(grant.answeredAt()))));
            myGrants.letterFor(grant, true, language).ifPresent(l -> answerCard.add(letterLink(l.id(),
                    t("answer.signed-letter"))));
        }
        if (grant.status() == GrantStatus.DECLINED) {
            answerCard.add(new Paragraph(getTranslation("awards.mine.answer.declined",
                    London.format(grant.answeredAt()), grant.declineReason())));
        }
        if (grant.status() == GrantStatus.WITHDRAWN) {
            answerCard.add(new Paragraph(getTranslation("awards.mine.answer.withdrawn",
                    London.format(grant.withdrawnAt()), grant.withdrawReason())));
        }
        if (grant.status() == GrantStatus.COMPLETED) {
            answerCard.add(new Paragraph(getTranslation("awards.mine.answer.completed",
                    London.format(grant.completedAt()))));
        }
    }

    private void showDiligence() {
        diligenceRows.removeAll();
        for (DiligenceNeed need : grant.diligence()) {
            var row = new Div(new H3(Texts.of(need.kind().label())), new Paragraph(Texts.of(need.kind().help())));
            row.addClassName("cc-diligence-row");
            var latest = need.latest();
            String state;
            if (need.met()) {
                state = getTranslation("awards.mine.diligence.verified", London.format(latest.verifiedAt()));
            } else if (need.waiting()) {
                state = getTranslation("awards.mine.diligence.waiting", latest.fileName());
            } else if (latest != null && latest.rejected()) {
                state = getTranslation("awards.mine.diligence.turned-down", latest.rejectedReason());
            } else {
                state = t("diligence.needed");
            }
            var stateText = new Paragraph(state);
            stateText.addClassName(need.met() ? "cc-done" : "cc-to-do");
            row.add(stateText);
            if (!need.met() && !need.waiting()) {
                var error = new ErrorText();
                var upload = new LimitedUpload(AllowedFiles.MAX_BYTES, (fileName, data) -> {
                    try {
                        show(myGrants.upload(grant.id(), need.kind(), fileName, data));
                        Notifications.success(t("diligence.uploaded"));
                    } catch (InvalidInputException e) {
                        error.setErrorMessage(Texts.joined(e.fieldErrors().values()));
                        error.setInvalid(true);
                    }
                });
                upload.setAcceptedFileTypes(AllowedFiles.ACCEPT.split(","));
                upload.onRefused(message -> {
                    error.setErrorMessage(getTranslation("apply.documents.refused", message,
                            Texts.of(AllowedFiles.DESCRIPTION)));
                    error.setInvalid(true);
                });
                upload.setUploadButton(new Button(getTranslation("awards.mine.diligence.choose",
                        Texts.of(need.kind().label()))));
                row.add(upload, error);
            }
            diligenceRows.add(row);
        }
    }

    private void showPayments() {
        paymentsCard.removeAll();
        paymentsCard.add(new H2(t("payments.title")), new PaymentTable(grant.payments()),
                new Paragraph(t("payments.note")));
        if (grant.status() == GrantStatus.OFFERED) {
            var reports = new UnorderedList();
            grant.reportDates().forEach(d -> reports.add(new ListItem(London.format(d))));
            paymentsCard.add(new H3(t("payments.reports")), reports);
        }
        partCards.removeAll();
        parts.forEach(part -> part.forGroup(grant).ifPresent(partCards::add));
    }

    private void showChanges() {
        changeShown.removeAll();
        changeShown.add(new H3(t("change.now")), new TermsText(grant.terms(), null));
        grant.variations().forEach(v -> {
            var item = new Div(new H3(getTranslation("awards.mine.change.asked", London.format(v.requestedAt()),
                    Texts.of(v.status().label()))), new TermsText(v.terms(), null),
                    new Paragraph(getTranslation("awards.mine.change.why", v.reason())));
            if (v.answer() != null) {
                item.add(new Paragraph(getTranslation("awards.mine.change.answer", v.answer())));
            }
            changeShown.add(item);
        });
        changeForm.setVisible(!grant.hasOpenVariation());
    }

    private void resetChangeForm() {
        newStart.setValue(grant.startDate());
        newEnd.setValue(grant.endDate());
        newAmount.setMoney(grant.amount());
        newBudget.setBudget(grant.budget());
        changeReason.clear();
    }

    private void accept() {
        FieldErrors.clear(fullName, role);
        agreed.setInvalid(false);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("fullName", fullName);
        fields.put("role", role);
        fields.put("agreed", agreed);
        try {
            show(myGrants.accept(grant.id(), new Acceptance(fullName.getValue(), role.getValue(), agreed.getValue()),
                    ClientAddress.current()));
            Notifications.success(t("accept.done"));
        } catch (InvalidInputException e) {
            String rest = FieldErrors.show(e, fields);
            if (!rest.isBlank()) {
                Notifications.error(rest);
            }
        }
    }

    private void decline() {
        declineReason.setInvalid(false);
        try {
            myGrants.decline(grant.id(), declineReason.getValue());
            show(myGrants.get(grant.id()));
            Notifications.success(t("decline.done"));
        } catch (InvalidInputException e) {
            FieldErrors.show(e, Map.of("reason", declineReason));
        }
    }

    private void askForChange() {
        FieldErrors.clear(newStart, newEnd, newAmount, changeReason);
        changeProblem.setText("");
        if (!newAmount.check() || !newBudget.check()) {
            return;
        }
        Map<String, HasValidation> fields = new HashMap<>(newBudget.fields());
        fields.put("startDate", newStart);
        fields.put("endDate", newEnd);
        fields.put("amount", newAmount);
        fields.put("reason", changeReason);
        try {
            show(variations.request(grant.id(), new Terms(newAmount.getMoney(), newStart.getValue(),
                    newEnd.getValue(), newBudget.budget()), changeReason.getValue()));
            Notifications.success(t("change.sent"));
        } catch (InvalidInputException e) {
            changeProblem.setText(FieldErrors.show(e, fields));
        }
    }

    private String t(String key) {
        return getTranslation("awards.mine." + key);
    }

    @Override
    public String getPageTitle() {
        return grant == null ? t("page-title") : grant.projectTitle();
    }
}
