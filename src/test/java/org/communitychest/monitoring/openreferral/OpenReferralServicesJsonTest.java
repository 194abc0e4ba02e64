package org.communitychest.monitoring.openreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.monitoring.openreferral.OpenReferralExamples.CHURCH_HALL;
import static org.communitychest.monitoring.openreferral.OpenReferralExamples.KITCHEN;
import static org.communitychest.monitoring.openreferral.OpenReferralExamples.LUNCH_CLUB_ID;
import static org.communitychest.monitoring.openreferral.OpenReferralExamples.NEEDS;
import static org.communitychest.monitoring.openreferral.OpenReferralExamples.lunchClub;
import static org.communitychest.monitoring.openreferral.OpenReferralExamples.phoneFriends;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class OpenReferralServicesJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aServiceWithSeveralSessionsAreasAndNeedsValidates() {
        String json = OpenReferralServicesJson.service(lunchClub());

        assertThat(OpenReferralSchema.SERVICE.errors(json)).isEmpty();
        JsonNode service = JSON.readTree(json);
        assertThat(service.propertyNames()).containsExactly("id", "organization_id", "name", "description", "url",
                "email", "status", "last_modified", "schedules", "service_areas", "service_at_locations",
                "organization", "funding", "cost_options", "attributes");
        assertThat(service.get("id").asString()).isEqualTo(LUNCH_CLUB_ID.toString());
        assertThat(service.get("status").asString()).isEqualTo("active");
        assertThat(service.get("last_modified").asString()).isEqualTo("2026-11-30T10:15:00.123Z");
    }

    @Test
    void theOrganizationValidatesAsTheProfilesOrganizationAndHasItsCharityNumber() {
        JsonNode organization = JSON.readTree(OpenReferralServicesJson.service(lunchClub())).get("organization");

        assertThat(OpenReferralSchema.ORGANIZATION.errors(organization.toString())).isEmpty();
        assertThat(organization.get("id").asString()).isEqualTo(KITCHEN.id().toString());
        assertThat(organization.get("website").asString()).isEqualTo("https://bowkitchen.example.org/");
        JsonNode identifier = organization.get("organization_identifiers").get(0);
        assertThat(identifier.get("identifier_scheme").asString()).isEqualTo("GB-CHC");
        assertThat(identifier.get("identifier_type").asString()).isEqualTo("Charity number");
        assertThat(identifier.get("identifier").asString()).isEqualTo("1123456");
    }

    /** The UK profile has no field for eligibility or how to apply: both are paragraphs of the description. */
    @Test
    void howToReferIsInTheDescriptionWithTheReferralAddressAndWebPage() {
        JsonNode service = JSON.readTree(OpenReferralServicesJson.service(lunchClub()));

        assertThat(service.get("description").asString()).isEqualTo("""
                A hot two-course lunch cooked by volunteers.

                Anyone over 60 in Bow who would like company at lunch.

                Email us the person's first name and a phone number; we ring them within a week.""");
        assertThat(service.get("email").asString()).isEqualTo("referrals@bowkitchen.example.org");
        assertThat(service.get("url").asString()).isEqualTo("https://bowkitchen.example.org/lunch-club");
    }

    @Test
    void sessionsAreWeeklySchedulesInTheOrderOfTheWeekAtTheVenue() {
        JsonNode service = JSON.readTree(OpenReferralServicesJson.service(lunchClub()));
        JsonNode schedules = service.get("schedules");
        String atTheHall = service.get("service_at_locations").get(0).get("id").asString();

        assertThat(schedules).hasSize(3);
        assertThat(schedules).allSatisfy(schedule -> {
            assertThat(schedule.get("freq").asString()).isEqualTo("WEEKLY");
            assertThat(schedule.get("interval").asInt()).isEqualTo(1);
            assertThat(schedule.get("service_at_location_id").asString()).isEqualTo(atTheHall);
        });
        assertThat(texts(schedules, "byday")).containsExactly("MO", "MO", "TH");
        assertThat(texts(schedules, "opens_at")).containsExactly("09:30", "12:00", "12:00");
        assertThat(texts(schedules, "closes_at")).containsExactly("11:00", "14:30", "14:00");
        assertThat(schedules.get(0).has("notes")).isFalse();
        assertThat(schedules.get(1).get("notes").asString()).isEqualTo("term time only");
    }

    @Test
    void theVenueIsAPhysicalLocationWithAUkAddress() {
        JsonNode atTheHall = JSON.readTree(OpenReferralServicesJson.service(lunchClub()))
                .get("service_at_locations").get(0);
        JsonNode location = atTheHall.get("location");
        JsonNode address = location.get("addresses").get(0);

        assertThat(atTheHall.get("location_id").asString()).isEqualTo(CHURCH_HALL.id().toString());
        assertThat(location.get("id").asString()).isEqualTo(CHURCH_HALL.id().toString());
        assertThat(location.get("location_type").asString()).isEqualTo("physical");
        assertThat(location.get("name").asString()).isEqualTo("St Mary's church hall");
        assertThat(location.get("latitude").asDouble()).isEqualTo(51.5273);
        assertThat(location.get("longitude").asDouble()).isEqualTo(-0.0206);
        assertThat(address.toString()).isEqualTo("{\"id\":\"" + address.get("id").asString() + "\","
                + "\"address_1\":\"1 Bow Road\",\"city\":\"London\",\"state_province\":\"Greater London\","
                + "\"postal_code\":\"E3 2AA\",\"country\":\"GB\",\"address_type\":\"physical\"}");
    }

    @Test
    void areasHaveTheOnsAddressOfTheirCodeWhenTheyHaveAnOnsCode() {
        JsonNode areas = JSON.readTree(OpenReferralServicesJson.service(lunchClub())).get("service_areas");

        assertThat(texts(areas, "name")).containsExactly("Bow East", "Bow West", "Bow and Poplar primary care network");
        assertThat(texts(areas, "service_area")).isEqualTo(texts(areas, "name"));
        assertThat(areas.get(0).get("uri").asString())
                .isEqualTo("http://statistics.data.gov.uk/id/statistical-geography/E05009319");
        assertThat(areas.get(2).has("uri")).isFalse();
    }

    @Test
    void needsAreTermsOfThePartnershipsVocabularyLinkedByAttributes() {
        JsonNode service = JSON.readTree(OpenReferralServicesJson.service(lunchClub()));
        JsonNode attributes = service.get("attributes");

        assertThat(attributes).hasSize(3).allSatisfy(attribute -> {
            assertThat(attribute.get("link_id").asString()).isEqualTo(LUNCH_CLUB_ID.toString());
            assertThat(attribute.get("taxonomy_term_id").asString())
                    .isEqualTo(attribute.get("taxonomy_term").get("id").asString());
            assertThat(attribute.get("taxonomy_term").get("taxonomy_id").asString()).isEqualTo(NEEDS.id().toString());
            assertThat(attribute.get("taxonomy_term").get("taxonomy").asString()).isEqualTo(NEEDS.name());
        });
        JsonNode food = attributes.get(1).get("taxonomy_term");
        assertThat(food.get("term").asString()).isEqualTo("HEALTHY_EATING_FOOD");
        assertThat(food.get("name").asString()).isEqualTo("Healthy eating and food");
        assertThat(food.get("description").asString()).as("the label stands in for a missing description")
                .isEqualTo("Healthy eating and food");
    }

    @Test
    void itIsFreeAndFundedByThePartnership() {
        JsonNode service = JSON.readTree(OpenReferralServicesJson.service(lunchClub()));

        JsonNode cost = service.get("cost_options").get(0);
        assertThat(cost.get("amount").isNumber()).isTrue();
        assertThat(cost.get("amount").asInt()).isZero();
        assertThat(cost.get("amount_description").asString()).isEqualTo("Free");
        assertThat(service.get("cost_options")).hasSize(1);
        assertThat(service.get("funding").get(0).get("source").asString()).isEqualTo("Tower Hamlets Together");
    }

    @Test
    void everyIdentifierIsAUuidUniqueInTheServiceAndTheSameOnEveryRequest() {
        String json = OpenReferralServicesJson.service(lunchClub());
        List<String> ids = new ArrayList<>();
        collectIds(JSON.readTree(json), ids);

        assertThat(OpenReferralServicesJson.service(lunchClub())).isEqualTo(json);
        // the service, 3 schedules, 3 areas, the service at location, its location and address, the organization
        // and its identifier, funding, the cost option, 3 attributes and their 3 terms
        assertThat(ids).hasSize(20).doesNotHaveDuplicates();
        assertThat(OpenReferralServicesJson.service(phoneFriends())).doesNotContain(
                JSON.readTree(json).get("cost_options").get(0).get("id").asString());
    }

    @Test
    void anActivityWithOnlyWhatIsRequiredValidatesWithNothingEmptyOrNull() {
        String json = OpenReferralServicesJson.service(phoneFriends());

        assertThat(OpenReferralSchema.SERVICE.errors(json)).isEmpty();
        assertThat(JSON.readTree(json).propertyNames()).containsExactly("id", "organization_id", "name",
                "description", "email", "status", "last_modified", "organization", "funding", "cost_options");
        assertThat(json).doesNotContain("null", "[]", "\"\"");
        assertThat(JSON.readTree(json).get("description").asString())
                .isEqualTo("Email the coordinator and say when the person would like a call.");
        assertThat(JSON.readTree(json).get("last_modified").asString()).isEqualTo("2026-10-01T08:00:00.000Z");
    }

    @Test
    void aPageOfServicesValidatesAgainstTheApiAndItsItemsAreListItems() {
        var page = OpenReferralPaging.of(1, 10).page(List.of(lunchClub(), phoneFriends()));
        String json = OpenReferralServicesJson.page(page);

        assertThat(OpenReferralSchema.SERVICES_PAGE.errors(json)).isEmpty();
        JsonNode body = JSON.readTree(json);
        assertThat(body.propertyNames()).containsExactly("total_items", "total_pages", "page_number", "size",
                "first_page", "last_page", "empty", "contents");
        assertThat(body.get("total_items").asInt()).isEqualTo(2);
        assertThat(body.get("size").asInt()).isEqualTo(2);
        for (JsonNode item : body.get("contents")) {
            assertThat(OpenReferralSchema.SERVICE_LIST_ITEM.errors(item.toString())).isEmpty();
            assertThat(item.has("schedules")).isFalse();
            assertThat(item.get("organization").has("organization_identifiers")).isFalse();
        }
        assertThat(body.get("contents").get(0).toString()).isEqualTo("{\"id\":\"" + LUNCH_CLUB_ID + "\","
                + "\"organization_id\":\"" + KITCHEN.id() + "\",\"name\":\"Lunch club\","
                + "\"description\":" + JSON.writeValueAsString(lunchDescription()) + ","
                + "\"url\":\"https://bowkitchen.example.org/lunch-club\","
                + "\"email\":\"referrals@bowkitchen.example.org\",\"status\":\"active\","
                + "\"last_modified\":\"2026-11-30T10:15:00.123Z\",\"organization\":{\"id\":\"" + KITCHEN.id()
                + "\",\"name\":\"Bow Community Kitchen\","
                + "\"description\":\"Neighbours cooking and eating together in Bow since 2015.\","
                + "\"website\":\"https://bowkitchen.example.org/\"}}");
    }

    @Test
    void anEmptyPageOfServicesValidatesAndSaysItIsEmpty() {
        String json = OpenReferralServicesJson.page(OpenReferralPaging.of(null, null).page(List.of()));

        assertThat(OpenReferralSchema.SERVICES_PAGE.errors(json)).isEmpty();
        assertThat(json).isEqualTo("{\"total_items\":0,\"total_pages\":0,\"page_number\":1,\"size\":0,"
                + "\"first_page\":true,\"last_page\":true,\"empty\":true,\"contents\":[]}");
    }

    @Test
    void theSchemasRefuseWhatTheProfileDoesNotAllow() {
        assertThat(serviceErrorsAfter(service -> service.put("status", "open")))
                .anySatisfy(error -> assertThat(error).startsWith("/status: "));
        assertThat(serviceErrorsAfter(service -> service.put("id", "lunch-club")))
                .anySatisfy(error -> assertThat(error).startsWith("/id: "));
        assertThat(serviceErrorsAfter(service -> ((ObjectNode) service.get("service_at_locations").get(0)
                .get("location").get("addresses").get(0)).remove("state_province")))
                .anySatisfy(error -> assertThat(error).contains("state_province"));
        assertThat(serviceErrorsAfter(service -> ((ObjectNode) service.get("schedules").get(0)).put("freq",
                "FORTNIGHTLY"))).anySatisfy(error -> assertThat(error).startsWith("/schedules/0/freq: "));
        var page = (ObjectNode) JSON.readTree(OpenReferralServicesJson.page(
                OpenReferralPaging.of(1, 10).page(List.of(lunchClub()))));
        page.put("total_items", "1");
        ((ObjectNode) page.get("contents").get(0)).remove("name");
        assertThat(OpenReferralSchema.SERVICES_PAGE.errors(page.toString()))
                .anySatisfy(error -> assertThat(error).startsWith("/total_items: "))
                .anySatisfy(error -> assertThat(error).contains("/contents/0", "name"));
    }

    @Test
    void anActivityRefusesTwoSessionsOnTheSameDayAtTheSameHours() {
        var monday = new DirectorySession(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0), null);
        var again = new DirectorySession(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0), "in the garden");
        var club = lunchClub();

        assertThatThrownBy(() -> new DirectoryActivity(club.id(), club.name(), club.description(), club.whoItIsFor(),
                club.howToRefer(), club.referralEmail(), club.webAddress(), club.organisation(), club.venue(),
                List.of(monday, again), club.areas(), club.needs(), club.funderName(), club.lastModified()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessions");
        assertThatThrownBy(() -> new DirectorySession(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(10, 0), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String lunchDescription() {
        return JSON.readTree(OpenReferralServicesJson.service(lunchClub())).get("description").asString();
    }

    private static List<String> serviceErrorsAfter(Consumer<ObjectNode> change) {
        var service = (ObjectNode) JSON.readTree(OpenReferralServicesJson.service(lunchClub()));
        change.accept(service);
        return OpenReferralSchema.SERVICE.errors(service.toString());
    }

    private static List<String> texts(JsonNode array, String name) {
        return StreamSupport.stream(array.spliterator(), false).map(item -> item.get(name).asString()).toList();
    }

    private static void collectIds(JsonNode node, List<String> ids) {
        if (node.isObject()) {
            if (node.has("id")) {
                ids.add(node.get("id").asString());
            }
            node.forEach(child -> collectIds(child, ids));
        } else if (node.isArray()) {
            node.forEach(child -> collectIds(child, ids));
        }
    }
}
