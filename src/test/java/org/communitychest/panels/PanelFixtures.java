package org.communitychest.panels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.GateDecision;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.security.Role;
import org.springframework.context.ApplicationContext;

/** A round with eligible bids in scoring, and a panel on it whose members can sign in. */
public final class PanelFixtures {

    public final ApplicationFixtures fx;
    public final Panels panels;
    public final PanelScoring scoring;

    public PanelFixtures(ApplicationContext context) {
        this.fx = new ApplicationFixtures(context);
        this.panels = context.getBean(Panels.class);
        this.scoring = context.getBean(PanelScoring.class);
    }

    /** A round with this many eligible short-form bids (£1,250 each) from different groups, then scoring. */
    public Scored roundInScoring(String title, int bidCount) {
        return inScoring(fx.openRound(title + " " + UUID.randomUUID()), ApplicationFixtures.OFFICER, bidCount);
    }

    /** The open round given this many eligible short-form bids, screened by {@code officer}, then scoring. */
    public Scored inScoring(RoundDetails round, String officer, int bidCount) {
        var bids = new ArrayList<Long>();
        var bidders = new ArrayList<String>();
        for (int n = 0; n < bidCount; n++) {
            int i = n;
            String member = fx.newApplicant("Bidder " + i);
            bidders.add(member);
            long group = fx.newGroup(member, "Group " + i + " " + UUID.randomUUID());
            long id = fx.as(member, () -> {
                long draft = fx.completeShortDraft(round, group, "Project " + i);
                fx.submit(draft);
                return draft;
            });
            fx.as(officer, () -> {
                var read = fx.screening.get(id);
                var pass = new HashMap<Long, GateDecision>();
                read.round().eligibility().forEach(q -> pass.put(q.id(), new GateDecision(true, null)));
                fx.screening.screen(id, read.version(), pass);
            });
            bids.add(id);
        }
        fx.jdbc.update("update funding_round set status = 'SCORING' where id = ?", round.id());
        return new Scored(round.id(), List.copyOf(bids), List.copyOf(bidders));
    }

    /** A panel on the round with this many members (panellist accounts of the demo partnership). */
    public Seated panel(long roundId, int memberCount) {
        var emails = new ArrayList<String>();
        for (int i = 0; i < memberCount; i++) {
            emails.add(fx.newStaff("Panel Member " + i, fx.thtId(), Role.PANELLIST));
        }
        long panelId = fx.as(ApplicationFixtures.OFFICER, () -> {
            long id = panels.create(roundId).id();
            for (String email : emails) {
                panels.invite(id, new MemberInvitation("", email, MemberKind.RESIDENT));
            }
            return id;
        });
        return new Seated(panelId, List.copyOf(emails));
    }

    /** The member confirms the guidance, declares no conflict and scores every criterion at {@code level}. */
    public void score(long panelId, String member, long applicationId, int level, boolean submit) {
        fx.as(member, () -> {
            scoring.confirmGuidance(panelId);
            if (scoring.bids(panelId).stream().anyMatch(b -> b.applicationId() == applicationId
                    && b.state() == BidState.TO_DECLARE)) {
                scoring.declare(panelId, applicationId, false, null);
            }
            for (var criterion : scoring.round(panelId).criteria()) {
                scoring.mark(panelId, applicationId, criterion.id(), level, "Comment at level " + level);
            }
            if (submit) {
                scoring.submit(panelId, applicationId);
            }
        });
    }

    /** The round, its bids in order, and the applicant who made each. */
    public record Scored(long roundId, List<Long> bids, List<String> bidders) {
    }

    public record Seated(long panelId, List<String> members) {
    }
}
