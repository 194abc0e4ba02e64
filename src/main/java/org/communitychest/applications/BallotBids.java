package org.communitychest.applications;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.base.Money;
import org.communitychest.rounds.Rounds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bids on a resident vote's ballot, for anyone the vote lets in: what a published round's eligible bids show in
 * public anyway (title, plain summary, cost, group, gaps), never their answers, contacts or documents.
 */
@Service
public class BallotBids {

    private static final Set<ApplicationStatus> ON_A_BALLOT = EnumSet.of(ApplicationStatus.ELIGIBLE,
            ApplicationStatus.FUNDED, ApplicationStatus.PART_FUNDED, ApplicationStatus.NOT_FUNDED);

    private final ApplicationRepository applications;
    private final Rounds rounds;

    BallotBids(ApplicationRepository applications, Rounds rounds) {
        this.applications = applications;
        this.rounds = rounds;
    }

    /** These bids of the round, in the order given, leaving out any that is not eligible or decided: 3 queries. */
    @Transactional(readOnly = true)
    public List<BallotBid> of(long roundId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var round = rounds.published(roundId);
        Map<Long, Object[]> rows = applications.ballotRowsOf(roundId, ids, ON_A_BALLOT).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], Function.identity()));
        Collection<Long> found = rows.keySet();
        var needs = DecisionRelease.byApplication(applications.needsOf(found));
        var areas = DecisionRelease.byApplication(applications.areasOf(found));
        return ids.stream().filter(rows::containsKey).map(id -> {
            Object[] row = rows.get(id);
            return new BallotBid(id, (String) row[1], (Long) row[2], (String) row[3], (String) row[4],
                    row[5] == null ? "" : (String) row[5], Money.ofPence((Long) row[6]),
                    GapAlignment.of(round.priorities(), needs.getOrDefault(id, Set.of()),
                            areas.getOrDefault(id, Set.of()), null));
        }).toList();
    }

    /** Which of these groups applied to the round (submitted, drafts do not count). */
    @Transactional(readOnly = true)
    public Set<Long> applicantsAmong(long roundId, Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? Set.of() : Set.copyOf(applications.applicantsOfRound(roundId,
                organisationIds));
    }
}
