package org.communitychest.awards.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.communitychest.awards.giving.GivingExamples.BOW_EAST;
import static org.communitychest.awards.giving.GivingExamples.FUNDER;
import static org.communitychest.awards.giving.GivingExamples.FUNDER_ID;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.communitychest.base.Money;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON export validates against the 360Giving 1.4.3 package and grant schemas, read from the test resources:
 * the schemas' public addresses are mapped to the copies, so nothing is fetched.
 */
class GivingJsonSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void realisticGrantsValidate() {
        String json = write(GivingExamples.all());

        assertThat(errors(json)).isEmpty();
        JsonNode grants = JSON.readTree(json).get("grants");
        assertThat(grants).hasSize(3);
        assertThat(grants.get(0).get("recipientOrganization").get(0).get("id").asString()).isEqualTo("GB-CHC-1123456");
        assertThat(grants.get(1).get("recipientOrganization").get(0).get("id").asString()).isEqualTo("GB-COH-08765432");
        assertThat(grants.get(2).get("recipientOrganization").get(0).get("id").asString()).isEqualTo("360G-THT-ORG-3");
        assertThat(grants.get(2).get("id").asString()).isEqualTo("360G-THT-CC-2026_003");
    }

    @Test
    void thePackageHeaderComesFirstAndSaysTheVersion() {
        JsonNode json = JSON.readTree(write(GivingExamples.all()));

        assertThat(json.propertyNames()).containsExactly("version", "title", "description", "identifier", "issued",
                "modified", "publisher", "downloadURL", "grants");
        assertThat(json.get("version").asString()).isEqualTo("1.4");
        assertThat(json.get("modified").asString()).isEqualTo("2026-11-30T10:15:00Z");
        assertThat(json.get("publisher").get("name").asString()).isEqualTo(FUNDER);
        assertThat(json.get("publisher").get("identifier").asString()).isEqualTo(FUNDER_ID);
    }

    @Test
    void amountsArePlainNumbersInPoundsAndDatesAsTheStandardWritesThem() {
        String json = write(List.of(GivingExamples.charity()));

        assertThat(json).contains("\"amountAppliedFor\":1500,", "\"amountAwarded\":1234.5,",
                "\"amountDisbursed\":600,", "\"awardDate\":\"2026-03-12\"",
                "\"plannedDates\":[{\"startDate\":\"2026-04-01\",\"endDate\":\"2027-03-31\",\"duration\":12}]",
                "\"fromOpenCall\":\"Yes\"", "\"dateModified\":\"2026-11-30T10:15:00Z\"", "\"currency\":\"GBP\"")
                .doesNotContain("E+", "£", "null");
        JsonNode grant = JSON.readTree(json).get("grants").get(0);
        assertThat(grant.get("amountAwarded").isNumber()).isTrue();
        assertThat(grant.get("beneficiaryLocation")).hasSize(3);
        assertThat(grant.get("beneficiaryLocation").get(0).toString())
                .isEqualTo("{\"name\":\"Bow East\",\"geoCode\":\"E05009319\",\"geoCodeType\":\"WD\"}");
        assertThat(grant.get("classifications").get(1).toString()).isEqualTo(
                "{\"vocabulary\":\"THT-need\",\"code\":\"HEALTHY_EATING_FOOD\",\"title\":\"Healthy eating and food\"}");
    }

    @Test
    void aGrantWithNothingPaidYetLeavesTheAmountOutAndOneWithNoPaymentsSaysNought() {
        JsonNode grants = JSON.readTree(write(GivingExamples.all())).get("grants");

        assertThat(grants.get(1).has("amountDisbursed")).isFalse();
        assertThat(grants.get(2).get("amountDisbursed").asString()).isEqualTo("0");
    }

    @Test
    void aGrantWithOnlyTheRequiredValuesValidatesWithNothingLeftAsNull() {
        var bare = new GivingGrant("360G-THT-CC-9", "Seed grant", "A small grant", null, Money.ofPence(5_001), null,
                LocalDate.of(2026, 5, 1), null, null, 0, "360G-THT-ORG-9", "Island Gardens Residents", null, null,
                null, null, FUNDER_ID, FUNDER, null, null, false, null, null, null, null);
        var header = new GivingPackage(FUNDER, null, null, null, null, null, null, null);
        var out = new ByteArrayOutputStream();
        new GivingJsonWriter().write(header, Stream.of(bare), out);
        String json = out.toString(StandardCharsets.UTF_8);

        assertThat(errors(json)).isEmpty();
        assertThat(json).isEqualTo("{\"version\":\"1.4\",\"publisher\":{\"name\":\"Tower Hamlets Together\"},"
                + "\"grants\":[{\"id\":\"360G-THT-CC-9\",\"title\":\"Seed grant\",\"description\":\"A small grant\","
                + "\"currency\":\"GBP\",\"amountAwarded\":50.01,\"awardDate\":\"2026-05-01\","
                + "\"recipientOrganization\":[{\"id\":\"360G-THT-ORG-9\",\"name\":\"Island Gardens Residents\"}],"
                + "\"fundingOrganization\":[{\"id\":\"GB-LAE-TWH\",\"name\":\"Tower Hamlets Together\"}],"
                + "\"fromOpenCall\":\"No\"}]}");
    }

    @Test
    void theValidatorRefusesAWrongCurrency() {
        assertThat(errorsAfter(grant -> grant.put("currency", "POUNDS")))
                .anySatisfy(error -> assertThat(error).startsWith("/grants/0/currency: "));
    }

    @Test
    void theValidatorRefusesAGrantWithoutATitle() {
        assertThat(errorsAfter(grant -> grant.remove("title"))).anySatisfy(error -> assertThat(error)
                .isEqualTo("/grants/0: required property 'title' not found"));
    }

    @Test
    void theValidatorRefusesTheOpenCallAsABooleanAndAnAmountAsText() {
        assertThat(errorsAfter(grant -> grant.put("fromOpenCall", true)))
                .anySatisfy(error -> assertThat(error).startsWith("/grants/0/fromOpenCall: "));
        assertThat(errorsAfter(grant -> grant.put("amountAwarded", "£1,234.50")))
                .anySatisfy(error -> assertThat(error).startsWith("/grants/0/amountAwarded: "));
        assertThat(errorsAfter(grant -> grant.put("awardDate", "12/03/2026")))
                .anySatisfy(error -> assertThat(error).startsWith("/grants/0/awardDate: "));
    }

    @Test
    void thePackageSchemaRefusesAPackageWithoutGrantsOrWithAThreePartVersion() {
        var out = new ByteArrayOutputStream();
        new GivingJsonWriter().write(GivingExamples.header(), Stream.empty(), out);
        assertThat(errors(out.toString(StandardCharsets.UTF_8))).singleElement(as(STRING)).startsWith("/grants: ");

        ObjectNode json = (ObjectNode) JSON.readTree(write(GivingExamples.all()));
        json.put("version", "1.4.3");
        assertThat(errors(JSON.writeValueAsString(json))).singleElement(as(STRING)).startsWith("/version: ");
    }

    /** The schema takes any string as an identifier, even an empty one, and XXX (no currency): the record checks. */
    @Test
    void aGrantNeedsAnIdentifierThoughTheSchemaWouldTakeAnEmptyOne() {
        assertThat(errorsAfter(grant -> grant.put("id", ""))).isEmpty();
        assertThat(errorsAfter(grant -> grant.put("currency", "XXX"))).isEmpty();
        assertThatThrownBy(() -> GivingExamples.grant(" ", "T", "D", null, Money.ofPounds(1), null, "Org", null,
                null, null, List.of(), List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingAboutAPersonIsWritten() {
        JsonNode json = JSON.readTree(write(GivingExamples.all()));
        Set<String> names = new HashSet<>();
        List<String> nameValues = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        collect(json, names, nameValues, texts);

        assertThat(names).doesNotContain("recipientIndividual", "contactName", "email", "telephone",
                "streetAddress", "addressLocality", "toIndividualsDetails");
        assertThat(nameValues).containsOnly(FUNDER, "Bow Community Kitchen", "Poplar Sports CIC",
                "Mile End Knitters", "Bow East", "Bow West", "Mile End", "Poplar");
        assertThat(texts).noneMatch(text -> text.contains("@"));
    }

    /** Nothing in a grant can hold a person's details: a new component is a decision, and this test says so. */
    @Test
    void aGrantHasNoPlaceForAPerson() {
        assertThat(Stream.of(GivingGrant.class.getRecordComponents()).map(c -> c.getName())).containsExactly(
                "identifier", "title", "description", "amountAppliedFor", "amountAwarded", "amountDisbursed",
                "awardDate", "plannedStart", "plannedEnd", "durationMonths", "recipientId", "recipientName",
                "charityNumber", "companyNumber", "postalCode", "beneficiaryLocations", "funderId", "funderName",
                "programmeCode", "programmeTitle", "fromOpenCall", "classifications", "locationScope",
                "dateModified", "dataSource");
    }

    @Test
    void theCodesWrittenAreInTheStandardsCodeLists() {
        JsonNode grants = JSON.readTree(write(GivingExamples.all())).get("grants");
        Set<String> geoCodeTypes = codes("geoCodeType.csv");
        Set<String> locationScopes = codes("locationScope.csv");

        for (JsonNode grant : grants) {
            assertThat(locationScopes).contains(grant.get("locationScope").asString());
            for (JsonNode location : grant.get("beneficiaryLocation")) {
                assertThat(geoCodeTypes).contains(location.get("geoCodeType").asString());
            }
        }
    }

    @Test
    void theOutputIsLeftOpenForTheCaller() {
        var out = new CloseRecordingOutput();
        new GivingJsonWriter().write(GivingExamples.header(), Stream.of(GivingExamples.charity()), out);

        assertThat(out.closed()).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("]}");
    }

    @Test
    void aLocationNeedsAName() {
        assertThatThrownBy(() -> new GivingGrant.Location(" ", BOW_EAST.geoCode(), "WD"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String write(List<GivingGrant> grants) {
        var out = new ByteArrayOutputStream();
        new GivingJsonWriter().write(GivingExamples.header(), grants.stream(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The errors, each with where it is in the package ({@code /grants/0/currency}) and what is wrong. */
    private static List<String> errors(String json) {
        return GivingSchema.errors(json);
    }

    private static List<String> errorsAfter(Consumer<ObjectNode> change) {
        JsonNode json = JSON.readTree(write(GivingExamples.all()));
        change.accept((ObjectNode) json.get("grants").get(0));
        return errors(JSON.writeValueAsString(json));
    }

    private static void collect(JsonNode node, Set<String> names, List<String> nameValues, List<String> texts) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                names.add(property.getKey());
                if (property.getKey().equals("name")) {
                    nameValues.add(property.getValue().asString());
                }
                collect(property.getValue(), names, nameValues, texts);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, names, nameValues, texts));
        } else if (node.isString()) {
            texts.add(node.asString());
        }
    }

    private static Set<String> codes(String codeList) {
        try (InputStream in = GivingJsonSchemaTest.class.getResourceAsStream("/360giving/" + codeList)) {
            var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> codes = new HashSet<>();
            records.forEach(record -> codes.add(record.get("Code")));
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
