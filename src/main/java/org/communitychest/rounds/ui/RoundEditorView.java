package org.communitychest.rounds.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitychest.base.ui.Texts;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.ui.DatePickers;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.MoneyField;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundForm;
import org.communitychest.rounds.RoundForm.PriorityRef;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.Rounds;
import org.communitychest.rounds.ScoringScale;

/** An officer sets up a round: basics, eligibility, criteria, priority gaps, documents; then previews and publishes. */
@Route("rounds/:roundId" + RouteId.PATTERN + "/edit")
@RouteAlias("rounds/new")
@PageTitle("Edit round · Community Chest")
@RolesAllowed("OFFICER")
class RoundEditorView extends VerticalLayout implements BeforeEnterObserver {

    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description for applicants");
    final MoneyField pot = new MoneyField("Total pot");
    final MoneyField minGrant = new MoneyField("Smallest grant");
    final MoneyField maxGrant = new MoneyField("Largest grant");
    final MoneyField shortFormThreshold = new MoneyField("Short form below");
    final DateTimePicker opensAt = DatePickers.dateTime("Opens (London time)");
    final DateTimePicker closesAt = DatePickers.dateTime("Closes (London time)");
    final DatePicker projectEndLimit = DatePickers.date("Projects must finish by");
    final RadioButtonGroup<ScoringScale> scale = new RadioButtonGroup<>("Scoring scale");
    final VerticalLayout eligibilityRows = new VerticalLayout();
    final VerticalLayout criteriaRows = new VerticalLayout();
    final VerticalLayout documentRows = new VerticalLayout();
    final Span weightTotal = new Span();
    final ComboBox<NeedCategoryInfo> priorityNeed = new ComboBox<>("Need");
    final ComboBox<AreaInfo> priorityArea = new ComboBox<>("Area");
    final FlexLayout priorityChips = new FlexLayout();
    final Button save = new Button("Save");
    final Button preview = new Button("Save and preview");
    final Button publish = new Button("Publish");
    final Div alert = new Div();
    private final Span eligibilityError = sectionError();
    private final Span criteriaError = sectionError();
    private final Span prioritiesError = sectionError();
    private final Span documentsError = sectionError();
    private final Span status = new Span();
    private final H1 heading = new H1("New round");
    private final Paragraph frozenNote = new Paragraph();
    private final Set<PriorityRef> priorities = new LinkedHashSet<>();
    private final Rounds rounds;
    private final Clock clock;
    private final List<NeedCategoryInfo> needs;
    private final List<AreaInfo> areas;
    private Long roundId;
    private long version;

    RoundEditorView(Rounds rounds, NeedCategories needCategories, Areas areaService, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
        this.needs = needCategories.ofMyPartnership().stream().filter(n -> !n.retired()).toList();
        this.areas = areaService.ofMyPartnership();
        addClassName("cc-page");
        alert.addClassName("cc-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setVisible(false);

        description.setMaxLength(4000);
        description.setHelperText("Who the round is for and what it wants to achieve. Leave a blank line between"
                + " paragraphs.");
        title.setMaxLength(200);
        shortFormThreshold.setHelperText("Applicants asking for less get the short form");
        scale.setItems(ScoringScale.values());
        scale.setItemLabelGenerator(ScoringScale::label);
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
        var addQuestion = new Button("Add a question", VaadinIcon.PLUS.create(), e -> addEligibility(null));
        var addCriterion = new Button("Add a criterion", VaadinIcon.PLUS.create(), e -> addCriterion(null));
        var addDocument = new Button("Add a document", VaadinIcon.PLUS.create(), e -> addDocument(""));

        priorityNeed.setItems(needs);
        priorityNeed.setItemLabelGenerator(NeedCategoryInfo::label);
        priorityArea.setItems(areas);
        priorityArea.setItemLabelGenerator(AreaInfo::name);
        var addPriority = new Button("Add priority", VaadinIcon.PLUS.create(), e -> {
            if (priorityNeed.getValue() != null && priorityArea.getValue() != null) {
                priorities.add(new PriorityRef(priorityNeed.getValue().id(), priorityArea.getValue().id()));
                showPriorities();
            }
        });
        var priorityPicker = new FlexLayout(priorityNeed, priorityArea, addPriority);
        priorityPicker.addClassName("cc-filters");
        priorityPicker.setAlignItems(Alignment.BASELINE);
        priorityChips.addClassName("cc-chips");

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save().ifPresent(r -> Notifications.success("Round saved")));
        preview.addClickListener(e -> save().ifPresent(r -> getUI().ifPresent(
                ui -> ui.navigate(RoundsNavigation.preview(r.id())))));
        publish.addThemeVariants(ButtonVariant.SUCCESS);
        publish.addClickListener(e -> confirmPublish());
        var actions = new HorizontalLayout(save, preview, publish);
        actions.addClassName("cc-actions");

        add(heading, status, new H2("The basics"), basics,
                new H2("Who can apply"), new Paragraph("Yes/no questions. A group that gives the other answer sees"
                        + " your reason and where else it could look."), frozenNote, eligibilityError,
                eligibilityRows, addQuestion,
                new H2("Scoring criteria"), new Paragraph("Weights must add up to 100 before you publish."),
                weightTotal, criteriaError, criteriaRows, addCriterion,
                new H2("Priority referral gaps"), new Paragraph("Needs in areas where social prescribers find no"
                        + " suitable activity."), prioritiesError, priorityPicker, priorityChips,
                new H2("Required documents"), documentsError, documentRows, addDocument, actions, alert);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("roundId");
        if (id.isPresent()) {
            load(rounds.get(id.get()));
        } else {
            roundId = null;
            scale.setValue(ScoringScale.ZERO_TO_FOUR);
            shortFormThreshold.setMoney(RoundForm.DEFAULT_SHORT_FORM_THRESHOLD);
            status.setText("New round: not saved yet");
            publish.setVisible(false);
            preview.setVisible(false);
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
        priorities.clear();
        round.priorities().forEach(p -> priorities.add(new PriorityRef(p.needCategoryId(), p.areaId())));
        showPriorities();
        updateWeightTotal();
        status.setText(round.availability(clock.instant()));
        publish.setVisible(round.status() == RoundStatus.DRAFT);
        preview.setVisible(true);
        boolean frozen = round.isFrozenAt(clock.instant());
        frozenNote.setVisible(frozen);
        frozenNote.setText(frozen ? "The round opened on " + London.format(round.opensAt()) + ": its eligibility"
                + " questions, criteria, weights and scale can no longer change." : "");
        scale.setReadOnly(frozen);
        eligibilityRows.getChildren().map(EligibilityRow.class::cast).forEach(r -> r.setReadOnly(frozen));
        criteriaRows.getChildren().map(CriterionRow.class::cast).forEach(r -> r.setReadOnly(frozen));
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
        field.setPlaceholder("e.g. Governing document");
        field.setMaxLength(200);
        field.setWidth("min(100%, 28em)");
        var row = new HorizontalLayout(field);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> documentRows.remove(row));
        remove.setAriaLabel("Remove document");
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        row.add(remove);
        documentRows.add(row);
    }

