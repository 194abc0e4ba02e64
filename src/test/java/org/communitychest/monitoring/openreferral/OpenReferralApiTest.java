package org.communitychest.monitoring.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.communitychest.IntegrationTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.awards.GrantOffers;
import org.communitychest.base.London;
import org.communitychest.monitoring.GrantFixtures;
import org.communitychest.monitoring.ListingFixtures;
import org.communitychest.monitoring.MyListings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The directory's Open Referral UK API, as a social prescribing system reads it, with no sign-in: every endpoint's
 * answer validates against the profile's schemas and API; a published listing of a running grant is there, fully
 * nested; an unpublished one and one whose grant was withdrawn are not.
 */
class OpenReferralApiTest extends IntegrationTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    ApplicationContext context;
    @Autowired
    MyListings listings;
    @Autowired
    GrantOffers offers;
    MockMvc mvc;
    final JsonMapper json = JsonMapper.builder().build();
    GrantFixtures fixtures;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixtures = new GrantFixtures(context);
    }

    @Test
    void everyEndpointAnswersAsTheProfileSaysAndListsOnlyPublishedRunningActivities() throws Exception {
        var today = London.today(clock);
        var listed = fixtures.accepted(125_000, today, today.plusMonths(12), 200_000);
        var hidden = fixtures.accepted(125_000, today, today.plusMonths(12), 200_000);
        var withdrawn = fixtures.accepted(125_000, today, today.plusMonths(12), 200_000);
        var id = fixtures.px.fx.as(listed.bidder(), () -> listings.save(listed.grantId(), -1,
                ListingFixtures.walkingGroup(true)).publicId());
        fixtures.px.fx.as(hidden.bidder(), () -> listings.save(hidden.grantId(), -1,
                ListingFixtures.walkingGroup(false)));
        var gone = fixtures.px.fx.as(withdrawn.bidder(), () -> listings.save(withdrawn.grantId(), -1,
                ListingFixtures.walkingGroup(true)).publicId());
        fixtures.px.fx.as(ApplicationFixtures.OFFICER, () -> offers.withdraw(withdrawn.grantId(),
                "The group has closed."));

        assertValid(OpenReferralSchema.ROOT, get("/openreferral/"));
        assertThat(read(get("/openreferral/")).path("version").asString()).isEqualTo("HSDS-UK-3.0");

        String page = get("/openreferral/services?per_page=200");
        assertValid(OpenReferralSchema.SERVICES_PAGE, page);
        var ids = new java.util.ArrayList<String>();
        read(page).path("contents").forEach(s -> ids.add(s.path("id").asString()));
        assertThat(ids).contains(id.toString()).doesNotContain(gone.toString());
        assertThat(read(page).path("contents")).filteredOn(s -> s.path("id").asString().equals(id.toString()))
                .singleElement().satisfies(s -> assertThat(s.path("name").asString()).isEqualTo("Tuesday walking group"));
        assertThat(read(page).path("total_items").asInt()).as("the hidden and withdrawn listings are not counted")
                .isEqualTo(ids.size()).isEqualTo((int) fixtures.px.fx.jdbc.queryForObject("select count(*) from"
                        + " directory_listing l join grant_award g on g.id = l.grant_id where l.published"
                        + " and g.status in ('ACCEPTED', 'ACTIVE')", Integer.class));

        String service = get("/openreferral/services/" + id);
        assertValid(OpenReferralSchema.SERVICE, service);
        var nested = read(service);
        assertThat(nested.path("organization").path("name").asString()).startsWith("Group 0");
        assertThat(nested.path("service_at_locations").get(0).path("location").path("addresses").get(0)
                .path("postal_code").asString()).isEqualTo("E3 5DQ");
        assertThat(nested.path("cost_options").get(0).path("amount").asDouble()).isZero();
        assertThat(nested.toString()).contains("TU").contains("TH").contains("Term time only");
        assertThat(status("/openreferral/services/" + gone)).isEqualTo(404);
        assertThat(status("/openreferral/services/not-a-uuid")).isEqualTo(400);
        assertThat(status("/openreferral/services?page=0")).isEqualTo(400);

        String taxonomies = get("/openreferral/taxonomies");
        assertValid(OpenReferralSchema.TAXONOMIES_PAGE, taxonomies);
        String taxonomyId = read(taxonomies).path("contents").get(0).path("id").asString();
        assertValid(OpenReferralSchema.TAXONOMY, get("/openreferral/taxonomies/" + taxonomyId));
        String terms = get("/openreferral/taxonomy_terms");
        assertValid(OpenReferralSchema.TAXONOMY_TERMS_PAGE, terms);
        assertThat(read(terms).path("contents").findValuesAsString("term")).contains("LONELINESS_ISOLATION");
        String termId = read(terms).path("contents").get(0).path("id").asString();
        assertValid(OpenReferralSchema.TAXONOMY_TERM, get("/openreferral/taxonomy_terms/" + termId));
        var need = nested.path("attributes").get(0).path("taxonomy_term").path("id").asString();
        assertThat(read(get("/openreferral/services?taxonomy_term_id=" + need)).toString()).contains(id.toString());
    }

    private void assertValid(OpenReferralSchema schema, String body) {
        assertThat(schema.errors(body)).as(schema + " " + body).isEmpty();
    }

    private String get(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private int status(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getStatus();
    }

    private JsonNode read(String body) throws Exception {
        return json.readTree(body);
    }
}
