package org.communitychest.monitoring.openreferral;

import java.util.Objects;
import java.util.UUID;

/**
 * A need category, a term of its partnership's vocabulary.
 *
 * @param code        the category's code, such as {@code SOCIAL_ISOLATION}
 * @param name        its label, such as {@code Social isolation and loneliness}
 * @param description a sentence on what it covers, or {@code null}: the profile requires a description, so the
 *                    label stands in for a missing one
 */
public record DirectoryTaxonomyTerm(UUID id, String code, String name, String description,
        DirectoryTaxonomy taxonomy) {

    public DirectoryTaxonomyTerm {
        Objects.requireNonNull(id, "id");
        Require.text(code, "code");
        Require.text(name, "name");
        Objects.requireNonNull(taxonomy, "taxonomy");
        description = description == null || description.isBlank() ? null : description;
    }
}
