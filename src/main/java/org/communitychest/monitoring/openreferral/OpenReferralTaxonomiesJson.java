package org.communitychest.monitoring.openreferral;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The need vocabulary as the API's taxonomies and taxonomy terms: {@code /taxonomies}, {@code /taxonomies/{id}},
 * {@code /taxonomy_terms} and {@code /taxonomy_terms/{id}}. A term's {@code term} is the category's code.
 */
public final class OpenReferralTaxonomiesJson {

    private OpenReferralTaxonomiesJson() {
    }

    /** One taxonomy with all its terms, as {@code /taxonomies/{id}} answers. */
    public static String taxonomy(DirectoryTaxonomy taxonomy, List<DirectoryTaxonomyTerm> terms) {
        for (DirectoryTaxonomyTerm term : terms) {
            if (!term.taxonomy().id().equals(taxonomy.id())) {
                throw new IllegalArgumentException(term.code() + " is a term of " + term.taxonomy().id());
            }
        }
        ObjectNode json = taxonomyNode(taxonomy);
        OpenReferralJson.array(json, "taxonomy_terms", terms, OpenReferralTaxonomiesJson::termNode);
        return OpenReferralJson.write(json);
    }

    /** A page of taxonomies, as {@code /taxonomies} answers: each without its terms, which are a request away. */
    public static String taxonomiesPage(OpenReferralPage<DirectoryTaxonomy> page) {
        return OpenReferralJson.page(page, OpenReferralTaxonomiesJson::taxonomyNode);
    }

    /** One term, as {@code /taxonomy_terms/{id}} answers. */
    public static String term(DirectoryTaxonomyTerm term) {
        return OpenReferralJson.write(termNode(term));
    }

    /** A page of terms, as {@code /taxonomy_terms} answers. */
    public static String termsPage(OpenReferralPage<DirectoryTaxonomyTerm> page) {
        return OpenReferralJson.page(page, OpenReferralTaxonomiesJson::termNode);
    }

    /** A term as the profile writes it everywhere, in a service's attributes too. */
    static ObjectNode termNode(DirectoryTaxonomyTerm term) {
        ObjectNode json = OpenReferralJson.named(term.id(), term.name(),
                term.description() == null ? term.name() : term.description());
        json.put("taxonomy", term.taxonomy().name());
        OpenReferralJson.id(json, "taxonomy_id", term.taxonomy().id());
        json.put("term", term.code());
        return json;
    }

    private static ObjectNode taxonomyNode(DirectoryTaxonomy taxonomy) {
        ObjectNode json = OpenReferralJson.named(taxonomy.id(), taxonomy.name(), taxonomy.description());
        OpenReferralJson.optional(json, "version", taxonomy.version());
        return json;
    }
}
