package org.communitychest.base.ui;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import org.junit.jupiter.api.Test;

class DatePickersTest {

    @Test
    void theCalendarStartsTheWeekOnMonday() {
        assertThat(DatePickers.date("Start date").getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(DatePickers.dateTime("Opens").getDatePickerI18n().getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void everyPickerInThePortalIsMadeHere() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.communitychest");
        noClasses().that().doNotBelongToAnyOf(DatePickers.class)
                .should().callConstructorWhere(target(owner(assignableTo(DatePicker.class)
                        .or(assignableTo(DateTimePicker.class)))))
                .because("DatePickers starts the week on Monday")
                .check(classes);
    }
}
