package org.communitychest.panels;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.BulkBids;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.security.Role;

/**
 * A round in moderation with its panel, made fast for counting statements: the round, the groups, the panel and
 * the members' accounts through the services, the bids, seats, declarations, score sheets and marks inserted
 * straight into the tables (the services would take minutes for 300 bids). Every member declares on every bid;
 * one bid in 25 is conflicted for each member; a member leaves one sheet in ten a draft; the last bid has no
 * sheets at all; the first bid has a moderated score. The panellists' names sort after the demo officer's, so
 * that the first page of the partnership's users (sorted by name) still shows the demo accounts.
 */
public final class BulkModerationRound {

    public final RoundDetails round;
    public final long panelId;
    public final List<Long> bids;
    public final List<String> members;

    private BulkModerationRound(RoundDetails round, long panelId, List<Long> bids, List<String> members) {
        this.round = round;
        this.panelId = panelId;
        this.bids = bids;
        this.members = members;
    }

    public static BulkModerationRound of(ApplicationFixtures fx, Panels panels, String title, int bidCount,
            int memberCount) {
        var round = fx.openRound(title + " " + UUID.randomUUID());
        long panelId = fx.as(ApplicationFixtures.OFFICER, () -> panels.create(round.id()).id());
        var jdbc = fx.jdbc;
        var now = Timestamp.from(fx.clock.instant());
        String applicant = fx.newApplicant("Bulk Bidder");
        long userId = fx.userId(applicant);
        var groups = List.of(fx.newGroup(applicant, "Bulk One " + UUID.randomUUID()),
                fx.newGroup(applicant, "Bulk Two " + UUID.randomUUID()),
                fx.newGroup(applicant, "Bulk Three " + UUID.randomUUID()));
        List<BulkBids.Bid> applications = new ArrayList<>();
        for (int i = 1; i <= bidCount; i++) {
            applications.add(new BulkBids.Bid(groups.get(i % groups.size()), "Bulk group " + i,
                    "M" + round.id() + "-" + String.format("%03d", i), "SHORT", "Bulk project " + i,
                    100_000L + 1_000L * (i % 50), now));
        }
        BulkBids.insert(jdbc, round, "ELIGIBLE", userId, now, applications);
        var bids = jdbc.queryForList("select id from application where round_id = ? order by reference", Long.class,
                round.id());

        var emails = new ArrayList<String>();
        List<Object[]> seats = new ArrayList<>();
        for (int m = 0; m < memberCount; m++) {
            String email = fx.newStaff("Tally Panellist " + m, round.partnershipId(), Role.PANELLIST);
            emails.add(email);
            seats.add(new Object[] {panelId, fx.userId(email), now, now});
        }
        jdbc.batchUpdate("insert into panel_member (panel_id, account_id, kind, invited_at, guidance_confirmed_at)"
                + " values (?, ?, 'RESIDENT', ?, ?)", seats);
        var seatIds = jdbc.queryForList("select id from panel_member where panel_id = ? order by id", Long.class,
                panelId);

        List<Object[]> declarations = new ArrayList<>();
        List<Object[]> sheets = new ArrayList<>();
        for (int m = 0; m < seatIds.size(); m++) {
            for (int b = 0; b < bids.size(); b++) {
                boolean conflicted = (b + m) % 25 == 0;
                declarations.add(new Object[] {panelId, seatIds.get(m), bids.get(b), conflicted,
                        conflicted ? "Bulk conflict" : null, now});
                if (!conflicted && b < bids.size() - 1) {
                    boolean draft = (b + 3 * m) % 10 == 9;
                    sheets.add(new Object[] {panelId, round.id(), seatIds.get(m), bids.get(b),
                            draft ? "DRAFT" : "SUBMITTED", now, draft ? null : now});
                }
            }
        }
        jdbc.batchUpdate("insert into panel_conflict (panel_id, member_id, application_id, conflicted, reason,"
                + " declared_at) values (?, ?, ?, ?, ?, ?)", declarations);
        jdbc.batchUpdate("insert into score_sheet (panel_id, round_id, member_id, application_id, status,"
                + " updated_at, submitted_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)", sheets);
        int offset = 0;
        for (var criterion : round.criteria()) {
            jdbc.update("insert into score_sheet_criterion (sheet_id, criterion_id, level, comment) select id, ?,"
                    + " mod(application_id * 7 + member_id * 3 + ?, 5), 'Bulk comment' from score_sheet"
                    + " where panel_id = ?", criterion.id(), offset++, panelId);
        }
        jdbc.update("insert into moderated_score (panel_id, application_id, score, reason, set_at, set_by)"
                + " values (?, ?, 90.0, 'Bulk moderation', ?, 'Bulk Officer')", panelId, bids.getFirst(), now);
        jdbc.update("update funding_round set status = 'MODERATION' where id = ?", round.id());
        return new BulkModerationRound(round, panelId, List.copyOf(bids), List.copyOf(emails));
    }
}
