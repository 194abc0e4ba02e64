package org.communitychest.rounds;

import java.time.Instant;
import org.communitychest.base.Money;

/** A round in a list; {@code scoringClosesAt} is {@code null} until scoring opens. */
public record RoundSummary(long id, long partnershipId, String partnershipName, String title, Money pot,
        Money minGrant, Money maxGrant, Instant opensAt, Instant closesAt, RoundStatus status,
        Instant scoringClosesAt) {
}
