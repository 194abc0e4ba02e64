package org.communitychest.monitoring;

import java.util.List;

/** What a funded group says about its activity for the public directory that social prescribers refer from. */
public record ListingForm(String name, String description, String whoFor, String howToRefer, String referralEmail,
        String webAddress, String venueName, String addressLine, String postcode, List<ListingSession> sessions,
        boolean published) {
}
