package org.communitychest.rounds.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Routes of the rounds module, so other modules link to them without seeing its views. */
public final class RoundsNavigation {

    private static final String ANSWER_PREFIX = "answer-";

    private RoundsNavigation() {
    }

    public static String publicRound(long roundId) {
        return "funding/" + roundId;
    }

    public static String edit(long roundId) {
        return "rounds/" + roundId + "/edit";
    }

    public static String preview(long roundId) {
        return "rounds/" + roundId + "/preview";
    }

    public static String applications(long roundId) {
        return "rounds/" + roundId + "/applications";
    }

    /** The round's panel, for officers (the panels module serves it). */
    public static String panel(long roundId) {
        return "rounds/" + roundId + "/panel";
    }

    /** The round's resident vote, for officers (the votes module serves it). */
    public static String vote(long roundId) {
        return "rounds/" + roundId + "/vote";
    }

    /** The round's recorded decision, its panel's or its vote's, for officers (the panels module serves it). */
    public static String decision(long roundId) {
        return "rounds/" + roundId + "/decision";
    }

    /** The grants made from the round's released decision, for officers (the awards module serves it). */
    public static String grants(long roundId) {
        return "rounds/" + roundId + "/grants";
    }

    /** A partnership's awarded grants in public, with its 360Giving files (the awards module serves it). */
    public static String awarded(String partnershipCode) {
        return "awarded/" + partnershipCode;
    }

    /** Where an applicant starts an application to the round (the applications module serves it). */
    public static String apply(long roundId) {
        return "apply/" + roundId;
    }

    /**
     * The start of an application with the eligibility answers given in the round's checker, so that they are not
     * asked again: one query parameter per question, {@code answer-ID=yes|no}.
     */
    public static String apply(long roundId, Map<Long, Boolean> answers) {
        var parameters = new TreeMap<String, String>();
        answers.forEach((id, yes) -> parameters.put(ANSWER_PREFIX + id, yes ? "yes" : "no"));
        return apply(roundId) + (parameters.isEmpty() ? "" : "?" + QueryParameters.simple(parameters).getQueryString());
    }

    /** The eligibility answers carried by {@link #apply(long, Map)}; anything else in the query is ignored. */
    public static Map<Long, Boolean> eligibilityAnswers(QueryParameters query) {
        var answers = new HashMap<Long, Boolean>();
        query.getParameters().forEach((name, values) -> {
            if (name.startsWith(ANSWER_PREFIX) && values.size() == 1
                    && ("yes".equals(values.getFirst()) || "no".equals(values.getFirst()))) {
                try {
                    answers.put(Long.parseLong(name.substring(ANSWER_PREFIX.length())), "yes".equals(values.getFirst()));
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        });
        return answers;
    }
}
