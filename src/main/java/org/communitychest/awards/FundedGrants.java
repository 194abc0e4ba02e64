package org.communitychest.awards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitychest.applications.AwardedBids;
import org.communitychest.base.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's partnership's grants that fund something: accepted by the group, active or completed since
 * (not offered, declined or withdrawn), with what they serve and their planned capacity. The monitoring module
 * weighs them against the referral gaps.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class FundedGrants {

    private final GrantRepository grants;
    private final AwardedBids awardedBids;
    private final CurrentUser currentUser;

    FundedGrants(GrantRepository grants, AwardedBids awardedBids, CurrentUser currentUser) {
        this.grants = grants;
        this.awardedBids = awardedBids;
        this.currentUser = currentUser;
    }

    /** Every such grant by reference: four queries however many grants, needs and areas there are. */
    @Transactional(readOnly = true)
    public List<FundedGrant> ofMyPartnership() {
        long partnershipId = currentUser.partnershipId();
        var needs = pairs(grants.needsOf(partnershipId, PublishedGrants.PUBLISHED));
        var areas = pairs(grants.areasOf(partnershipId, PublishedGrants.PUBLISHED));
        var capacities = awardedBids.plannedCapacities();
        var funded = new ArrayList<FundedGrant>();
        for (Object[] row : grants.rowsOf(partnershipId, PublishedGrants.PUBLISHED)) {
            long id = (Long) row[0];
            funded.add(new FundedGrant(id, (String) row[2], (String) row[3], (String) row[4], (GrantStatus) row[5],
                    (LocalDate) row[6], (LocalDate) row[7], needs.getOrDefault(id, Set.of()),
                    areas.getOrDefault(id, Set.of()), capacities.getOrDefault((Long) row[1], 0)));
        }
        return funded;
    }

    private static Map<Long, Set<Long>> pairs(List<Object[]> rows) {
        var byGrant = new HashMap<Long, Set<Long>>();
        for (Object[] row : rows) {
            byGrant.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]);
        }
        return byGrant;
    }
}
