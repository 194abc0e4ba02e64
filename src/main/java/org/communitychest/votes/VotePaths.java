package org.communitychest.votes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a voter's ballot and a vote's public result are, for links in pages, mails and on printed codes. */
public final class VotePaths {

    private VotePaths() {
    }

    public static String ballot(String code) {
        return "vote?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8); // not user text: route
    }

    /** The page where a code is typed in by hand. */
    public static String ballotEntry() {
        return "vote"; // not user text: route
    }

    /** The public result of a round's vote, once its decision is released. */
    public static String publicResult(long roundId) {
        return "funding/" + roundId + "/vote"; // not user text: route
    }

    public static String ballotOf(long voteId) {
        return "votes/" + voteId + "/ballot"; // not user text: route
    }
}
