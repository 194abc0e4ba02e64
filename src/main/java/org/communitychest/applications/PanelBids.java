package org.communitychest.applications;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communitychest.base.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a round's panel reads of its bids: the eligible ones, and one bid whole, as {@link PanelAccess} allows. */
@Service
@PreAuthorize("hasAnyRole('PANELLIST', 'OFFICER', 'ADMIN')")
public class PanelBids {

    /** Bids a panel scores: eligible ones, and later the same bids once decided. */
    static final Set<ApplicationStatus> SCORED = EnumSet.of(ApplicationStatus.ELIGIBLE, ApplicationStatus.FUNDED,
            ApplicationStatus.PART_FUNDED, ApplicationStatus.NOT_FUNDED);

    private final ApplicationRepository applications;
    private final ApplicationAssembler assembler;
    private final PanelAccess access;

    PanelBids(ApplicationRepository applications, ApplicationAssembler assembler, PanelAccess access) {
        this.applications = applications;
        this.assembler = assembler;
        this.access = access;
    }

    /** The round's bids to score, by reference: one statement. */
    @Transactional(readOnly = true)
    public List<ApplicationRow> bids(long roundId) {
        access.requireRound(roundId);
        return applications.panelBids(roundId, SCORED);
    }

    @Transactional(readOnly = true)
    public ApplicationDetails details(long roundId, long applicationId) {
        access.requireBid(roundId, applicationId);
        return applications.findById(applicationId)
                .filter(a -> a.getRoundId() == roundId && SCORED.contains(a.getStatus()))
                .map(assembler::detailsForPanel)
                .orElseThrow(() -> new RecordNotFoundException("Application"));
    }
}
