package org.communitychest.awards;

import java.util.List;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;

/** A grant running now (accepted or active), as a public directory of funded activities names it. */
public record RunningGrant(long id, long partnershipId, long organisationId, String organisationName,
        String projectTitle, List<NeedCategoryInfo> needs, List<AreaInfo> areas) {
}
