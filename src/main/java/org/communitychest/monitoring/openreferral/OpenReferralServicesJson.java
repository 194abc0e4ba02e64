package org.communitychest.monitoring.openreferral;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * Funded activities as the API's services: a page of them for {@code /services}, each with its one-to-one fields
 * and its organization, and one fully nested for {@code /services/{id}}.
 *
 * <p>Sessions are weekly schedules ({@code freq} {@code WEEKLY}, {@code byday} {@code MO}…) on the service, linked
 * to the venue's service at location: the profile keeps schedules on the service only. Their hours are London
 * clock time without an offset, as {@code 10:00}: the profile asks for one, but a weekly session at ten is at ten in
 * winter (GMT) and in summer (BST), and the profile's schedule has no time zone to say so.
 */
public final class OpenReferralServicesJson {

    private static final String ACTIVE = "active";
    private static final String PHYSICAL = "physical";
    private static final String UK = "GB";
    private static final String WEEKLY = "WEEKLY";
    private static final String FREE = "Free"; // not user text: Open Referral cost option value
    private static final String CHARITY_REGISTER = "GB-CHC"; // not user text: org-id.guide scheme code
    private static final String CHARITY_NUMBER = "Charity number"; // not user text: Open Referral identifier type
    private static final String ONS_AREA = "http://statistics.data.gov.uk/id/statistical-geography/";
    /** To the millisecond, as the profile asks of {@code last_modified}. */
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private OpenReferralServicesJson() {
    }

    /** One service with everything about it, as {@code /services/{id}} answers. */
    public static String service(DirectoryActivity activity) {
        ObjectNode json = serviceFields(activity);
        OpenReferralJson.array(json, "schedules", activity.sessions().stream().sorted(DirectorySession.IN_THE_WEEK)
                .toList(), session -> schedule(activity, session));
        OpenReferralJson.array(json, "service_areas", activity.areas(), area -> serviceArea(activity, area));
        OpenReferralJson.array(json, "service_at_locations", venues(activity), venue -> serviceAtLocation(activity,
                venue));
        json.set("organization", fullOrganization(activity.organisation()));
        json.putArray("funding").add(funding(activity));
        json.putArray("cost_options").add(free(activity));
        OpenReferralJson.array(json, "attributes", activity.needs(), need -> attribute(activity, need));
        return OpenReferralJson.write(json);
    }

    /** A page of services, as {@code /services} answers: each with its one-to-one fields and its organization. */
    public static String page(OpenReferralPage<DirectoryActivity> page) {
        return OpenReferralJson.page(page, activity -> {
            ObjectNode json = serviceFields(activity);
            json.set("organization", organization(activity.organisation()));
            return json;
        });
    }

    private static ObjectNode serviceFields(DirectoryActivity activity) {
        ObjectNode json = OpenReferralJson.object(activity.id());
        OpenReferralJson.id(json, "organization_id", activity.organisation().id());
        json.put("name", activity.name());
        json.put("description", description(activity));
        OpenReferralJson.optional(json, "url", activity.webAddress());
        json.put("email", activity.referralEmail());
        json.put("status", ACTIVE);
        json.put("last_modified", modified(activity.lastModified()));
        return json;
    }

    /** What it is, who it is for and how to refer, a paragraph each: the profile has no field for the last two. */
    private static String description(DirectoryActivity activity) {
        return Stream.of(activity.description(), activity.whoItIsFor(), activity.howToRefer())
                .filter(text -> text != null && !text.isBlank()).map(String::strip)
                .collect(Collectors.joining("\n\n"));
    }

