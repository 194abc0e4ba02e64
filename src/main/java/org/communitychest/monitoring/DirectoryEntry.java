package org.communitychest.monitoring;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;

/** A funded activity in the public directory: the group's listing with the needs and areas its grant serves. */
public record DirectoryEntry(UUID id, long partnershipId, String partnershipCode, String partnershipName,
        long organisationId, String organisationName, ListingForm listing, List<NeedCategoryInfo> needs,
        List<AreaInfo> areas, Instant updatedAt) {

    public boolean serves(String needCode, String areaCode, DayOfWeek day) {
        return (needCode == null || needs.stream().anyMatch(n -> n.code().equals(needCode)))
                && (areaCode == null || areas.stream().anyMatch(a -> a.code().equals(areaCode)))
                && (day == null || listing.sessions().stream().anyMatch(s -> s.day() == day));
    }
}
