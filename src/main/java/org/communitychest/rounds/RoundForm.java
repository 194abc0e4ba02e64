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

    /**
     * A need category × area pair by id, with the gap figures it is chosen with ({@code null} for a pair chosen
     * without figures) and whether the round page shows them. The figures given are stored as they are: they are
     * what the officer saw when choosing.
     */
    public record PriorityRef(long needCategoryId, long areaId, PriorityFigures figures, boolean figuresPublic) {

        /** A pair chosen without figures. */
        public PriorityRef(long needCategoryId, long areaId) {
            this(needCategoryId, areaId, null, true);
        }

        boolean isFor(long needCategoryId, long areaId) {
            return this.needCategoryId == needCategoryId && this.areaId == areaId;
        }
    }
}
