package org.communitychest.applications;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    static final String TITLE_NEEDED = "Give your project a title";
    static final String DECLARANT_NEEDED = "Give the name of the person making the declarations";
    static final String ITEM_NEEDED = "Say what the money is for";
    static final String COST_NEEDED = "Enter the cost in pounds, for example 250 or 249.99";
    static final String DECLARANT_ROLE_NEEDED = "Give their role in the group";

    private ApplicationRules() {
    }

    static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    static int summaryWordLimit(FormType formType) {
        return formType == FormType.SHORT ? SHORT_SUMMARY_WORDS : FULL_SUMMARY_WORDS;
    }

    static void maxLength(String value, int max, String field, String what, Map<String, String> errors) {
        if (value != null && value.length() > max) {
            errors.put(field, what + " must be " + String.format("%,d", max) + " characters or fewer (it has "
                    + String.format("%,d", value.length()) + ")");
        }
    }

    static void summary(String summary, FormType formType, Map<String, String> errors) {
        int limit = summaryWordLimit(formType);
        int words = words(summary);
        if (words > limit) {
            errors.put("summary", "Your summary has " + words + " words; the limit is " + limit + ". Shorten it by "
                    + (words - limit) + " word" + (words - limit == 1 ? "" : "s") + " to save it.");
        } else {
            maxLength(summary, 4000, "summary", "The summary", errors);
        }
    }

    static void mediaUrl(String url, Map<String, String> errors) {
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
            errors.put("summaryMediaUrl", "Enter the full link to your video or audio, starting https://, for"
                    + " example https://youtu.be/abc123");
        }
    }

    static void capacity(Integer capacity, Map<String, String> errors) {
        if (capacity != null && (capacity < 0 || capacity > Answers.WhoItHelps.LARGEST_CAPACITY)) {
            errors.put("referralCapacity", Answers.WhoItHelps.CAPACITY_RANGE);
        }
    }

    static void dates(LocalDate start, LocalDate end, RoundDetails round, Map<String, String> errors) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("endDate", "The project must end on or after the day it starts");
        } else if (end != null && end.isAfter(round.projectEndLimit())) {
            errors.put("endDate", "Projects funded by this round must finish by "
                    + org.communitychest.base.London.format(round.projectEndLimit()));
        }
    }

    /**
     * Checks each line; answers the lines that may be saved (a line being typed, or a short form's sixth line,
     * is left out and explained in {@code errors} under "budget").
     */
    static List<BudgetLine> budgetLines(List<BudgetLine> lines, FormType formType, Map<String, String> errors,
            Map<String, String> needed) {
        var valid = new ArrayList<BudgetLine>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            String n = "Line " + (i + 1) + ": ";
            String problem = null;
            String part = null;
            boolean noItem = line.item() == null || line.item().isBlank();
            if (formType == FormType.SHORT && i >= SHORT_FORM_MAX_LINES) {
                problem = "The short form has room for " + SHORT_FORM_MAX_LINES + " budget lines; combine some items";
            } else if (noItem && line.cost() == null) {
                problem = "say what the money is for";
                part = "item";
            } else if (!noItem && line.item().length() > 200) {
                problem = "describe the item in 200 characters or fewer";
                part = "item";
            } else if (line.cost() == null) {
                problem = null;
            } else if (line.cost().pence() <= 0) {
                problem = "the cost must be more than £0.00";
                part = "cost";
            } else if (line.cost().isGreaterThan(LARGEST_LINE)) {
                problem = "the cost cannot be more than " + LARGEST_LINE;
                part = "cost";
            } else if (line.otherFunder() != null && line.otherFunder().length() > 200) {
                problem = "name the other funder in 200 characters or fewer";
                part = "otherFunder";
            }
            if (problem == null && noItem) {
                // A cost typed before its item is kept, so a reload does not lose it; the section stays unfinished.
                valid.add(new BudgetLine("", line.cost(), line.otherFunder()));
                needed.put(SaveResult.budgetLineField(i, "item"), ITEM_NEEDED);
            } else if (problem == null && line.cost() == null) {
                // Likewise an item typed before its cost: a draft line, which the submission still refuses.
                valid.add(line);
                needed.put(SaveResult.budgetLineField(i, "cost"), COST_NEEDED);
            } else if (problem == null) {
                valid.add(line);
            } else if (part == null) {
                errors.putIfAbsent("budget", problem + ". This line is not saved until it is complete.");
            } else {
                errors.put(SaveResult.budgetLineField(i, part), Character.toUpperCase(problem.charAt(0))
                        + problem.substring(1));
                errors.putIfAbsent("budget", n + problem + ". This line is not saved until it is complete.");
            }
        }
        return valid;
    }


    /** Lines that may be saved but alone ask for more than the round's largest grant, marked on their cost. */
    static void linesOverTheLargestGrant(List<BudgetLine> lines, RoundDetails round, Map<String, String> errors,
            Map<String, String> needed) {
        for (int i = 0; i < lines.size(); i++) {
            var cost = lines.get(i).cost();
            String field = SaveResult.budgetLineField(i, "cost");
            if (cost != null && cost.isGreaterThan(round.maxGrant()) && !errors.containsKey(field)) {
                needed.put(field, "This line alone is more than this round's largest grant of " + round.maxGrant());
            }
        }
    }

    /** A required answer left blank in a section the person has started: said beside the field as it is saved. */
    static void needed(String value, String field, String message, Map<String, String> needed) {
        if (value == null || value.isBlank()) {
            needed.put(field, message);
        }
    }

    /**
     * What the budget asks for, measured against the round's limits, in money terms, and draft lines: no item or no
     * cost yet.
     */
    static List<String> budgetProblems(List<BudgetLine> lines, Money requested, FormType formType,
            RoundDetails round) {
        var problems = new ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).item() == null || lines.get(i).item().isBlank()) {
                problems.add("Line " + (i + 1) + ": say what the money is for.");
            }
            if (lines.get(i).cost() == null) {
                problems.add("Line " + (i + 1) + ": enter the cost.");
            }
        }
        if (requested.isGreaterThan(round.maxGrant())) {
            problems.add("Your budget asks for " + requested + ", which is " + requested.minus(round.maxGrant())
                    + " more than this round's largest grant of " + round.maxGrant() + ".");
        } else if (requested.isLessThan(round.minGrant())) {
            problems.add("Your budget asks for " + requested + ", which is " + round.minGrant().minus(requested)
                    + " less than this round's smallest grant of " + round.minGrant() + ".");
        }
        if (formType == FormType.SHORT && !requested.isLessThan(round.shortFormThreshold())) {
            problems.add("The short form is for requests under " + round.shortFormThreshold() + "; your budget asks"
                    + " for " + requested + ". Reduce it by " + requested.minus(round.shortFormThreshold())
                    .plus(Money.ofPence(1)) + " or more, or switch to the full form.");
        }
        return problems;
    }
}
