package org.communitychest.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.Locale;

/**
 * Every date and date-and-time picker in the portal: British formats (21/11/2026, 17:00) in every language, as
 * people in London read them on letters, and the calendar's week starts on Monday.
 */
public final class DatePickers {

    private static final int MONDAY = 1;

    private DatePickers() {
    }

    public static DatePicker date(String label) {
        var picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        picker.setI18n(britishCalendar());
        return picker;
    }

    public static DateTimePicker dateTime(String label) {
        var picker = new DateTimePicker(label);
        picker.setLocale(Locale.UK);
        picker.setDatePickerI18n(britishCalendar());
        return picker;
    }

    private static DatePicker.DatePickerI18n britishCalendar() {
        return new DatePicker.DatePickerI18n().setFirstDayOfWeek(MONDAY);
    }
}
