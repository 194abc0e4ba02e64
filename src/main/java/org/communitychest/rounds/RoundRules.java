package org.communitychest.rounds;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.Money;

/** The rules a round must meet to be saved, and the stricter ones to be published. Messages name the field. */
final class RoundRules {

    private static final String RULES = "staff.rounds.rules.";

    private RoundRules() {
    }

    static Map<String, Message> forSaving(RoundForm form) {
        Map<String, Message> errors = new LinkedHashMap<>();
        text(form.title(), "title", 200, errors);
        text(form.description(), "description", 4000, errors);
        positive(form.pot(), "pot", "pot", errors);
        positive(form.minGrant(), "minGrant", "min-grant", errors);
        positive(form.maxGrant(), "maxGrant", "max-grant", errors);
        positive(form.shortFormThreshold(), "shortFormThreshold", "short-form-threshold", errors);
        if (!errors.containsKey("minGrant") && !errors.containsKey("maxGrant")
                && form.minGrant().isGreaterThan(form.maxGrant())) {
            errors.put("maxGrant", rule("max-grant.below-min", form.maxGrant().toString(), form.minGrant().toString()));
        }
        if (!errors.containsKey("pot") && !errors.containsKey("maxGrant") && form.maxGrant().isGreaterThan(form.pot())) {
            errors.put("maxGrant", rule("max-grant.above-pot", form.maxGrant().toString(), form.pot().toString()));
        }
        if (form.opensAt() == null) {
            errors.put("opensAt", rule("opens-at.missing"));
        }
        if (form.closesAt() == null) {
            errors.put("closesAt", rule("closes-at.missing"));
        } else if (form.opensAt() != null && !form.closesAt().isAfter(form.opensAt())) {
            errors.put("closesAt", rule("closes-at.before-opening"));
        }
        if (form.projectEndLimit() == null) {
            errors.put("projectEndLimit", rule("project-end.missing"));
        } else if (form.closesAt() != null && !form.projectEndLimit().isAfter(form.closesAt().toLocalDate())) {
            errors.put("projectEndLimit", rule("project-end.before-closing"));
        }
        if (form.scale() == null) {
            errors.put("scale", rule("scale.missing"));
        }
        for (int i = 0; i < form.eligibility().size(); i++) {
            var q = form.eligibility().get(i);
            int n = i + 1;
            if (blank(q.question())) {
                errors.putIfAbsent("eligibility", rule("eligibility.question-missing", n));
            } else if (blank(q.failReason())) {
                errors.putIfAbsent("eligibility", rule("eligibility.reason-missing", n));
            } else if (blank(q.signpost())) {
                errors.putIfAbsent("eligibility", rule("eligibility.signpost-missing", n));
            } else if (q.question().length() > 500 || q.failReason().length() > 1000 || q.signpost().length() > 1000) {
                errors.putIfAbsent("eligibility", rule("eligibility.too-long", n));
            }
        }
        for (int i = 0; i < form.criteria().size(); i++) {
            var c = form.criteria().get(i);
            int n = i + 1;
            if (blank(c.title()) || c.title().length() > 200) {
                errors.putIfAbsent("criteria", rule("criterion.title", n));
            } else if (c.guidance() == null || c.guidance().length() > 2000) {
                errors.putIfAbsent("criteria", rule("criterion.guidance-too-long", n));
            } else if (c.weight() < 1 || c.weight() > 100) {
                errors.putIfAbsent("criteria", rule("criterion.weight", n));
            }
        }
        for (String doc : form.requiredDocuments()) {
            if (blank(doc) || doc.length() > 200) {
                errors.putIfAbsent("requiredDocuments", rule("documents.name"));
            }
        }
        var pairs = new java.util.HashSet<List<Long>>();
        for (var p : form.priorities()) {
            if (!pairs.add(List.of(p.needCategoryId(), p.areaId()))) {
                errors.putIfAbsent("priorities", rule("priorities-twice"));
            } else if (p.figures() != null && !p.figures().plausible()) {
                errors.putIfAbsent("priorities", rule("priorities-figures"));
            }
        }
        return errors;
    }

    static Map<String, Message> forPublishing(RoundDetails round, Instant now) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (round.criteria().isEmpty()) {
            errors.put("criteria", rule("criteria.none"));
        } else {
            int total = round.criteria().stream().mapToInt(Criterion::weight).sum();
            if (total != 100) {
                errors.put("criteria", rule("criteria.weights-not-100", total));
            }
            for (var c : round.criteria()) {
                for (int level : round.scale().levels()) {
                    if (blank(c.descriptors().get(level))) {
                        errors.putIfAbsent("criteria", rule("criterion.descriptor-missing", c.title(), level));
                    }
                }
            }
        }
        if (!round.closesAt().isAfter(now)) {
            errors.put("closesAt", rule("closes-at.passed", London.format(round.closesAt())));
        }
        return errors;
    }

    private static void text(String value, String field, int max, Map<String, Message> errors) {
        if (blank(value)) {
            errors.put(field, rule(field + ".missing"));
        } else if (value.trim().length() > max) {
            errors.put(field, rule("too-long", max, value.trim().length()));
        }
    }

    private static void positive(Money value, String field, String key, Map<String, Message> errors) {
        if (value == null) {
            errors.put(field, rule(key + ".missing"));
        } else if (value.pence() <= 0) {
            errors.put(field, rule(key + ".not-positive"));
        }
    }

    private static Message rule(String key, Object... args) {
        return Message.of(RULES + key, args);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
