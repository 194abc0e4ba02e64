package org.communitychest.monitoring.openreferral;

import java.util.List;

/**
 * The page of a list a request asks for, from its {@code page} and {@code per_page}: pages count from 1.
 *
 * @param pageNumber the page, from 1
 * @param perPage    how many items a page holds, from 1 to {@link #MAX_PER_PAGE}
 */
public record OpenReferralPaging(int pageNumber, int perPage) {

    public static final int DEFAULT_PER_PAGE = 50;
    /** A directory has a few hundred services: a reader may take them in two or three requests, not in one. */
    public static final int MAX_PER_PAGE = 200;

    public OpenReferralPaging {
        if (pageNumber < 1) {
            throw new IllegalArgumentException("page counts from 1: " + pageNumber);
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("per_page is 1 to " + MAX_PER_PAGE + ": " + perPage);
        }
    }

    /**
     * The page a request's parameters ask for, either of them {@code null} when the request leaves it out: the first
     * page, and {@link #DEFAULT_PER_PAGE} items a page. A {@code per_page} above {@link #MAX_PER_PAGE} gets the
     * largest page; a page or {@code per_page} below 1 is refused ({@link IllegalArgumentException}).
     */
    public static OpenReferralPaging of(Integer page, Integer perPage) {
        return new OpenReferralPaging(page == null ? 1 : page,
                perPage == null ? DEFAULT_PER_PAGE : Math.min(perPage, MAX_PER_PAGE));
    }

    /** How many items come before this page's first. */
    public long offset() {
        return (long) (pageNumber - 1) * perPage;
    }

    /** This page of the whole list, which may lie beyond its end and so be empty. */
    public <T> OpenReferralPage<T> page(List<T> all) {
        int from = (int) Math.min(offset(), all.size());
        int to = (int) Math.min(offset() + perPage, all.size());
        return new OpenReferralPage<>(this, all.size(), all.subList(from, to));
    }

    /** This page, of the items a query read for it, out of {@code totalItems} in all. */
    public <T> OpenReferralPage<T> page(List<T> contents, long totalItems) {
        return new OpenReferralPage<>(this, totalItems, contents);
    }
}
