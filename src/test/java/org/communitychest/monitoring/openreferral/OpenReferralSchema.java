package org.communitychest.monitoring.openreferral;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.util.List;
import java.util.Map;

/**
 * The Open Referral UK 3.0 schemas and API, read from the test resources: the schemas' public addresses, as
 * {@code openapi.json} gives them, are mapped to the copies, so validating fetches nothing. A page is validated
 * against its path's response schema in {@code openapi.json}: the {@code Page} envelope, with its {@code contents}
 * items as that path's schema says.
 */
enum OpenReferralSchema {

    ROOT(answerOf("~1")),
    SERVICES_PAGE(answerOf("~1services")),
    SERVICE(published("compiled/service.json")),
    SERVICE_LIST_ITEM(published("compiled/service_list.json")),
    ORGANIZATION(copy("organization.json")),
    TAXONOMIES_PAGE(answerOf("~1taxonomies")),
    TAXONOMY(published("taxonomy.json")),
    TAXONOMY_TERMS_PAGE(answerOf("~1taxonomy_terms")),
    TAXONOMY_TERM(published("taxonomy_term.json"));

    private static final String PROFILE_ADDRESS =
            "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";
    private static final String LOCAL_COPIES = "classpath:openreferral-uk/";
    /**
     * Draft 2020-12, as the API's {@code jsonSchemaDialect} says, knowing the profile's own keywords: they describe
     * its CSV tables and documentation, and validate nothing.
     */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .keyword(new NonValidationKeyword("name")).keyword(new NonValidationKeyword("path"))
            .keyword(new NonValidationKeyword("core")).keyword(new NonValidationKeyword("example"))
            .keyword(new NonValidationKeyword("constraints")).keyword(new NonValidationKeyword("tabular_required"))
            .keyword(new NonValidationKeyword("datapackage_type"))
            .keyword(new NonValidationKeyword("datapackage_metadata")).build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(DIALECT, registry -> registry
            // 2020-12 makes format an annotation; the profile's identifiers are uuids, its addresses uris
            .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
            .schemaIdResolvers(ids -> ids.mappings(Map.of(
                    PROFILE_ADDRESS + "compiled/service.json", LOCAL_COPIES + "service.json",
                    PROFILE_ADDRESS + "compiled/service_list.json", LOCAL_COPIES + "service_list.json",
                    PROFILE_ADDRESS + "taxonomy.json", LOCAL_COPIES + "taxonomy.json",
                    PROFILE_ADDRESS + "taxonomy_term.json", LOCAL_COPIES + "taxonomy_term.json"))));

    private final String location;
    private Schema schema;

    OpenReferralSchema(String location) {
        this.location = location;
    }

    /** Each validation error of the JSON, with where it is; none when it is valid. */
    List<String> errors(String json) {
        return schema().validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private synchronized Schema schema() {
        if (schema == null) {
            schema = REGISTRY.getSchema(SchemaLocation.of(location));
        }
        return schema;
    }

    /** A schema at the address {@code openapi.json} gives it, which the registry maps to its copy. */
    private static String published(String path) {
        return PROFILE_ADDRESS + path;
    }

    /** A schema no address of {@code openapi.json} names. */
    private static String copy(String file) {
        return LOCAL_COPIES + file;
    }

    /** The schema of a path's answer to GET, in the API's {@code openapi.json}; its path with / as ~1. */
    private static String answerOf(String path) {
        return copy("openapi.json") + "#/paths/" + path
                + "/get/responses/200/content/application~1json/schema";
    }
}
