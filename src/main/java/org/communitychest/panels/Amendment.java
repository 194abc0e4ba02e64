package org.communitychest.panels;

import java.time.Instant;

/** A score changed after submission, with the original beside it. */
public record Amendment(long criterionId, Integer originalLevel, String originalComment, int amendedLevel,
        String amendedComment, String reason, Instant at, String by) {
}
