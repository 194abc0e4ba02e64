package org.communitychest.votes;

/**
 * How a voter came to the ballot: the vote, and the code they were given, or {@code null} for someone signed in
 * (a member of an applicant group, or a resident invited at their account's email). Who they are is worked out again
 * from it on every step, never taken from the page.
 */
public record BallotPass(long voteId, String code) {
}