    private void showPriorities() {
        priorityChips.removeAll();
        for (var ref : priorities) {
            String need = needs.stream().filter(n -> n.id() == ref.needCategoryId()).map(NeedCategoryInfo::label)
                    .findFirst().orElse("Need " + ref.needCategoryId());
            String area = areas.stream().filter(a -> a.id() == ref.areaId()).map(AreaInfo::name).findFirst()
                    .orElse("Area " + ref.areaId());
            var chip = new Span(need + " in " + area);
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                priorities.remove(ref);
                showPriorities();
            });
            remove.setAriaLabel("Remove " + need + " in " + area);
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            var wrapper = new Span(chip, remove);
            wrapper.addClassName("cc-chip");
            priorityChips.add(wrapper);
        }
    }

    private int weightSum() {
        return criteriaRows.getChildren().map(CriterionRow.class::cast).mapToInt(CriterionRow::weightOrZero).sum();
    }

    private void updateWeightTotal() {
        int total = weightSum();
        weightTotal.setText("Weights add up to " + total + (total == 100 ? " ✓" : " (must be 100)"));
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
                new ArrayList<>(priorities), documents);
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
            RoundDetails saved = roundId == null ? rounds.create(form()) : rounds.update(roundId, version, form());
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
            criteriaError.setText("The criteria weights add up to " + total + "; they must add up to 100");
            criteriaError.setVisible(true);
            alert.setText("Not published: the criteria weights add up to " + total + "; they must add up to 100.");
            alert.setVisible(true);
            return;
        }
        var dialog = new ConfirmDialog("Publish this round?", "Applicants will see it on the open rounds page. Once"
                + " it opens, its eligibility questions, criteria, weights and scale cannot change.", "Publish",
                e -> save().ifPresent(r -> {
                    try {
                        load(rounds.publish(r.id()));
                        Notifications.success("Round published");
                    } catch (InvalidInputException ex) {
                        showErrors(ex);
                        alert.setText("Your changes are saved, but the round is not published. Please correct: "
                                + Texts.joined(ex.fieldErrors().values()));
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
        Map<String, Span> sections = Map.of("eligibility", eligibilityError, "criteria", criteriaError,
                "priorities", prioritiesError, "requiredDocuments", documentsError);
        sections.forEach((key, span) -> {
            String message = Texts.of(ex.messageFor(key));
            span.setText(message == null ? "" : message);
            span.setVisible(message != null);
        });
        alert.setText(ex.fieldErrors().containsKey("version") ? Texts.of(ex.messageFor("version"))
                : "Nothing was saved. Please correct: " + Texts.joined(ex.fieldErrors().values()));
        alert.setVisible(true);
    }

    private void clearErrors() {
        FieldErrors.clear(title, description, pot, minGrant, maxGrant, shortFormThreshold, opensAt, closesAt,
                projectEndLimit, scale);
        List.of(eligibilityError, criteriaError, prioritiesError, documentsError).forEach(s -> s.setVisible(false));
        alert.setVisible(false);
    }

    String alertText() {
        return alert.isVisible() ? alert.getText() : "";
    }

    private static Span sectionError() {
        var span = new Span();
        span.addClassName("cc-field-error");
        span.setVisible(false);
        return span;
    }
}
