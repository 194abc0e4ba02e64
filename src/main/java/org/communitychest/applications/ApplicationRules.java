package org.communitychest.applications;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.rounds.RoundDetails;

/**
 * The rules of an application. Field rules decide whether a typed value may be saved at all; the section
 * checks decide whether a section is complete and the application can be submitted.
 */
final class ApplicationRules {

    static final int SHORT_SUMMARY_WORDS = 300;
    static final int FULL_SUMMARY_WORDS = 500;
    static final int SHORT_FORM_MAX_LINES = 5;
    static final Money LARGEST_LINE = Money.ofPounds(1_000_000);
    static final Message TITLE_NEEDED = Message.of("apply.rules.title-needed");
    static final Message DECLARANT_NEEDED = Message.of("apply.rules.declarant-needed");
    static final Message ITEM_NEEDED = Message.of("apply.rules.item-needed");
    static final Message COST_NEEDED = Message.of("apply.rules.budget.cost-needed");
    static final Message DECLARANT_ROLE_NEEDED = Message.of("apply.rules.declarant-role-needed");

    /** The answer a length rule names at the start of its message, such as the title. */
    enum Answer {
        TITLE("title"), SUMMARY("summary"), ANSWER("answer"), NAME("name"), ROLE("role");

        private final String key;

        Answer(String key) {
            this.key = key;
        }

        Message label() {
            return Message.of("apply.rules.answer." + key);
        }
    }

    private ApplicationRules() {
    }

    static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    static int summaryWordLimit(FormType formType) {
        return formType == FormType.SHORT ? SHORT_SUMMARY_WORDS : FULL_SUMMARY_WORDS;
    }

    static void maxLength(String value, int max, String field, Answer what, Map<String, Message> errors) {
        if (value != null && value.length() > max) {
            errors.put(field, Message.of("apply.rules.too-long", what.label(), max, value.length()));
        }
    }

    static void summary(String summary, FormType formType, Map<String, Message> errors) {
        int limit = summaryWordLimit(formType);
        int words = words(summary);
        if (words > limit) {
            errors.put("summary", Message.of("apply.rules.summary-too-many-words", words, limit, words - limit));
        } else {
            maxLength(summary, 4000, "summary", Answer.SUMMARY, errors);
        }
    }

