package org.communitychest.monitoring.openreferral;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A funded activity as the portal's directory lists it for link workers, with everything its Open Referral service
 * needs already resolved. The directory lists running activities only, and a community chest grant makes an activity
 * free to the people referred to it: so every service is active, with one cost option, free.
 *
 * @param id            the listing's own identifier, kept as long as the listing is
 * @param description   what happens there, or {@code null}
 * @param whoItIsFor    who it is for, in the group's words, or {@code null}
 * @param howToRefer    how a link worker refers someone, in the group's words. The UK profile has no field for who a
 *                      service is for or how to apply, so both follow the description as paragraphs of its own.
 * @param referralEmail the address referrals go to
 * @param webAddress    the activity's web page, or {@code null}
 * @param venue         where it meets, or {@code null} for an activity with no fixed place (by phone, online)
 * @param sessions      when it meets each week; no two on the same day at the same hours
 * @param needs         the need categories it meets, terms of the partnership's vocabulary
 * @param funderName    the partnership whose community chest funds it
 * @param lastModified  when the listing or anything in it last changed
 */
public record DirectoryActivity(UUID id, String name, String description, String whoItIsFor, String howToRefer,
        String referralEmail, URI webAddress, DirectoryOrganisation organisation, DirectoryVenue venue,
        List<DirectorySession> sessions, List<DirectoryArea> areas, List<DirectoryTaxonomyTerm> needs,
        String funderName, Instant lastModified) {

    public DirectoryActivity {
        Objects.requireNonNull(id, "id");
        Require.text(name, "name");
        Require.text(howToRefer, "howToRefer");
        Require.text(referralEmail, "referralEmail");
        Require.absoluteOrNull(webAddress, "webAddress");
        Objects.requireNonNull(organisation, "organisation");
        sessions = Require.unique(sessions, DirectorySession::key, "sessions");
        areas = Require.unique(areas, DirectoryArea::code, "areas");
        needs = Require.unique(needs, DirectoryTaxonomyTerm::id, "needs");
        Require.text(funderName, "funderName");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
