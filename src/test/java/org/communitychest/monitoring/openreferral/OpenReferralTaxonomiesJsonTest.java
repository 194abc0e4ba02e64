package org.communitychest.monitoring.openreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.monitoring.openreferral.OpenReferralExamples.ACTIVITY;
import static org.communitychest.monitoring.openreferral.OpenReferralExamples.FOOD;
import static org.communitychest.monitoring.openreferral.OpenReferralExamples.LONELINESS;
import static org.communitychest.monitoring.openreferral.OpenReferralExamples.NEEDS;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class OpenReferralTaxonomiesJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<DirectoryTaxonomyTerm> TERMS = List.of(LONELINESS, FOOD, ACTIVITY);

    @Test
    void theNeedVocabularyValidatesAsATaxonomyWithItsTerms() {
        String json = OpenReferralTaxonomiesJson.taxonomy(NEEDS, TERMS);

        assertThat(OpenReferralSchema.TAXONOMY.errors(json)).isEmpty();
        JsonNode taxonomy = JSON.readTree(json);
        assertThat(taxonomy.propertyNames()).containsExactly("id", "name", "description", "version",
                "taxonomy_terms");
        assertThat(taxonomy.get("version").asString()).isEqualTo("2026-1");
        assertThat(taxonomy.get("taxonomy_terms")).hasSize(3);
        assertThat(taxonomy.get("taxonomy_terms").get(2).get("term").asString()).isEqualTo("PHYSICAL_ACTIVITY");
    }

    @Test
    void aTermValidatesWithItsCodeAndItsTaxonomy() {
        String json = OpenReferralTaxonomiesJson.term(LONELINESS);

        assertThat(OpenReferralSchema.TAXONOMY_TERM.errors(json)).isEmpty();
        assertThat(json).isEqualTo("{\"id\":\"0b6f4f7c-7e39-4a43-9d47-3a4f3c2b1a01\","
                + "\"name\":\"Social isolation and loneliness\","
                + "\"description\":\"Few people to talk to, or feeling alone among them.\","
                + "\"taxonomy\":\"Tower Hamlets Together need categories\","
                + "\"taxonomy_id\":\"6f1c1d1e-2a55-4c8e-9d0b-0c1f7a3e5b21\",\"term\":\"SOCIAL_ISOLATION\"}");
    }

    @Test
    void pagesOfTermsValidateAgainstTheApiWithTheirFigures() {
        var paging = OpenReferralPaging.of(2, 2);
        String json = OpenReferralTaxonomiesJson.termsPage(paging.page(TERMS));

        assertThat(OpenReferralSchema.TAXONOMY_TERMS_PAGE.errors(json)).isEmpty();
        JsonNode page = JSON.readTree(json);
        assertThat(page.get("total_items").asInt()).isEqualTo(3);
        assertThat(page.get("total_pages").asInt()).isEqualTo(2);
        assertThat(page.get("page_number").asInt()).isEqualTo(2);
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("first_page").asBoolean()).isFalse();
        assertThat(page.get("last_page").asBoolean()).isTrue();
        assertThat(page.get("contents").get(0).get("id").asString()).isEqualTo(ACTIVITY.id().toString());
        for (JsonNode term : page.get("contents")) {
            assertThat(OpenReferralSchema.TAXONOMY_TERM.errors(term.toString())).isEmpty();
        }
    }

    @Test
    void aPageOfTaxonomiesValidatesWithoutTheirTerms() {
        String json = OpenReferralTaxonomiesJson.taxonomiesPage(OpenReferralPaging.of(null, null)
                .page(List.of(NEEDS)));

        assertThat(OpenReferralSchema.TAXONOMIES_PAGE.errors(json)).isEmpty();
        JsonNode taxonomy = JSON.readTree(json).get("contents").get(0);
        assertThat(taxonomy.get("name").asString()).isEqualTo("Tower Hamlets Together need categories");
        assertThat(taxonomy.has("taxonomy_terms")).isFalse();
    }

    @Test
    void emptyPagesValidate() {
        var first = OpenReferralPaging.of(null, null);

        assertThat(OpenReferralSchema.TAXONOMIES_PAGE.errors(OpenReferralTaxonomiesJson.taxonomiesPage(
                first.page(List.of())))).isEmpty();
        assertThat(OpenReferralSchema.TAXONOMY_TERMS_PAGE.errors(OpenReferralTaxonomiesJson.termsPage(
                first.page(List.of())))).isEmpty();
    }

    @Test
    void aTaxonomyWithoutTermsOrVersionLeavesThemOut() {
        var plain = new DirectoryTaxonomy(UUID.fromString("1a2b3c4d-0000-4000-8000-000000000001"), "Needs",
                "Need categories", null);
        String json = OpenReferralTaxonomiesJson.taxonomy(plain, List.of());

        assertThat(OpenReferralSchema.TAXONOMY.errors(json)).isEmpty();
        assertThat(JSON.readTree(json).propertyNames()).containsExactly("id", "name", "description");
    }

    @Test
    void aTaxonomyRefusesATermOfAnother() {
        var other = new DirectoryTaxonomy(UUID.fromString("1a2b3c4d-0000-4000-8000-000000000002"), "Other",
                "Another partnership's needs", null);

        assertThatThrownBy(() -> OpenReferralTaxonomiesJson.taxonomy(other, TERMS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SOCIAL_ISOLATION");
    }

    @Test
    void theSchemasRefuseATermWithoutADescriptionAloneOrInItsTaxonomy() {
        var term = (ObjectNode) JSON.readTree(OpenReferralTaxonomiesJson.term(FOOD));
        term.remove("description");

        assertThat(OpenReferralSchema.TAXONOMY_TERM.errors(term.toString()))
                .containsExactly(": required property 'description' not found");

        var taxonomy = (ObjectNode) JSON.readTree(OpenReferralTaxonomiesJson.taxonomy(NEEDS, TERMS));
        ((ObjectNode) taxonomy.get("taxonomy_terms").get(1)).remove("description");
        assertThat(OpenReferralSchema.TAXONOMY.errors(taxonomy.toString()))
                .containsExactly("/taxonomy_terms/1: required property 'description' not found");
    }
}
