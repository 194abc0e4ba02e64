package org.communitychest.monitoring.openreferral;

import java.util.Objects;
import java.util.UUID;

/**
 * A partnership's vocabulary of need categories (loneliness, debt…), whose terms say what needs an activity meets.
 *
 * @param version the vocabulary's version, or {@code null}
 */
public record DirectoryTaxonomy(UUID id, String name, String description, String version) {

    public DirectoryTaxonomy {
        Objects.requireNonNull(id, "id");
        Require.text(name, "name");
        Require.text(description, "description");
    }
}
