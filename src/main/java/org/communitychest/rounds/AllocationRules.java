package org.communitychest.rounds;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.organisations.IncomeBand;

/**
 * The rules a round's allocation must keep (spec scoring.md, section 7), set by the officer and fixed once scoring
 * opens. The tie order is not a rule a round sets: it is always {@link #TIE_ORDER}.
 *
 * @param minimumShares the least part of the pot that goes to bids for an area or a need category
 * @param oneGrantPerOrganisation at most one grant per organisation
 * @param smallGroupShare the part of the pot kept for small groups; {@code null} for none
 * @param minimumPriorityGapsCovered how many of the round's priority gaps the funded list covers at least; 0 for
 *         no such rule
 * @param partialAwardMinimumPercent the next bid in line may be offered the money left when that is at least this
 *         per cent of its request; 0 for no partial awards
 */
public record AllocationRules(List<MinimumShare> minimumShares, boolean oneGrantPerOrganisation,
        SmallGroupShare smallGroupShare, int minimumPriorityGapsCovered, int partialAwardMinimumPercent) {

    /** A round that sets no rule: whole grants, any number per organisation. */
    public static final AllocationRules NONE = new AllocationRules(List.of(), false, null, 0, 0);

    /** How bids that rank equal are ordered, in this published order; the lottery's seed is logged. */
    public static final List<TieBreak> TIE_ORDER = List.of(TieBreak.values());

    public AllocationRules {
        minimumShares = List.copyOf(minimumShares);
    }

    public Optional<SmallGroupShare> smallGroups() {
        return Optional.ofNullable(smallGroupShare);
    }

    public boolean partialAwards() {
        return partialAwardMinimumPercent > 0;
    }

    /** The shares for areas, or for need categories. */
    public List<MinimumShare> sharesOf(ShareOf kind) {
        return minimumShares.stream().filter(s -> s.kind() == kind).toList();
    }

    /** The same rules, whatever the names shown with them. */
    boolean sameAs(AllocationRules other) {
        return minimumShares.stream().map(MinimumShare::withoutName).toList()
                .equals(other.minimumShares.stream().map(MinimumShare::withoutName).toList())
                && oneGrantPerOrganisation == other.oneGrantPerOrganisation
                && java.util.Objects.equals(smallGroupShare, other.smallGroupShare)
                && minimumPriorityGapsCovered == other.minimumPriorityGapsCovered
                && partialAwardMinimumPercent == other.partialAwardMinimumPercent;
    }

    /** The rules in short for the audit trail, by ids: {@code shares=AREA:12:20,NEED:3:10;onePerOrganisation=…}. */
    String forAudit() {
        return "shares=%s;onePerOrganisation=%s;smallGroups=%s;priorityGapsCovered=%d;partialAwardsFrom=%d".formatted(
                minimumShares.stream().map(s -> s.kind() + ":" + s.targetId() + ":" + s.percent())
                        .collect(Collectors.joining(",")), oneGrantPerOrganisation,
                smallGroupShare == null ? "" : smallGroupShare.percent() + ":" + smallGroupShare.atOrUnder(),
                minimumPriorityGapsCovered, partialAwardMinimumPercent);
    }

    /** What a minimum share is of: an area or a need category. */
    public enum ShareOf {
        AREA, NEED;

        public Message label() {
            return Message.of("staff.rounds.allocation.share-of." + name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * At least {@code percent} of the pot goes to bids for the area or need category {@code targetId}.
     * {@code targetName} is for showing; it is ignored when the rules are saved ({@code null} will do).
     * {@code kind} and {@code targetId} are {@code null} only in a form not yet filled in.
     */
    public record MinimumShare(ShareOf kind, Long targetId, Message targetName, int percent) {

        public MinimumShare(ShareOf kind, long targetId, int percent) {
            this(kind, targetId, null, percent);
        }

        /** The share in money: {@code percent} of the pot, to the penny below. */
        public Money of(Money pot) {
            return percentOf(pot, percent);
        }

        boolean isFor(ShareOf kind, long targetId) {
            return this.kind == kind && this.targetId != null && this.targetId == targetId;
        }

        private MinimumShare withoutName() {
            return new MinimumShare(kind, targetId, null, percent);
        }
    }

    /** At least {@code percent} of the pot goes to groups whose income band is {@code atOrUnder} or lower. */
    public record SmallGroupShare(int percent, IncomeBand atOrUnder) {

        /** Whether a group in this income band counts as small. */
        public boolean counts(IncomeBand band) {
            return band.compareTo(atOrUnder) <= 0;
        }

        public Money of(Money pot) {
            return percentOf(pot, percent);
        }
    }

    /** The published tie order, first to last. */
    public enum TieBreak {
        HIGHER_MEDIAN_SCORE, HIGHER_FIRST_CRITERION_SCORE, LOWER_COST, SEEDED_LOTTERY
    }

    private static Money percentOf(Money pot, int percent) {
        return Money.ofPence(Math.multiplyExact(pot.pence(), percent) / 100);
    }
}
