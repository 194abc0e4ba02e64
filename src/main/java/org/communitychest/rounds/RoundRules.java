package org.communitychest.rounds;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.base.London;
import org.communitychest.base.Money;

/** The rules a round must meet to be saved, and the stricter ones to be published. Messages name the field. */
final class RoundRules {

    private RoundRules() {
    }

    static Map<String, String> forSaving(RoundForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(form.title(), "title", "a title", 200, errors);
        text(form.description(), "description", "a description", 4000, errors);
        positive(form.pot(), "pot", "the pot", errors);
        positive(form.minGrant(), "minGrant", "the smallest grant", errors);
        positive(form.maxGrant(), "maxGrant", "the largest grant", errors);
        positive(form.shortFormThreshold(), "shortFormThreshold", "the short-form threshold", errors);
        if (!errors.containsKey("minGrant") && !errors.containsKey("maxGrant")
                && form.minGrant().isGreaterThan(form.maxGrant())) {
            errors.put("maxGrant", "The largest grant (" + form.maxGrant() + ") is smaller than the smallest ("
                    + form.minGrant() + ")");
        }
        if (!errors.containsKey("pot") && !errors.containsKey("maxGrant") && form.maxGrant().isGreaterThan(form.pot())) {
            errors.put("maxGrant", "The largest grant (" + form.maxGrant() + ") is more than the whole pot ("
                    + form.pot() + ")");
        }
        if (form.opensAt() == null) {
            errors.put("opensAt", "Enter when the round opens");
        }
        if (form.closesAt() == null) {
            errors.put("closesAt", "Enter when the round closes");
        } else if (form.opensAt() != null && !form.closesAt().isAfter(form.opensAt())) {
            errors.put("closesAt", "The round must close after it opens");
        }
        if (form.projectEndLimit() == null) {
            errors.put("projectEndLimit", "Enter the latest date a funded project may end");
        } else if (form.closesAt() != null && !form.projectEndLimit().isAfter(form.closesAt().toLocalDate())) {
            errors.put("projectEndLimit", "Projects must be able to end after the round closes");
        }
        if (form.scale() == null) {
            errors.put("scale", "Choose a scoring scale");
        }
        for (int i = 0; i < form.eligibility().size(); i++) {
            var q = form.eligibility().get(i);
            String n = "Eligibility question " + (i + 1) + ": ";
            if (blank(q.question())) {
                errors.putIfAbsent("eligibility", n + "enter the question");
            } else if (blank(q.failReason())) {
                errors.putIfAbsent("eligibility", n + "say why an applicant who fails it cannot apply");
            } else if (blank(q.signpost())) {
                errors.putIfAbsent("eligibility", n + "say where else an ineligible group could look");
            } else if (q.question().length() > 500 || q.failReason().length() > 1000 || q.signpost().length() > 1000) {
                errors.putIfAbsent("eligibility", n + "keep the question under 500 and the answers under 1,000"
                        + " characters");
            }
        }
        for (int i = 0; i < form.criteria().size(); i++) {
            var c = form.criteria().get(i);
            String n = "Criterion " + (i + 1) + ": ";
            if (blank(c.title()) || c.title().length() > 200) {
                errors.putIfAbsent("criteria", n + "enter a title of up to 200 characters");
            } else if (c.guidance() == null || c.guidance().length() > 2000) {
                errors.putIfAbsent("criteria", n + "keep the guidance under 2,000 characters");
            } else if (c.weight() < 1 || c.weight() > 100) {
                errors.putIfAbsent("criteria", n + "the weight must be a whole number from 1 to 100");
            }
        }
        for (String doc : form.requiredDocuments()) {
            if (blank(doc) || doc.length() > 200) {
                errors.putIfAbsent("requiredDocuments", "Name each required document in up to 200 characters");
            }
        }
        return errors;
    }

    static Map<String, String> forPublishing(RoundDetails round, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (round.criteria().isEmpty()) {
            errors.put("criteria", "Add at least one scoring criterion before publishing");
        } else {
            int total = round.criteria().stream().mapToInt(Criterion::weight).sum();
            if (total != 100) {
                errors.put("criteria", "The criteria weights add up to " + total + "; they must add up to 100");
            }
            for (var c : round.criteria()) {
                for (int level : round.scale().levels()) {
                    if (blank(c.descriptors().get(level))) {
                        errors.putIfAbsent("criteria", "\"" + c.title() + "\" needs a description of what a score of "
                                + level + " means");
                    }
                }
            }
        }
        if (!round.closesAt().isAfter(now)) {
            errors.put("closesAt", "The closing time (" + London.format(round.closesAt()) + ") has already passed");
        }
        return errors;
    }

    private static void text(String value, String field, String what, int max, Map<String, String> errors) {
        if (blank(value)) {
            errors.put(field, "Enter " + what);
        } else if (value.trim().length() > max) {
            errors.put(field, "Keep it to " + String.format("%,d", max) + " characters (it has "
                    + String.format("%,d", value.trim().length()) + ")");
        }
    }

    private static void positive(Money value, String field, String what, Map<String, String> errors) {
        if (value == null) {
            errors.put(field, "Enter " + what + " in pounds");
        } else if (value.pence() <= 0) {
            errors.put(field, "Enter " + what + " as an amount above £0");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
