package org.communitychest.awards.giving;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import java.util.List;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.util.Map;

/**
 * The official 360Giving 1.4.3 package and grant schemas, read from the test resources: their public addresses are
 * mapped to the copies, so validating fetches nothing.
 */
public final class GivingSchema {

    private static final String STANDARD = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
    private static final String PACKAGE_SCHEMA = STANDARD + "1.4.3/schema/360-giving-package-schema.json";
    /** The grant schema as the package schema's {@code items.$ref} names it, and as its own {@code $id} does. */
    private static final String GRANT_SCHEMA_AS_REFERRED = STANDARD + "1.4.2/schema/360-giving-schema.json";
    private static final String GRANT_SCHEMA_AS_ID = STANDARD + "1.4.3/schema/360-giving-schema.json";
    private static final String LOCAL_GRANT_SCHEMA = "classpath:360giving/360-giving-schema.json";
    /** Draft 2020-12, knowing the standard's own keywords, which say how its spreadsheets and code lists work. */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .keyword(new NonValidationKeyword("codelist")).keyword(new NonValidationKeyword("openCodelist"))
            .keyword(new NonValidationKeyword("rollUp")).build();
    private static final Schema PACKAGE = SchemaRegistry.withDialect(DIALECT, registry -> registry
            // 2020-12 makes format an annotation; the standard's dates pick date-time or a date pattern with oneOf
            .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
            .schemaIdResolvers(ids -> ids.mappings(Map.of(
                    PACKAGE_SCHEMA, "classpath:360giving/360-giving-package-schema.json",
                    GRANT_SCHEMA_AS_REFERRED, LOCAL_GRANT_SCHEMA,
                    GRANT_SCHEMA_AS_ID, LOCAL_GRANT_SCHEMA))))
            .getSchema(SchemaLocation.of(PACKAGE_SCHEMA));

    private GivingSchema() {
    }

    /** Each validation error of the JSON package, with where it is; none when it is valid. */
    public static List<String> errors(String json) {
        return PACKAGE.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