    static void mediaUrl(String url, Map<String, Message> errors) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            var uri = URI.create(url.trim());
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null || url.length() > 500) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            errors.put("summaryMediaUrl", Message.of("apply.rules.media-url"));
        }
    }

    static void capacity(Integer capacity, Map<String, Message> errors) {
        if (capacity != null && (capacity < 0 || capacity > Answers.WhoItHelps.LARGEST_CAPACITY)) {
            errors.put("referralCapacity", Answers.WhoItHelps.CAPACITY_RANGE);
        }
    }

    static void dates(LocalDate start, LocalDate end, RoundDetails round, Map<String, Message> errors) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("endDate", Message.of("apply.rules.end-before-start"));
        } else if (end != null && end.isAfter(round.projectEndLimit())) {
            errors.put("endDate", Message.of("apply.rules.end-after-limit", London.format(round.projectEndLimit())));
        }
    }

    /** Why a budget line cannot be saved, said beside its field and, in the line's own words, above the lines. */
    private record LineProblem(String part, String key, Object... args) {

        Message besideField() {
            return Message.of("apply.rules.budget." + key, args);
        }

        Message inLine() {
            return Message.of("apply.rules.budget.in-line." + key, args);
        }
    }

    /**
     * Checks each line; answers the lines that may be saved (a line being typed, or a short form's sixth line,
     * is left out and explained in {@code errors} under "budget").
     */
    static List<BudgetLine> budgetLines(List<BudgetLine> lines, FormType formType, Map<String, Message> errors,
            Map<String, Message> needed) {
        var valid = new ArrayList<BudgetLine>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            boolean noItem = line.item() == null || line.item().isBlank();
            if (formType == FormType.SHORT && i >= SHORT_FORM_MAX_LINES) {
                errors.putIfAbsent("budget", Message.of("apply.rules.budget.short-form-lines",
                        SHORT_FORM_MAX_LINES));
                continue;
            }
            LineProblem problem = null;
            if (noItem && line.cost() == null) {
                problem = new LineProblem("item", "item-needed");
            } else if (!noItem && line.item().length() > 200) {
                problem = new LineProblem("item", "item-too-long");
            } else if (line.cost() == null) {
                problem = null;
            } else if (line.cost().pence() <= 0) {
                problem = new LineProblem("cost", "cost-not-positive");
            } else if (line.cost().isGreaterThan(LARGEST_LINE)) {
                problem = new LineProblem("cost", "cost-too-large", LARGEST_LINE.toString());
            } else if (line.otherFunder() != null && line.otherFunder().length() > 200) {
                problem = new LineProblem("otherFunder", "other-funder-too-long");
            }
            if (problem == null && noItem) {
                // A cost typed before its item is kept, so a reload does not lose it; the section stays unfinished.
                valid.add(new BudgetLine("", line.cost(), line.otherFunder()));
                needed.put(BudgetLine.field(i, "item"), ITEM_NEEDED);
            } else if (problem == null && line.cost() == null) {
                // Likewise an item typed before its cost: a draft line, which the submission still refuses.
                valid.add(line);
                needed.put(BudgetLine.field(i, "cost"), COST_NEEDED);
            } else if (problem == null) {
                valid.add(line);
            } else {
                errors.put(BudgetLine.field(i, problem.part()), problem.besideField());
                errors.putIfAbsent("budget", Message.of("apply.rules.budget.line-not-saved", i + 1,
                        problem.inLine()));
            }
        }
        return valid;
    }

    /** Lines that may be saved but alone ask for more than the round's largest grant, marked on their cost. */
    static void linesOverTheLargestGrant(List<BudgetLine> lines, RoundDetails round, Map<String, Message> errors,
            Map<String, Message> needed) {
        for (int i = 0; i < lines.size(); i++) {
            var cost = lines.get(i).cost();
            String field = BudgetLine.field(i, "cost");
            if (cost != null && cost.isGreaterThan(round.maxGrant()) && !errors.containsKey(field)) {
                needed.put(field, Message.of("apply.rules.budget.line-over-largest-grant",
                        round.maxGrant().toString()));
            }
        }
    }

    /** A required answer left blank in a section the person has started: said beside the field as it is saved. */
    static void needed(String value, String field, Message message, Map<String, Message> needed) {
        if (value == null || value.isBlank()) {
            needed.put(field, message);
        }
    }

    /**
     * What the budget asks for, measured against the round's limits, in money terms, and draft lines: no item or no
     * cost yet.
     */
    static List<Message> budgetProblems(List<BudgetLine> lines, Money requested, FormType formType,
            RoundDetails round) {
        var problems = new ArrayList<Message>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).item() == null || lines.get(i).item().isBlank()) {
                problems.add(Message.of("apply.rules.budget.line-without-item", i + 1));
            }
            if (lines.get(i).cost() == null) {
                problems.add(Message.of("apply.rules.budget.line-without-cost", i + 1));
            }
        }
        if (requested.isGreaterThan(round.maxGrant())) {
            problems.add(Message.of("apply.rules.budget.over-largest-grant", requested.toString(),
                    requested.minus(round.maxGrant()).toString(), round.maxGrant().toString()));
        } else if (requested.isLessThan(round.minGrant())) {
            problems.add(Message.of("apply.rules.budget.under-smallest-grant", requested.toString(),
                    round.minGrant().minus(requested).toString(), round.minGrant().toString()));
        }
        if (formType == FormType.SHORT && !requested.isLessThan(round.shortFormThreshold())) {
            problems.add(Message.of("apply.rules.budget.over-short-form", round.shortFormThreshold().toString(),
                    requested.toString(), requested.minus(round.shortFormThreshold()).plus(Money.ofPence(1))
                            .toString()));
        }
        return problems;
    }

    /** The messages as one list, separated as the reader's language separates a list. */
    static Message listOf(List<Message> items) {
        Message list = null;
        for (Message item : items) {
            list = list == null ? item : Message.of("apply.join.list-item", list, item);
        }
        return list == null ? Message.verbatim("") : list;
    }
}
