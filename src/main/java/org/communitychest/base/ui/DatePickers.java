package org.communitychest.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every date and date-and-time picker in the portal: British formats (21/11/2026, 17:00) in every language, as
 * people in London read them on letters; the calendar's week starts on Monday, and its month and day names,
 * Today and Cancel come from the bundles in the page's language.
 */
public final class DatePickers {

    private static final int MONDAY = 1;

    private DatePickers() {
    }

    public static DatePicker date(String label) {
        var picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        picker.setI18n(calendar());
        return picker;
    }

    public static DateTimePicker dateTime(String label) {
        var picker = new DateTimePicker(label);
        picker.setLocale(Locale.UK);
        picker.setDatePickerI18n(calendar());
        var ui = UI.getCurrent();
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(ui.getTranslation("common.date-time-picker.date"))
                .setTimeLabel(ui.getTranslation("common.date-time-picker.time")));
        return picker;
    }

    /** The calendar's words in the page's language; the figures stay British. */
    private static DatePicker.DatePickerI18n calendar() {
        var ui = UI.getCurrent();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(ui.getTranslation("common.date-picker.months")))
                .setWeekdays(list(ui.getTranslation("common.date-picker.weekdays")))
                .setWeekdaysShort(list(ui.getTranslation("common.date-picker.weekdays-short")))
                .setToday(ui.getTranslation("common.date-picker.today"))
                .setCancel(ui.getTranslation("common.date-picker.cancel"))
                .setFirstDayOfWeek(MONDAY);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
