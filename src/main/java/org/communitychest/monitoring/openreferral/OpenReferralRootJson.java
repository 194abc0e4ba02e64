package org.communitychest.monitoring.openreferral;

import java.net.URI;
import java.util.Objects;

/** The answer to {@code GET /} of the API: which version and profile of the standard it follows, and its API. */
public final class OpenReferralRootJson {

    /** What a reader of the root looks for to know the feed follows Open Referral UK 3.0. */
    public static final String VERSION = "HSDS-UK-3.0";
    /** Where the UK profile is published: its schemas, API and documentation. */
    public static final URI PROFILE = URI.create("https://github.com/OpenReferralUK/uk-profile");

    private OpenReferralRootJson() {
    }

    /** @param openapiUrl where the API's {@code openapi.json} is: the profile's own, or a copy the portal serves */
    public static String root(URI openapiUrl) {
        var json = OpenReferralJson.object();
        json.put("version", VERSION);
        json.put("profile", PROFILE.toString());
        Objects.requireNonNull(openapiUrl, "openapiUrl");
        json.put("openapi_url", Require.absoluteOrNull(openapiUrl, "openapiUrl").toString());
        return OpenReferralJson.write(json);
    }
}
