package org.communitychest.panels;

import org.communitychest.applications.PanelAccess;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.rounds.Rounds;
import org.springframework.stereotype.Component;

/**
 * The panel's rule for reading bids: an officer of the partnership reads them all; a member reads a bid only after
 * declaring no conflict with it. A conflicted member is told the bid is not found, as for a bid that does not exist.
 */
@Component
class PanelAccessPolicy implements PanelAccess {

    private final PanelRepository panels;
    private final PanelMemberRepository members;
    private final ConflictRepository conflicts;
    private final CurrentUser currentUser;
    private final Rounds rounds;

    PanelAccessPolicy(PanelRepository panels, PanelMemberRepository members, ConflictRepository conflicts,
            CurrentUser currentUser, Rounds rounds) {
        this.rounds = rounds;
        this.panels = panels;
        this.members = members;
        this.conflicts = conflicts;
        this.currentUser = currentUser;
    }

    @Override
    public void requireRound(long roundId) {
        seat(roundId);
    }

    @Override
    public void requireBid(long roundId, long applicationId) {
        var member = seat(roundId);
        if (member == null) {
            return;
        }
        boolean clear = conflicts.findByMemberIdAndApplicationId(member.getId(), applicationId)
                .filter(d -> !d.isConflicted()).isPresent();
        if (!clear) {
            throw notFound();
        }
    }

    /**
     * The member's seat on the round's panel; null for an officer of the partnership who does not sit on it, or
     * whose round has no panel (residents' vote decides it).
     */
    private PanelMember seat(long roundId) {
        var user = currentUser.require();
        var found = panels.findByRoundId(roundId);
        if (found.isEmpty() && user.roleNames().contains("OFFICER")) {
            rounds.requireMine(roundId);
            return null;
        }
        var panel = found.filter(p -> Long.valueOf(p.getPartnershipId())
                .equals(user.partnershipId())).orElseThrow(PanelAccessPolicy::notFound);
        var member = members.findByPanelIdAndAccountId(panel.getId(), user.id());
        if (member.isPresent()) {
            return member.get();
        }
        if (user.roleNames().contains("OFFICER")) {
            return null;
        }
        throw notFound();
    }

    private static RecordNotFoundException notFound() {
        return new RecordNotFoundException("Application");
    }
}
