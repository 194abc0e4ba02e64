package org.communitychest.monitoring.openreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OpenReferralRootJsonTest {

    @Test
    void theRootSaysTheVersionProfileAndApiAndValidatesAgainstTheApi() {
        String json = OpenReferralRootJson.root(URI.create("https://chest.example.org/openreferral/openapi.json"));

        assertThat(OpenReferralSchema.ROOT.errors(json)).isEmpty();
        assertThat(json).isEqualTo("{\"version\":\"HSDS-UK-3.0\","
                + "\"profile\":\"https://github.com/OpenReferralUK/uk-profile\","
                + "\"openapi_url\":\"https://chest.example.org/openreferral/openapi.json\"}");
    }

    @Test
    void theApiAddressIsAFullOne() {
        assertThatThrownBy(() -> OpenReferralRootJson.root(URI.create("/openreferral/openapi.json")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenReferralRootJson.root(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theApiSchemaRefusesAProfileThatIsNotAnAddress() {
        assertThat(OpenReferralSchema.ROOT.errors("{\"version\":\"HSDS-UK-3.0\",\"profile\":\"UK profile\"}"))
                .singleElement().asString().startsWith("/profile: ");
    }
}
