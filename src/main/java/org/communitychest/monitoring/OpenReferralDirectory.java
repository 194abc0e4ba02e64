package org.communitychest.monitoring;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communitychest.base.Language;
import org.communitychest.base.Message;
import org.communitychest.base.Translations;
import org.communitychest.monitoring.openreferral.DirectoryActivity;
import org.communitychest.monitoring.openreferral.DirectoryArea;
import org.communitychest.monitoring.openreferral.DirectoryOrganisation;
import org.communitychest.monitoring.openreferral.DirectorySession;
import org.communitychest.monitoring.openreferral.DirectoryTaxonomy;
import org.communitychest.monitoring.openreferral.DirectoryTaxonomyTerm;
import org.communitychest.monitoring.openreferral.DirectoryVenue;
import org.communitychest.organisations.Organisations;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.Partnerships;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The directory in Open Referral UK's terms: each listed activity a service of its group, at its venue, in its
 * grant's areas, with its grant's needs as terms of the partnership's need vocabulary (one taxonomy per
 * partnership). Ids the portal does not store are made from stable names, so they are the same on every call.
 */
@Component
class OpenReferralDirectory {

    private final Directory directory;
    private final Organisations organisations;
    private final Partnerships partnerships;
    private final NeedCategories needCategories;
    private final Translations translations;
    private final String city;
    private final String county;

    OpenReferralDirectory(Directory directory, Organisations organisations, Partnerships partnerships,
            NeedCategories needCategories, Translations translations,
            @Value("${chest.directory.city:London}") String city,
            @Value("${chest.directory.county:Greater London}") String county) {
        this.directory = directory;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.needCategories = needCategories;
        this.translations = translations;
        this.city = city;
        this.county = county;
    }

    List<DirectoryActivity> services() {
        var entries = directory.all();
        var recipients = organisations.recipients(entries.stream().map(DirectoryEntry::organisationId).toList());
        return entries.stream().map(e -> activity(e, Optional.ofNullable(recipients.get(e.organisationId()))
                .map(r -> r.charityNumber()).orElse(null))).toList();
    }

    Optional<DirectoryActivity> service(UUID id) {
        return directory.entry(id).map(e -> activity(e, Optional.ofNullable(organisations.recipients(
                List.of(e.organisationId())).get(e.organisationId())).map(r -> r.charityNumber()).orElse(null)));
    }

    List<DirectoryTaxonomy> taxonomies() {
        return partnerships.all().stream().sorted(Comparator.comparing(p -> p.id())).map(p -> taxonomy(p.id(),
                p.name())).toList();
    }

    /** Every partnership's need categories as terms of its vocabulary. */
    Map<DirectoryTaxonomy, List<DirectoryTaxonomyTerm>> terms() {
        var all = new LinkedHashMap<DirectoryTaxonomy, List<DirectoryTaxonomyTerm>>();
        partnerships.all().stream().sorted(Comparator.comparing(p -> p.id())).forEach(p -> {
            var taxonomy = taxonomy(p.id(), p.name());
            all.put(taxonomy, needCategories.activeOf(p.id()).stream()
                    .map(n -> term(taxonomy, p.id(), n.code(), english(n.name()))).toList());
        });
        return all;
    }

    private DirectoryActivity activity(DirectoryEntry e, String charityNumber) {
        var l = e.listing();
        var taxonomy = taxonomy(e.partnershipId(), e.partnershipName());
        var organisation = new DirectoryOrganisation(uuid("organisation:" + e.organisationId()), e.organisationName(),
                english(Message.of("monitoring.directory.organisation", e.organisationName(), e.partnershipName())),
                null, charityNumber != null && charityNumber.matches("\\d{6,8}") ? charityNumber : null);
        var venue = new DirectoryVenue(uuid("venue:" + e.id()), l.venueName(), l.addressLine(), city, county,
                l.postcode(), null, null);
        return new DirectoryActivity(e.id(), l.name(), l.description(), l.whoFor(), l.howToRefer(),
                l.referralEmail(), l.webAddress() == null ? null : URI.create(l.webAddress()), organisation, venue,
                l.sessions().stream().map(s -> new DirectorySession(s.day(), s.startsAt(), s.endsAt(), s.note()))
                        .toList(),
                e.areas().stream().map(a -> new DirectoryArea(a.code(), a.name())).toList(),
                e.needs().stream().map(n -> term(taxonomy, e.partnershipId(), n.code(), english(n.name()))).toList(),
                e.partnershipName(), e.updatedAt());
    }

    private DirectoryTaxonomy taxonomy(long partnershipId, String partnershipName) {
        return new DirectoryTaxonomy(uuid("taxonomy:" + partnershipId), english(Message.of(
                "monitoring.directory.taxonomy", partnershipName)), english(Message.of(
                "monitoring.directory.taxonomy-about", partnershipName)), "1"); // not user text: version
    }

    private static DirectoryTaxonomyTerm term(DirectoryTaxonomy taxonomy, long partnershipId, String code,
            String name) {
        return new DirectoryTaxonomyTerm(uuid("need:" + partnershipId + ":" + code), code, name, name, taxonomy);
    }

    private String english(Message message) {
        return translations.text(Language.ENGLISH, message);
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("community-chest:" + name).getBytes(StandardCharsets.UTF_8)); // not user text
    }
}
