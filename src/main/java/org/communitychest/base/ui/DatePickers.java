package org.communitychest.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * Every date and date-and-time picker in the portal: its calendar starts the week on Monday, as British users
 * expect (the UI's British locale sets the date format but not the first day of the week).
 */
public final class DatePickers {

    private static final int MONDAY = 1;

    private DatePickers() {
    }

    public static DatePicker date(String label) {
        var picker = new DatePicker(label);
        picker.setI18n(britishCalendar());
        return picker;
    }

    public static DateTimePicker dateTime(String label) {
        var picker = new DateTimePicker(label);
        picker.setDatePickerI18n(britishCalendar());
        return picker;
    }

    private static DatePicker.DatePickerI18n britishCalendar() {
        return new DatePicker.DatePickerI18n().setFirstDayOfWeek(MONDAY);
    }
}
