package org.communitychest.monitoring.openreferral;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identifiers for the objects the profile nests in a service that the portal keeps no identifier of its own for (a
 * schedule, a service area, an address…): a name-based UUID of the owner's identifier, the kind of object and what
 * tells it from its siblings, so every request gives the same one.
 */
final class OpenReferralIds {

    private OpenReferralIds() {
    }

    static UUID derived(UUID owner, String kind, Object key) {
        return UUID.nameUUIDFromBytes((owner + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
