package org.communitychest.applications;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

interface ApplicationSearch {

    /** One page of a round's submitted (or later) applications: one SELECT, whatever the page size. */
    Slice<ApplicationRow> search(long partnershipId, long roundId, ApplicationFilter filter, Pageable pageable);

    long count(long partnershipId, long roundId, ApplicationFilter filter);
}
