package org.communitychest.applications;

import java.sql.Timestamp;
import java.util.List;
import org.communitychest.rounds.RoundDetails;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many bids on a round at once, written straight to the tables (a statement for all of them, not a form each), each
 * covering the round's first priority need and area: for tests that count what a screen costs for hundreds of bids.
 */
public final class BulkBids {

    private BulkBids() {
    }

    /** One bid to write: its group, reference, form, title, amount and when it was submitted. */
    public record Bid(long organisationId, String organisationName, String reference, String formType,
            String title, long amountPence, Timestamp submittedAt) {
    }

    public static void insert(JdbcTemplate jdbc, RoundDetails round, String status, long createdBy, Timestamp now,
            List<Bid> bids) {
        jdbc.batchUpdate("""
                insert into application (partnership_id, round_id, organisation_id, organisation_name, created_by,
                    created_at, updated_at, reference, status, form_type, project_title, amount_requested_pence,
                    submitted_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""", bids.stream().map(b -> new Object[] {
                        round.partnershipId(), round.id(), b.organisationId(), b.organisationName(), createdBy, now,
                        now, b.reference(), status, b.formType(), b.title(), b.amountPence(), b.submittedAt()})
                .toList());
        long need = round.priorities().getFirst().needCategoryId();
        long area = round.priorities().getFirst().areaId();
        jdbc.update("insert into application_need (application_id, need_category_id) select id, ? from application"
                + " where round_id = ?", need, round.id());
        jdbc.update("insert into application_area (application_id, area_id) select id, ? from application"
                + " where round_id = ?", area, round.id());
    }
}
