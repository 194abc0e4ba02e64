package org.communitychest.applications;

import java.time.Instant;

/** A group has answered an officer's question about an application that is still waiting for screening. */
public record AnsweredQuestion(long applicationId, String reference, String organisationName, String projectTitle,
        Instant answeredAt, String answer) {
}
