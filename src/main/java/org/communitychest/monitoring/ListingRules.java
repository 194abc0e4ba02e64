package org.communitychest.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.organisations.ContactDetails;

/** What a directory listing needs, each problem beside its field; a listing to publish needs all of it. */
final class ListingRules {

    static final int MOST_SESSIONS = 14;

    private ListingRules() {
    }

    /** The tidied form, or every problem at once. */
    static ListingForm check(ListingForm form) {
        Map<String, Message> errors = new LinkedHashMap<>();
        String name = required(form.name(), 200, "name", errors);
        String description = required(form.description(), 4000, "description", errors);
        String whoFor = required(form.whoFor(), 2000, "whoFor", errors);
        String howToRefer = required(form.howToRefer(), 2000, "howToRefer", errors);
        String email = ReportRules.clean(form.referralEmail());
        if (email == null) {
            errors.put("referralEmail", Message.of("monitoring.listing.email-needed"));
        } else if (!ContactDetails.isEmail(email)) {
            errors.put("referralEmail", Message.of("monitoring.listing.email-format"));
        }
        String web = ContactDetails.webAddress(form.webAddress());
        if (web != null && (web.length() > 500 || !ContactDetails.isWebAddress(web))) {
            errors.put("webAddress", Message.of("monitoring.listing.web-format"));
        }
        String venue = required(form.venueName(), 200, "venueName", errors);
        String address = required(form.addressLine(), 300, "addressLine", errors);
        String postcode = ContactDetails.postcode(form.postcode());
        if (postcode == null) {
            errors.put("postcode", Message.of("monitoring.listing.postcode-needed"));
        } else if (!ContactDetails.isPostcode(postcode)) {
            errors.put("postcode", Message.of("monitoring.listing.postcode-format"));
        }
        var sessions = new ArrayList<ListingSession>();
        var sessionsIn = form.sessions() == null ? List.<ListingSession>of() : form.sessions();
        if (sessionsIn.isEmpty()) {
            errors.put("sessions", Message.of("monitoring.listing.sessions-needed"));
        } else if (sessionsIn.size() > MOST_SESSIONS) {
            errors.put("sessions", Message.of("monitoring.listing.sessions-too-many", MOST_SESSIONS));
        }
        for (int i = 0; i < sessionsIn.size(); i++) {
            var s = sessionsIn.get(i);
            String field = sessionField(i);
            if (s.day() == null || s.startsAt() == null || s.endsAt() == null) {
                errors.put(field, Message.of("monitoring.listing.session-incomplete"));
            } else if (!s.endsAt().isAfter(s.startsAt())) {
                errors.put(field, Message.of("monitoring.listing.session-order"));
            } else {
                String note = ReportRules.clean(s.note());
                if (note != null && note.length() > 200) {
                    errors.put(field, Message.of("monitoring.rules.too-long", 200, note.length()));
                }
                sessions.add(new ListingSession(s.day(), s.startsAt(), s.endsAt(), note));
            }
        }
        if (sessions.stream().map(s -> s.day() + " " + s.startsAt()).distinct().count() < sessions.size()) {
            errors.put("sessions", Message.of("monitoring.listing.session-twice"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        return new ListingForm(name, description, whoFor, howToRefer, email.toLowerCase(java.util.Locale.ROOT), web,
                venue, address, postcode, List.copyOf(sessions), form.published());
    }

    static String sessionField(int index) {
        return "session." + index;
    }

    private static String required(String value, int longest, String field, Map<String, Message> errors) {
        String text = ReportRules.clean(value);
        if (text == null) {
            errors.put(field, Message.of("monitoring.listing.needed"));
        } else if (text.length() > longest) {
            errors.put(field, Message.of("monitoring.rules.too-long", longest, text.length()));
        }
        return text;
    }
}
