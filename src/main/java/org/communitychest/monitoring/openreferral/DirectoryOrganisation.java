package org.communitychest.monitoring.openreferral;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/**
 * The community group that runs an activity.
 *
 * @param website       the group's own web address, or {@code null}
 * @param charityNumber its number on the Charity Commission's register, or {@code null} for a group that is not a
 *                      registered charity
 */
public record DirectoryOrganisation(UUID id, String name, String description, URI website, String charityNumber) {

    public DirectoryOrganisation {
        Objects.requireNonNull(id, "id");
        Require.text(name, "name");
        Require.text(description, "description");
        Require.absoluteOrNull(website, "website");
        charityNumber = charityNumber == null || charityNumber.isBlank() ? null : charityNumber.strip();
    }
}
