package org.communitychest.place;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.communitychest.base.Message;

/**
 * A map file turned into the one form we keep and serve: a FeatureCollection of the partnership's areas.
 * {@code codeProperty} is the feature property that held the area codes (boundaries only).
 */
record NormalisedMap(AreaMap.Kind kind, String geoJson, int featureCount, String codeProperty,
        List<Message> warnings) {

    long bytes() {
        return geoJson.getBytes(StandardCharsets.UTF_8).length;
    }
}
