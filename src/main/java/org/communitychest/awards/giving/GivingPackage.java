package org.communitychest.awards.giving;

import java.time.Instant;

/**
 * The header of a 360Giving data package: who publishes it, what it is, and when. Optional values are {@code null}
 * and are left out.
 *
 * @param publisherIdentifier the publisher's org-id
 * @param identifier          the package's identifier, unique among the publisher's packages
 * @param downloadUrl         the web address the portal serves this export at (the package's {@code downloadURL};
 *                            the package schema has no {@code dataSource} of its own, each grant carries one)
 */
public record GivingPackage(String publisherName, String publisherIdentifier, String title, String description,
        String identifier, Instant issued, Instant modified, String downloadUrl) {

    /** The version of the 360Giving standard the package follows, as its {@code version} says. */
    public static final String VERSION = "1.4";

    public GivingPackage {
        GivingGrant.requireText(publisherName, "publisherName");
    }

    public String version() {
        return VERSION;
    }
}
