package org.communitychest.monitoring;

import java.time.Clock;
import java.util.List;
import org.communitychest.audit.AuditLog;
import org.communitychest.awards.MyGrants;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funded group's listing in the public directory of activities social prescribers refer from. Any member may
 * write it while the grant runs; until they choose to publish it, no one else sees it. Membership is the awards
 * module's check, {@link MyGrants#get}.
 */
@Service
@PreAuthorize("hasRole('APPLICANT')")
public class MyListings {

    private final DirectoryListingRepository listings;
    private final MyGrants myGrants;
    private final AuditLog auditLog;
    private final Clock clock;

    MyListings(DirectoryListingRepository listings, MyGrants myGrants, AuditLog auditLog, Clock clock) {
        this.listings = listings;
        this.myGrants = myGrants;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The listing, or a first draft from the grant (its title and summary) when there is none yet. */
    @Transactional(readOnly = true)
    public ListingDetails of(long grantId) {
        var grant = myGrants.get(grantId);
        return listings.findByGrantId(grantId).map(l -> details(l)).orElseGet(() -> new ListingDetails(grantId, null,
                new ListingForm(grant.projectTitle(), grant.summary(), null, null, null, null, null, null, null,
                        List.of(), false), null, -1, false));
    }

    /** Saves the whole listing, or nothing with every problem beside its field. */
    @Transactional
    public ListingDetails save(long grantId, long expectedVersion, ListingForm form) {
        var grant = myGrants.get(grantId);
        if (!grant.status().isLive()) {
            throw new InvalidInputException("listing", Message.of("monitoring.listing.not-live", grant.status().label()));
        }
        var checked = ListingRules.check(form);
        var listing = listings.findByGrantId(grantId).orElse(null);
        if (listing == null ? expectedVersion != -1 : listing.getVersion() != expectedVersion) {
            throw new InvalidInputException("version", MyReports.CONFLICT);
        }
        boolean wasPublished = listing != null && listing.isPublished();
        if (listing == null) {
            listing = new DirectoryListing(grant.partnershipId(), grantId, grant.organisationId());
        }
        listing.take(checked, clock.instant());
        listing = listings.saveAndFlush(listing);
        if (wasPublished != checked.published()) {
            auditLog.record(grant.partnershipId(), checked.published() ? "LISTING_PUBLISHED" : "LISTING_HIDDEN",
                    "Grant", grantId, null, checked.name()); // not user text: audit trail
        }
        return details(listing);
    }

    private static ListingDetails details(DirectoryListing l) {
        return new ListingDetails(l.getGrantId(), l.getPublicId(), l.form(), l.getUpdatedAt(), l.getVersion(), true);
    }
}
