package org.communitychest.monitoring.openreferral;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list, with the figures the profile's {@code Page} envelope gives. A list with no items has no pages,
 * and its first page is also its last; a page beyond the end is empty and counts as the last.
 */
public record OpenReferralPage<T>(OpenReferralPaging paging, long totalItems, List<T> contents) {

    public OpenReferralPage {
        Objects.requireNonNull(paging, "paging");
        contents = List.copyOf(contents);
        if (contents.size() > paging.perPage()) {
            throw new IllegalArgumentException(contents.size() + " items on a page of " + paging.perPage());
        }
        if (totalItems < 0 || !contents.isEmpty() && totalItems < paging.offset() + contents.size()) {
            throw new IllegalArgumentException(totalItems + " items in all, fewer than up to this page's last");
        }
    }

    public int pageNumber() {
        return paging.pageNumber();
    }

    public long totalPages() {
        return Math.ceilDiv(totalItems, paging.perPage());
    }

    /** The number of items on this page, which is what the profile's {@code size} counts. */
    public int size() {
        return contents.size();
    }

    public boolean firstPage() {
        return pageNumber() == 1;
    }

    public boolean lastPage() {
        return pageNumber() >= totalPages();
    }

    public boolean empty() {
        return contents.isEmpty();
    }
}
