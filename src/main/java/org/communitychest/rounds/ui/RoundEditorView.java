package org.communitychest.rounds.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.communitychest.base.ui.ConfirmDialogs;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.communitychest.base.ui.Texts;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.ui.DatePickers;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.MoneyField;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.gaps.GapFigures;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.rounds.AllocationRules;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundForm;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.Rounds;
import org.communitychest.rounds.ScoringScale;

/**
 * An officer sets up a round: basics, eligibility, criteria, priority gaps, allocation rules, documents; then
 * previews and publishes.
 */
@Route("rounds/:roundId" + RouteId.PATTERN + "/edit")
@RouteAlias("rounds/new")
@RolesAllowed("OFFICER")
class RoundEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField title = new TextField(text("title"));
    final TextArea description = new TextArea(text("description"));
    final MoneyField pot = new MoneyField(text("pot"));
    final MoneyField minGrant = new MoneyField(text("min-grant"));
    final MoneyField maxGrant = new MoneyField(text("max-grant"));
    final MoneyField shortFormThreshold = new MoneyField(text("short-form-threshold"));
    final DateTimePicker opensAt = DatePickers.dateTime(text("opens-at"));
    final DateTimePicker closesAt = DatePickers.dateTime(text("closes-at"));
    final DatePicker projectEndLimit = DatePickers.date(text("project-end"));
    final RadioButtonGroup<ScoringScale> scale = new RadioButtonGroup<>(text("scale"));
    final VerticalLayout eligibilityRows = new VerticalLayout();
    final VerticalLayout criteriaRows = new VerticalLayout();
    final VerticalLayout documentRows = new VerticalLayout();
    final Span weightTotal = new Span();
    final PriorityGapPicker gapPicker;
    final AllocationRulesEditor allocation;
    final Button save = new Button(text("save"));
    final Button preview = new Button(text("save-and-preview"));
    final Button publish = new Button(text("publish"));
    final Div alert = new Div();
    private final Span eligibilityError = sectionError();
    private final Span criteriaError = sectionError();
    private final Span prioritiesError = sectionError();
    private final Span documentsError = sectionError();
    private final Span status = new Span();
    private final H1 heading = new H1(text("new-heading"));
    private final Paragraph frozenNote = new Paragraph();
    private final Rounds rounds;
    private final Clock clock;
    private Long roundId;
    private long version;

    RoundEditorView(Rounds rounds, NeedCategories needCategories, Areas areaService, GapFigures gapFigures,
            Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
        var needs = needCategories.ofMyPartnership().stream().filter(n -> !n.retired()).toList();
        var areas = areaService.ofMyPartnership();
        gapPicker = new PriorityGapPicker(gapFigures, needs, areas);
        allocation = new AllocationRulesEditor(
                areas.stream().map(a -> new MinimumShareRow.Target(a.id(), a.name())).toList(),
                needs.stream().map(n -> new MinimumShareRow.Target(n.id(), Texts.of(n.name()))).toList());
        addClassName("cc-page");
        alert.addClassName("cc-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setVisible(false);

        description.setMaxLength(4000);
        description.setHelperText(text("description-help"));
        title.setMaxLength(200);
        shortFormThreshold.setHelperText(text("short-form-threshold-help"));
        scale.setItems(ScoringScale.values());
        scale.setItemLabelGenerator(s -> Texts.of(s.label()));
        scale.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                criteriaRows.getChildren().map(CriterionRow.class::cast).forEach(r -> r.setScale(e.getValue()));
            }
        });
        var basics = new FormLayout(title, description, pot, shortFormThreshold, minGrant, maxGrant, opensAt,
                closesAt, projectEndLimit, scale);
        basics.setColspan(title, 2);
        basics.setColspan(description, 2);

        eligibilityRows.setPadding(false);
        criteriaRows.setPadding(false);
        documentRows.setPadding(false);
        var addQuestion = new Button(text("add-question"), VaadinIcon.PLUS.create(), e -> addEligibility(null));
        var addCriterion = new Button(text("add-criterion"), VaadinIcon.PLUS.create(), e -> addCriterion(null));
        var addDocument = new Button(text("add-document"), VaadinIcon.PLUS.create(), e -> addDocument(""));

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save().ifPresent(r -> Notifications.success(text("saved"))));
        preview.addClickListener(e -> save().ifPresent(r -> getUI().ifPresent(
                ui -> ui.navigate(RoundsNavigation.preview(r.id())))));
        publish.addThemeVariants(ButtonVariant.SUCCESS);
        publish.addClickListener(e -> confirmPublish());
        var actions = new HorizontalLayout(save, preview, publish);
        actions.addClassName("cc-actions");

        add(heading, status, new H2(text("basics")), basics,
                new H2(text("eligibility")), new Paragraph(text("eligibility-intro")), frozenNote,
                eligibilityError, eligibilityRows, addQuestion,
                new H2(text("criteria")), new Paragraph(text("criteria-intro")),
                weightTotal, criteriaError, criteriaRows, addCriterion,
                new H2(text("priorities")), new Paragraph(text("priorities-intro")),
                prioritiesError, gapPicker, allocation,
                new H2(text("documents")), documentsError, documentRows, addDocument, actions, alert);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        gapPicker.readLatest();
        var id = event.getRouteParameters().getLong("roundId");
        if (id.isPresent()) {
            load(rounds.get(id.get()));
        } else {
            roundId = null;
            scale.setValue(ScoringScale.ZERO_TO_FOUR);
            shortFormThreshold.setMoney(RoundForm.DEFAULT_SHORT_FORM_THRESHOLD);
            status.setText(text("not-saved-yet"));
            publish.setVisible(false);
            preview.setVisible(false);
            allocation.show(AllocationRules.NONE, false);
        }
    }

    private void load(RoundDetails round) {
        roundId = round.id();
        version = round.version();
        heading.setText(round.title());
        title.setValue(round.title());
        description.setValue(round.description());
        pot.setMoney(round.pot());
        minGrant.setMoney(round.minGrant());
        maxGrant.setMoney(round.maxGrant());
        shortFormThreshold.setMoney(round.shortFormThreshold());
        opensAt.setValue(London.toLocal(round.opensAt()));
        closesAt.setValue(London.toLocal(round.closesAt()));
        projectEndLimit.setValue(round.projectEndLimit());
        scale.setValue(round.scale());
        eligibilityRows.removeAll();
        round.eligibility().forEach(this::addEligibility);
        criteriaRows.removeAll();
        round.criteria().forEach(this::addCriterion);
        documentRows.removeAll();
        round.requiredDocuments().forEach(d -> addDocument(d.label()));
        gapPicker.setChosen(round.priorities());
        updateWeightTotal();
        status.setText(Texts.of(round.availability(clock.instant())));
        publish.setVisible(round.status() == RoundStatus.DRAFT);
        preview.setVisible(true);
        boolean frozen = round.isFrozenAt(clock.instant());
        frozenNote.setVisible(frozen);
        frozenNote.setText(frozen ? text("frozen", London.format(round.opensAt())) : "");
        scale.setReadOnly(frozen);
        eligibilityRows.getChildren().map(EligibilityRow.class::cast).forEach(r -> r.setReadOnly(frozen));
        criteriaRows.getChildren().map(CriterionRow.class::cast).forEach(r -> r.setReadOnly(frozen));
        allocation.show(round.allocationRules(), round.allocationRulesFrozen());
    }

    private void addEligibility(org.communitychest.rounds.EligibilityQuestion q) {
        var holder = new EligibilityRow[1];
        holder[0] = new EligibilityRow(q, () -> eligibilityRows.remove(holder[0]));
        eligibilityRows.add(holder[0]);
    }

    private void addCriterion(org.communitychest.rounds.Criterion c) {
        var holder = new CriterionRow[1];
        var currentScale = scale.getValue() == null ? ScoringScale.ZERO_TO_FOUR : scale.getValue();
        holder[0] = new CriterionRow(c, currentScale, () -> {
            criteriaRows.remove(holder[0]);
            updateWeightTotal();
        }, this::updateWeightTotal);
        criteriaRows.add(holder[0]);
        updateWeightTotal();
    }

    private void addDocument(String label) {
        var field = new TextField();
        field.setValue(label);
        field.setPlaceholder(text("document-placeholder"));
        field.setMaxLength(200);
        field.setWidth("min(100%, 28em)");
        var row = new HorizontalLayout(field);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> documentRows.remove(row));
        remove.setAriaLabel(text("remove-document"));
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        row.add(remove);
        documentRows.add(row);
    }

    private int weightSum() {
        return criteriaRows.getChildren().map(CriterionRow.class::cast).mapToInt(CriterionRow::weightOrZero).sum();
    }

    private void updateWeightTotal() {
        int total = weightSum();
        weightTotal.setText(getTranslation(total == 100 ? "staff.rounds.editor.weights-ok"
                : "staff.rounds.editor.weights-not-100", total));
        weightTotal.setClassName(total == 100 ? "cc-ok" : "cc-warning");
    }

    RoundForm form() {
        var documents = documentRows.getChildren()
                .map(row -> ((TextField) row.getChildren().findFirst().orElseThrow()).getValue())
                .filter(v -> !v.isBlank()).toList();
        return new RoundForm(title.getValue(), description.getValue(), pot.getMoney(), minGrant.getMoney(),
                maxGrant.getMoney(), shortFormThreshold.getMoney(), opensAt.getValue(), closesAt.getValue(),
                projectEndLimit.getValue(), scale.getValue(),
                eligibilityRows.getChildren().map(EligibilityRow.class::cast).map(EligibilityRow::value).toList(),
                criteriaRows.getChildren().map(CriterionRow.class::cast).map(CriterionRow::value).toList(),
                gapPicker.chosen(), documents);
    }

    private java.util.Optional<RoundDetails> save() {
        clearErrors();
        boolean amounts = true;
        for (var amount : java.util.List.of(pot, minGrant, maxGrant, shortFormThreshold)) {
            amounts &= amount.check();
        }
        if (!amounts) {
            return java.util.Optional.empty();
        }
        try {
            RoundDetails saved = roundId == null ? rounds.create(form(), allocation.value())
                    : rounds.update(roundId, version, form(), allocation.value());
            boolean created = roundId == null;
            load(saved);
            if (created) {
                getUI().ifPresent(ui -> ui.navigate(RoundsNavigation.edit(saved.id())));
            }
            return java.util.Optional.of(saved);
        } catch (InvalidInputException ex) {
            showErrors(ex);
            return java.util.Optional.empty();
        }
    }

    private void confirmPublish() {
        int total = weightSum();
        if (total != 100) {
            clearErrors();
            criteriaError.setText(getTranslation("staff.rounds.rules.criteria.weights-not-100", total));
            criteriaError.setVisible(true);
            alert.setText(text("not-published-weights", total));
            alert.setVisible(true);
            return;
        }
        var dialog = ConfirmDialogs.of(text("publish-confirm.title"), text("publish-confirm.text"), text("publish"),
                e -> save().ifPresent(r -> {
                    try {
                        load(rounds.publish(r.id()));
                        Notifications.success(text("published"));
                    } catch (InvalidInputException ex) {
                        showErrors(ex);
                        alert.setText(text("saved-not-published",
                                Texts.joined(ex.fieldErrors().values())));
                    }
                }));
        dialog.setCancelable(true);
        dialog.open();
    }

    private void showErrors(InvalidInputException ex) {
        Map<String, HasValidation> fields = Map.of("title", title, "description", description, "pot", pot,
                "minGrant", minGrant, "maxGrant", maxGrant, "shortFormThreshold", shortFormThreshold,
                "opensAt", opensAt, "closesAt", closesAt, "projectEndLimit", projectEndLimit, "scale", scale);
        FieldErrors.show(ex, fields);
        allocation.showErrors(ex);
        Map<String, Span> sections = Map.of("eligibility", eligibilityError, "criteria", criteriaError,
                "priorities", prioritiesError, "requiredDocuments", documentsError);
        sections.forEach((key, span) -> {
            String message = Texts.of(ex.messageFor(key));
            span.setText(message == null ? "" : message);
            span.setVisible(message != null);
        });
        alert.setText(ex.fieldErrors().containsKey("version") ? Texts.of(ex.messageFor("version"))
                : text("not-saved", Texts.joined(ex.fieldErrors().values())));
        alert.setVisible(true);
    }

    private void clearErrors() {
        FieldErrors.clear(title, description, pot, minGrant, maxGrant, shortFormThreshold, opensAt, closesAt,
                projectEndLimit, scale);
        List.of(eligibilityError, criteriaError, prioritiesError, documentsError).forEach(s -> s.setVisible(false));
        allocation.clearErrors();
        alert.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return text(roundId == null ? "page-title-new" : "page-title");
    }

    String alertText() {
        return alert.isVisible() ? alert.getText() : "";
    }

    /** A text of the editor's part of the bundle. */
    private String text(String key, Object... args) {
        return getTranslation("staff.rounds.editor." + key, args);
    }

    private static Span sectionError() {
        var span = new Span();
        span.addClassName("cc-field-error");
        span.getElement().setAttribute("role", "alert");
        span.setVisible(false);
        return span;
    }
}
