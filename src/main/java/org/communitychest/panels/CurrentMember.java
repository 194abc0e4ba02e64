package org.communitychest.panels;

import org.communitychest.base.CurrentUser;
import org.communitychest.base.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** The signed-in person's seat on a panel of their partnership; anything else is not found. */
@Component
class CurrentMember {

    private final PanelRepository panels;
    private final PanelMemberRepository members;
    private final CurrentUser currentUser;

    CurrentMember(PanelRepository panels, PanelMemberRepository members, CurrentUser currentUser) {
        this.panels = panels;
        this.members = members;
        this.currentUser = currentUser;
    }

    Seat of(long panelId) {
        var panel = panel(panelId);
        var member = members.findByPanelIdAndAccountId(panelId, currentUser.require().id())
                .orElseThrow(CurrentMember::notFound);
        return new Seat(panel, member);
    }

    /** The panel, if it is of the signed-in person's partnership. */
    Panel panel(long panelId) {
        Long partnershipId = currentUser.require().partnershipId();
        if (partnershipId == null) {
            throw notFound();
        }
        // by id, then the partnership: a second look in the same transaction reads no row again
        return panels.findById(panelId).filter(p -> p.getPartnershipId() == partnershipId)
                .orElseThrow(CurrentMember::notFound);
    }

    boolean isOfficer() {
        return currentUser.require().roleNames().contains("OFFICER");
    }

    static RecordNotFoundException notFound() {
        return new RecordNotFoundException("Panel");
    }

    record Seat(Panel panel, PanelMember member) {
    }
}
