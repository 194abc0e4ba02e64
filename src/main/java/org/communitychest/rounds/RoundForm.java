package org.communitychest.rounds;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.communitychest.base.Money;

/** What an officer edits: every part of a round. Date-times are Europe/London wall-clock times. */
public record RoundForm(String title, String description, Money pot, Money minGrant, Money maxGrant,
        Money shortFormThreshold, LocalDateTime opensAt, LocalDateTime closesAt, LocalDate projectEndLimit,
        ScoringScale scale, List<EligibilityQuestion> eligibility, List<Criterion> criteria,
        List<PriorityRef> priorities, List<String> requiredDocuments) {

    public static final Money DEFAULT_SHORT_FORM_THRESHOLD = Money.ofPounds(2000);

    /** A need category × area pair by id. */
    public record PriorityRef(long needCategoryId, long areaId) {
    }
}
