package org.communitychest.applications;

import java.time.Instant;

/** A question to the group; who asked and who answered by email and by the name they had then. */
public record InformationRequestInfo(long id, String question, String askedBy, Instant askedAt, String answer,
        String answeredBy, Instant answeredAt, String askedByName, String answeredByName) {

    public boolean answered() {
        return answer != null;
    }

    /** The asker's name; their email only for questions asked before names were kept. */
    public String asker() {
        return askedByName != null ? askedByName : askedBy;
    }

    public String answerer() {
        return answeredByName != null ? answeredByName : answeredBy;
    }
}
