package org.communitychest.applications;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.rounds.Rounds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications a released decision funded, whole, for the officer who turns them into grants: only of the
 * officer's own partnership, and only once the group has been told.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class AwardedBids {

    private static final Set<ApplicationStatus> AWARDED = EnumSet.of(ApplicationStatus.FUNDED,
            ApplicationStatus.PART_FUNDED);

    private final ApplicationRepository applications;
    private final ApplicationAssembler assembler;
    private final Rounds rounds;
    private final CurrentUser currentUser;

    AwardedBids(ApplicationRepository applications, ApplicationAssembler assembler, Rounds rounds,
            CurrentUser currentUser) {
        this.applications = applications;
        this.assembler = assembler;
        this.rounds = rounds;
        this.currentUser = currentUser;
    }

    /** The round's funded applications by reference, in bulk: the same statements for 200 as for 2. */
    @Transactional(readOnly = true)
    public List<AwardedBid> ofRound(long roundId) {
        var round = rounds.get(roundId);
        var awarded = applications.findByRoundIdAndStatusInOrderByReferenceAsc(roundId, AWARDED).stream()
                .filter(a -> a.getPartnershipId() == currentUser.partnershipId()).toList();
        var details = assembler.details(awarded, round);
        return java.util.stream.IntStream.range(0, awarded.size())
                .mapToObj(i -> new AwardedBid(details.get(i), awarded.get(i).getCreatedBy())).toList();
    }

    /**
     * How many people each funded application of the officer's partnership said it could take from social
     * prescribers (its planned capacity), by application id; none where it did not say. One query.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> plannedCapacities() {
        var capacities = new java.util.HashMap<Long, Integer>();
        for (Object[] row : applications.capacitiesOf(currentUser.partnershipId(), AWARDED)) {
            if (row[1] != null) {
                capacities.put((Long) row[0], (Integer) row[1]);
            }
        }
        return capacities;
    }

    /** One funded application of the officer's partnership. */
    @Transactional(readOnly = true)
    public AwardedBid get(long applicationId) {
        var application = applications.findById(applicationId)
                .filter(a -> a.getPartnershipId() == currentUser.partnershipId() && AWARDED.contains(a.getStatus()))
                .orElseThrow(() -> new RecordNotFoundException("Application")); // not user text: what was not found
        return new AwardedBid(assembler.details(application), application.getCreatedBy());
    }
}
