package org.communitychest.base.ui;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import org.communitychest.base.Language;
import org.communitychest.base.i18n.BundleTranslations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Vaadin's pickers, uploads and confirmation dialogs are made by our helpers only, so each speaks the page's
 * language from the bundles; the calendar starts the week on Monday and keeps British dates in every language.
 */
class DatePickersTest {

    @BeforeEach
    void page() {
        BundleTranslations.forMockedPages();
        MockVaadin.setup();
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void theCalendarStartsTheWeekOnMonday() {
        assertThat(DatePickers.date("Start date").getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(DatePickers.dateTime("Opens").getDatePickerI18n().getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void theCalendarSpeaksThePagesLanguageWithBritishDates() {
        var english = DatePickers.date("Start date");
        assertThat(english.getI18n().getMonthNames()).startsWith("January").endsWith("December");
        assertThat(english.getI18n().getWeekdaysShort()).startsWith("Sun", "Mon");
        assertThat(english.getLocale()).isEqualTo(Locale.UK);

        UI.getCurrent().setLocale(Language.BENGALI.locale());
        var bengali = DatePickers.dateTime("Opens");
        assertThat(bengali.getDatePickerI18n().getMonthNames()).hasSize(12).startsWith("জানুয়ারি")
                .endsWith("ডিসেম্বর");
        assertThat(bengali.getDatePickerI18n().getWeekdays()).hasSize(7).startsWith("রবিবার");
        assertThat(bengali.getDatePickerI18n().getToday()).isEqualTo("আজ");
        assertThat(bengali.getI18n().getTimeLabel()).isEqualTo("সময়");
        assertThat(bengali.getLocale()).as("dates stay 30/01/2027").isEqualTo(Locale.UK);

        var dialog = ConfirmDialogs.of("শিরোনাম", "লেখা", "হ্যাঁ", e -> { });
        assertThat(dialog.getElement().getProperty("cancelText")).isEqualTo("বাতিল");
    }

    @Test
    void everyPickerUploadAndConfirmationInThePortalIsMadeByItsHelper() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.communitychest");
        noClasses().that().doNotBelongToAnyOf(DatePickers.class)
                .should().callConstructorWhere(target(owner(assignableTo(DatePicker.class)
                        .or(assignableTo(DateTimePicker.class)))))
                .because("DatePickers starts the week on Monday and names months in the page's language")
                .check(classes);
        noClasses().that().doNotBelongToAnyOf(LimitedUpload.class, StreamingUpload.class)
                .should().callConstructorWhere(target(owner(equivalentTo(Upload.class))))
                .because("LimitedUpload and StreamingUpload bound the file and take their words from UploadTexts")
                .check(classes);
        noClasses().that().doNotBelongToAnyOf(ConfirmDialogs.class)
                .should().callConstructorWhere(target(owner(assignableTo(ConfirmDialog.class))))
                .because("ConfirmDialogs gives the dialog's buttons the page's language")
                .check(classes);
    }
}
