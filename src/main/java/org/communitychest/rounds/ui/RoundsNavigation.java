package org.communitychest.rounds.ui;

/** Routes of the rounds module, so other modules link to them without seeing its views. */
public final class RoundsNavigation {

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

    /** Where an applicant starts an application to the round (the applications module serves it). */
    public static String apply(long roundId) {
        return "apply/" + roundId;
    }
}
