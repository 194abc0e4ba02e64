package org.communitychest.votes;

import java.time.Instant;

/** An open vote someone signed in may vote in, for their home page. */
public record MyVote(long voteId, String roundTitle, Instant closesAt, boolean hasVoted) {
}