    private static String modified(Instant instant) {
        return MODIFIED.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private static ObjectNode schedule(DirectoryActivity activity, DirectorySession session) {
        ObjectNode json = part(activity, "schedule", session.key());
        if (activity.venue() != null) {
            OpenReferralJson.id(json, "service_at_location_id", serviceAtLocationId(activity, activity.venue()));
        }
        json.put("freq", WEEKLY);
        json.put("interval", 1);
        json.put("byday", session.day().name().substring(0, 2).toUpperCase(Locale.ROOT));
        json.put("opens_at", HOURS.format(session.opensAt()));
        json.put("closes_at", HOURS.format(session.closesAt()));
        OpenReferralJson.optional(json, "notes", session.note());
        return json;
    }

    private static ObjectNode serviceArea(DirectoryActivity activity, DirectoryArea area) {
        ObjectNode json = part(activity, "service_area", area.code());
        json.put("name", area.name());
        if (area.hasGssCode()) {
            json.put("uri", ONS_AREA + area.code());
        }
        json.put("service_area", area.name());
        return json;
    }

    private static List<DirectoryVenue> venues(DirectoryActivity activity) {
        return activity.venue() == null ? List.of() : List.of(activity.venue());
    }

    private static ObjectNode serviceAtLocation(DirectoryActivity activity, DirectoryVenue venue) {
        ObjectNode json = OpenReferralJson.object(serviceAtLocationId(activity, venue));
        OpenReferralJson.id(json, "location_id", venue.id());
        ObjectNode location = OpenReferralJson.object(venue.id());
        json.set("location", location);
        location.put("location_type", PHYSICAL);
        location.put("name", venue.name());
        if (venue.latitude() != null) {
            location.put("latitude", venue.latitude());
            location.put("longitude", venue.longitude());
        }
        ObjectNode address = OpenReferralJson.object(OpenReferralIds.derived(venue.id(), "address", ""));
        location.putArray("addresses").add(address);
        address.put("address_1", venue.addressLine());
        address.put("city", venue.city());
        address.put("state_province", venue.county());
        address.put("postal_code", venue.postcode());
        address.put("country", UK);
        address.put("address_type", PHYSICAL);
        return json;
    }

    private static UUID serviceAtLocationId(DirectoryActivity activity, DirectoryVenue venue) {
        return OpenReferralIds.derived(activity.id(), "service_at_location", venue.id());
    }

    /** An object nested in the service that the portal keeps no identifier for, with one derived from the service's. */
    private static ObjectNode part(DirectoryActivity activity, String kind, Object key) {
        return OpenReferralJson.object(OpenReferralIds.derived(activity.id(), kind, key));
    }

    private static ObjectNode organization(DirectoryOrganisation organisation) {
        ObjectNode json = OpenReferralJson.named(organisation.id(), organisation.name(), organisation.description());
        OpenReferralJson.optional(json, "website", organisation.website());
        return json;
    }

    /** The organization with its number on the Charity Commission's register, when it has one. */
    private static ObjectNode fullOrganization(DirectoryOrganisation organisation) {
        ObjectNode json = organization(organisation);
        String number = organisation.charityNumber();
        if (number != null) {
            ObjectNode identifier = OpenReferralJson.object(OpenReferralIds.derived(organisation.id(),
                    "identifier", CHARITY_REGISTER));
            json.putArray("organization_identifiers").add(identifier);
            identifier.put("identifier_scheme", CHARITY_REGISTER);
            identifier.put("identifier_type", CHARITY_NUMBER);
            identifier.put("identifier", number);
        }
        return json;
    }

    private static ObjectNode funding(DirectoryActivity activity) {
        ObjectNode json = part(activity, "funding", "");
        json.put("source", activity.funderName());
        return json;
    }

    private static ObjectNode free(DirectoryActivity activity) {
        ObjectNode json = part(activity, "cost_option", "");
        json.put("amount", 0);
        json.put("amount_description", FREE);
        return json;
    }

    /** A need the activity meets: the profile links a service to a taxonomy term through an attribute. */
    private static ObjectNode attribute(DirectoryActivity activity, DirectoryTaxonomyTerm need) {
        ObjectNode json = part(activity, "attribute", need.id());
        OpenReferralJson.id(json, "link_id", activity.id());
        OpenReferralJson.id(json, "taxonomy_term_id", need.id());
        json.set("taxonomy_term", OpenReferralTaxonomiesJson.termNode(need));
        return json;
    }
}
