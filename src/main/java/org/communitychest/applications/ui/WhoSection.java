package org.communitychest.applications.ui;

import org.communitychest.base.ui.DraftSaver;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitychest.applications.Answers;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.FormType;
import org.communitychest.applications.GapAlignment;
import org.communitychest.base.ui.Texts;
import org.communitychest.base.ui.ChosenCount;
import org.communitychest.base.ui.TypeToChoose;
import org.communitychest.base.ui.TypingGuard;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.AreaType;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;

class WhoSection extends VerticalLayout {

    final MultiSelectComboBox<NeedCategoryInfo> needs = new MultiSelectComboBox<>(getTranslation("apply.who.needs"));
    final MultiSelectComboBox<AreaInfo> areas = new MultiSelectComboBox<>(getTranslation("apply.who.areas"));
    final IntegerField capacity = new IntegerField(getTranslation("apply.who.capacity"));
    final TextArea beneficiaries = new TextArea(getTranslation("apply.who.beneficiaries"));
    final Span needsChosen;
    final Span areasChosen;
    /** Which of the round's priority gaps the saved answers cover; null when the round has none. */
    final GapCoverage coverage;

    WhoSection(ApplicationDetails a, ApplicationDrafts drafts, NeedCategories needCategories, Areas areaService,
            DraftSaver saver) {
        setPadding(false);
        long partnershipId = a.round().partnershipId();
        var needList = needCategories.activeOf(partnershipId);
        needs.setItems(needList);
        ItemLabelGenerator<NeedCategoryInfo> needName = n -> Texts.of(n.name());
        needs.setItemLabelGenerator(needName);
        TypeToChoose.enable(needs, needList, needName, "apply.who.needs-no-match");
        Set<Long> chosenNeeds = a.needs().stream().map(NeedCategoryInfo::id).collect(Collectors.toSet());
        needs.setValue(needList.stream().filter(n -> chosenNeeds.contains(n.id())).collect(Collectors.toSet()));
        needsChosen = ChosenCount.show(needs, getTranslation("apply.who.needs-help-line"), "apply.who.needs-chosen");

        var areaList = areaService.ofPartnership(partnershipId).stream()
                .filter(x -> x.type() != AreaType.BOROUGH).toList();
        areas.setItems(areaList);
        areas.setItemLabelGenerator(AreaInfo::name);
        TypeToChoose.enable(areas, areaList, AreaInfo::name, "apply.who.areas-no-match");
        Set<Long> chosenAreas = a.areas().stream().map(AreaInfo::id).collect(Collectors.toSet());
        areas.setValue(areaList.stream().filter(x -> chosenAreas.contains(x.id())).collect(Collectors.toSet()));
        areasChosen = ChosenCount.show(areas, getTranslation("apply.who.areas-help-line"), "apply.who.areas-chosen");

        capacity.setHelperText(getTranslation("apply.who.capacity-help"));
        capacity.setMin(0);
        capacity.setMax(Answers.WhoItHelps.LARGEST_CAPACITY);
        capacity.setValue(a.referralCapacity());
        beneficiaries.setHelperText(getTranslation("apply.who.beneficiaries-help"));
        beneficiaries.setValue(AboutSection.nullToEmpty(a.beneficiaries()));
        TypingGuard.watch(beneficiaries);
        TypingGuard.watch(capacity);
        beneficiaries.setMaxLength(2000);
        needs.setWidthFull();
        areas.setWidthFull();
        capacity.setWidthFull();
        beneficiaries.setWidthFull();
        Map<String, HasValidation> fields = Map.of("needs", needs, "areas", areas, "referralCapacity", capacity,
                "beneficiaries", beneficiaries);
        Runnable save = () -> saver.save(version -> drafts.saveWhoItHelps(a.id(), version, new Answers.WhoItHelps(
                needs.getValue().stream().map(NeedCategoryInfo::id).collect(Collectors.toSet()),
                areas.getValue().stream().map(AreaInfo::id).collect(Collectors.toSet()), capacity.getValue(),
                a.formType() == FormType.FULL ? beneficiaries.getValue() : null)), fields);
        needs.addValueChangeListener(e -> save.run());
        areas.addValueChangeListener(e -> save.run());
        capacity.addValueChangeListener(e -> {
            if (capacity.getValue() == null && capacity.getDefaultValidator().apply(null, null).isError()) {
                // Typed, but not a whole number the field can hold (99999999999): sending it would wipe the answer.
                capacity.setErrorMessage(Texts.of(Answers.WhoItHelps.CAPACITY_RANGE));
                capacity.setInvalid(true);
                saver.refusedOnThePage(capacity);
                return;
            }
            save.run();
        });
        beneficiaries.addValueChangeListener(e -> save.run());
        var priorities = a.round().priorities();
        coverage = priorities.isEmpty() ? null : new GapCoverage();
        add(needs, areas);
        if (coverage != null) {
            coverage.show(GapAlignment.of(a));
            // Brought up to date once a change is saved: while the database is away it shows what is stored.
            saver.afterSave(() -> coverage.show(GapAlignment.of(priorities,
                    needs.getValue().stream().map(NeedCategoryInfo::id).toList(),
                    areas.getValue().stream().map(AreaInfo::id).toList(), capacity.getValue())));
            add(coverage);
        }
        add(capacity);
        if (a.formType() == FormType.FULL) {
            add(beneficiaries);
        }
    }
}
