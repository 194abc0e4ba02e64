package org.communitychest.rounds;

import java.time.Instant;
import org.communitychest.base.Money;

public record RoundSummary(long id, long partnershipId, String partnershipName, String title, Money pot,
        Money minGrant, Money maxGrant, Instant opensAt, Instant closesAt, RoundStatus status) {
}
