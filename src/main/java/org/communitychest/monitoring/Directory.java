package org.communitychest.monitoring;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.awards.PublishedGrants;
import org.communitychest.place.Partnerships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public directory of funded activities, for anyone and for social prescribing systems: the listings their
 * groups chose to publish, of grants that run now (accepted or active). Open on purpose, like the 360Giving data.
 */
@Service
public class Directory {

    private final DirectoryListingRepository listings;
    private final PublishedGrants grants;
    private final Partnerships partnerships;

    Directory(DirectoryListingRepository listings, PublishedGrants grants, Partnerships partnerships) {
        this.listings = listings;
        this.grants = grants;
        this.partnerships = partnerships;
    }

    /** Every listed activity of every partnership, in the order they were first listed. */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> all() {
        return entries(listings.findByPublishedTrueOrderByIdAsc());
    }

    /**
     * The partnership's listed activities that serve this need, in this area, on this day (each filter left out
     * when {@code null}), by name.
     */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> search(long partnershipId, String needCode, String areaCode, DayOfWeek day) {
        return entries(listings.findByPartnershipIdAndPublishedTrueOrderByIdAsc(partnershipId)).stream()
                .filter(e -> e.serves(needCode, areaCode, day))
                .sorted(Comparator.comparing(e -> e.listing().name().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<DirectoryEntry> entry(UUID id) {
        return listings.findByPublicId(id.toString()).filter(DirectoryListing::isPublished)
                .flatMap(l -> entries(List.of(l)).stream().findFirst());
    }

    private List<DirectoryEntry> entries(List<DirectoryListing> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var running = grants.running(found.stream().map(DirectoryListing::getGrantId).toList());
        var byId = partnerships.all().stream().collect(Collectors.toMap(p -> p.id(), Function.identity()));
        return found.stream().filter(l -> running.containsKey(l.getGrantId())).map(l -> {
            var grant = running.get(l.getGrantId());
            var partnership = byId.get(l.getPartnershipId());
            return new DirectoryEntry(l.getPublicId(), l.getPartnershipId(), partnership.code(), partnership.name(),
                    grant.organisationId(), grant.organisationName(), l.form(), grant.needs(), grant.areas(),
                    l.getUpdatedAt());
        }).toList();
    }
}
