package org.communitychest.applications;

import java.time.Instant;

public record InformationRequestInfo(long id, String question, String askedBy, Instant askedAt, String answer,
        String answeredBy, Instant answeredAt) {

    public boolean answered() {
        return answer != null;
    }
}
