package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.communitychest.base.AllowedFiles;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.base.ui.DatePickers;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.ErrorText;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.LimitedUpload;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.MyOutcomes;
import org.communitychest.monitoring.OutcomeSet;
import org.communitychest.monitoring.ReportDetails;
import org.communitychest.monitoring.outcomes.Measurement;
import org.communitychest.monitoring.outcomes.Ons4;
import org.communitychest.monitoring.outcomes.Ons4Item;
import org.communitychest.monitoring.outcomes.OutcomeCsv;
import org.communitychest.monitoring.outcomes.OutcomeCsvProblem;
import org.communitychest.monitoring.outcomes.ParticipantCode;
import org.communitychest.monitoring.outcomes.Stage;
import org.communitychest.monitoring.outcomes.Swemwbs;
import org.communitychest.monitoring.outcomes.SwemwbsAnswer;
import org.communitychest.monitoring.outcomes.SwemwbsItem;

/**
 * The wellbeing part of a full report: one person's answers at a time under a code, or a whole file, all or
 * nothing with every bad row listed; the answers stored, and what they show.
 */
@org.springframework.stereotype.Component
class OutcomeEntry {

    private final MyOutcomes outcomes;

    OutcomeEntry(MyOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    Component create(ReportDetails report) {
        return new Part(report.grant().id(), outcomes);
    }

    /** The part's page; its listeners are added once, when it is made. */
    static class Part extends VerticalLayout {

        final TextField code = new TextField();
        final Select<Stage> stage = new Select<>();
        final DatePicker collectedOn = DatePickers.date("");
        final Map<Ons4Item, IntegerField> ons4 = new EnumMap<>(Ons4Item.class);
        final Map<SwemwbsItem, Select<Integer>> swemwbs = new EnumMap<>(SwemwbsItem.class);
        final ErrorText answersError = new ErrorText();
        final Button save = new Button();
        final ErrorText fileError = new ErrorText();
        final UnorderedList problems = new UnorderedList();
        final LimitedUpload upload;
        final Div stored = new Div();
        final Div results = new Div();
        private final long grantId;
        private final MyOutcomes outcomes;

        Part(long grantId, MyOutcomes outcomes) {
            this.grantId = grantId;
            this.outcomes = outcomes;
            setPadding(false);
            add(new Paragraph(getTranslation("monitoring.outcomes.intro")));

            var one = new Div(new H2(getTranslation("monitoring.outcomes.one-title")));
            one.addClassName("cc-card");
            code.setLabel(getTranslation("monitoring.outcomes.code"));
            code.setHelperText(getTranslation("monitoring.outcomes.code-help"));
            code.setMaxLength(ParticipantCode.MAX_LENGTH);
            stage.setLabel(getTranslation("monitoring.outcomes.stage"));
            stage.setItems(Stage.values());
            stage.setItemLabelGenerator(s -> Texts.of(s.label()));
            stage.setValue(Stage.BASELINE);
            stage.setWidthFull();
            collectedOn.setLabel(getTranslation("monitoring.outcomes.collected-on"));
            one.add(code, stage, collectedOn, new H3(getTranslation("monitoring.outcomes.ons4-title")),
                    new Paragraph(Texts.of(Ons4.INTRODUCTION)));
            for (var item : Ons4Item.values()) {
                var field = new IntegerField(Texts.of(item.question()));
                field.setMin(item.lowest());
                field.setMax(item.highest());
                field.setHelperText(getTranslation("monitoring.outcomes.ons4-help"));
                field.setWidthFull();
                ons4.put(item, field);
                one.add(field);
            }
            one.add(new H3(getTranslation("monitoring.outcomes.swemwbs-title")), new Paragraph(Texts.of(Swemwbs.STEM)));
            for (var item : SwemwbsItem.values()) {
                var select = new Select<Integer>();
                select.setLabel(Texts.of(item.question()));
                select.setItems(1, 2, 3, 4, 5);
                select.setItemLabelGenerator(v -> v == null ? "" : v + " " + Texts.of(SwemwbsAnswer.of(v).label()));
                select.setEmptySelectionAllowed(true);
                select.setEmptySelectionCaption(getTranslation("monitoring.outcomes.not-answered"));
                select.setWidthFull();
                swemwbs.put(item, select);
                one.add(select);
            }
            var copyright = new Paragraph(Texts.of(Swemwbs.COPYRIGHT));
            copyright.addClassName("cc-small-print");
            save.setText(getTranslation("monitoring.outcomes.save"));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> saveOne());
            one.add(copyright, answersError, save);

            var file = new Div(new H2(getTranslation("monitoring.outcomes.file-title")),
                    new Paragraph(getTranslation("monitoring.outcomes.file-intro")),
                    Downloads.link(getTranslation("monitoring.outcomes.template"), () -> new Downloads.File(
                            "wellbeing-answers-template.csv", "text/csv", // not user text: file name
                            OutcomeCsv.template().getBytes(StandardCharsets.UTF_8))));
            file.addClassName("cc-card");
            upload = new LimitedUpload(AllowedFiles.MAX_BYTES, (name, data) -> uploaded(data));
            upload.setAcceptedFileTypes(".csv", "text/csv");
            upload.setUploadButton(new Button(getTranslation("monitoring.outcomes.choose-file")));
            upload.onRefused(message -> {
                fileError.setErrorMessage(message);
                fileError.setInvalid(true);
            });
            problems.addClassName("cc-problems");
            file.add(upload, fileError, problems);
            stored.addClassName("cc-card");
            add(one, file, stored, results);
            show(outcomes.of(grantId));
        }

        private void saveOne() {
            var fields = new LinkedHashMap<String, HasValidation>();
            fields.put(ParticipantCode.FIELD, code);
            ons4.forEach((item, field) -> fields.put(item.column(), field));
            swemwbs.forEach((item, field) -> fields.put(item.column(), field));
            fields.put(Measurement.ANSWERS_FIELD, answersError);
            FieldErrors.clear(fields.values().toArray(HasValidation[]::new));
            Map<String, Message> errors = new LinkedHashMap<>();
            var participant = attempt(() -> new ParticipantCode(code.getValue()), errors);
            var ons4Answers = attempt(() -> Ons4.of(value(Ons4Item.SATISFIED), value(Ons4Item.WORTHWHILE),
                    value(Ons4Item.HAPPY), value(Ons4Item.ANXIOUS)), errors);
            var swemwbsAnswers = attempt(() -> Swemwbs.of(swemwbs.values().stream().map(Select::getValue)
                    .toArray(Integer[]::new)), errors);
            ons4.forEach((item, field) -> {
                if (field.getValue() == null && field.getDefaultValidator().apply(null, null).isError()) {
                    errors.put(item.column(), Message.of("monitoring.outcomes.not-whole", item.lowest(),
                            item.highest()));
                }
            });
            if (errors.isEmpty()) {
                attempt(() -> new Measurement(participant.get(), stage.getValue(),
                        Optional.ofNullable(collectedOn.getValue()), ons4Answers.get(), swemwbsAnswers.get()), errors)
                        .ifPresent(m -> {
                            show(outcomes.save(grantId, m));
                            code.clear();
                            ons4.values().forEach(IntegerField::clear);
                            swemwbs.values().forEach(Select::clear);
                            Notifications.success(getTranslation("monitoring.outcomes.saved", m.participant().value()));
                        });
            }
            FieldErrors.show(errors, fields);
        }

        private static <T> Optional<T> attempt(Supplier<T> make, Map<String, Message> errors) {
            try {
                return Optional.of(make.get());
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
                return Optional.empty();
            }
        }

        private Integer value(Ons4Item item) {
            return ons4.get(item).getValue();
        }

        private void uploaded(byte[] data) {
            fileError.setInvalid(false);
            problems.removeAll();
            List<OutcomeCsvProblem> found;
            try {
                found = outcomes.upload(grantId, data);
            } catch (InvalidInputException e) {
                fileError.setErrorMessage(Texts.joined(e.fieldErrors().values()));
                fileError.setInvalid(true);
                return;
            }
            if (found.isEmpty()) {
                show(outcomes.of(grantId));
                Notifications.success(getTranslation("monitoring.outcomes.file-stored"));
                return;
            }
            fileError.setErrorMessage(getTranslation("monitoring.outcomes.file-refused", found.size()));
            fileError.setInvalid(true);
            found.forEach(p -> problems.add(new ListItem(p.line() == 0 ? Texts.of(p.reason())
                    : getTranslation(p.column() == null ? "monitoring.outcomes.problem-row"
                            : "monitoring.outcomes.problem", p.line(), p.column() == null ? "" : p.column(),
                            Texts.of(p.reason())))));
        }

        private void show(OutcomeSet set) {
            stored.removeAll();
            stored.add(new H2(getTranslation("monitoring.outcomes.stored-title", set.rows().size())));
            if (set.rows().isEmpty()) {
                stored.add(new Paragraph(getTranslation("monitoring.outcomes.none-yet")));
            } else {
                stored.add(Downloads.link(getTranslation("monitoring.outcomes.download"), () -> new Downloads.File(
                        "wellbeing-answers.csv", "text/csv", // not user text: file name
                        outcomes.download(grantId).getBytes(StandardCharsets.UTF_8))));
            }
            var list = new UnorderedList();
            for (var row : set.rows()) {
                var m = row.measurement();
                var remove = new Button(getTranslation("monitoring.outcomes.remove"),
                        e -> show(outcomes.remove(grantId, row.id())));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.getElement().setAttribute("aria-label", getTranslation("monitoring.outcomes.remove-named",
                        m.participant().value(), Texts.of(m.stage().label())));
                list.add(new ListItem(new Span(getTranslation("monitoring.outcomes.row", m.participant().value(),
                        Texts.of(m.stage().label()), describe(m))), remove));
            }
            stored.add(list);
            results.removeAll();
            results.add(new OutcomeResultsCard(getTranslation("monitoring.outcomes.results-title"), set.results()));
        }

        private String describe(Measurement m) {
            var parts = new java.util.ArrayList<String>();
            if (!m.ons4().isEmpty()) {
                parts.add(getTranslation("monitoring.outcomes.row-ons4", String.join(", ", java.util.Arrays
                        .stream(Ons4Item.values()).map(i -> m.ons4().answer(i).isPresent()
                                ? String.valueOf(m.ons4().answer(i).getAsInt()) : "–").toList())));
            }
            m.swemwbs().metricScore().ifPresent(score -> parts.add(getTranslation("monitoring.outcomes.row-swemwbs",
                    m.swemwbs().rawScore().getAsInt(), String.format(java.util.Locale.UK, "%.2f", score)))); // not user text
            return String.join(" · ", parts);
        }
    }
}
