package org.communitychest.place;

import java.time.Instant;

/**
 * TEMPORARY stand-in for branch area-maps (replaced when it is merged): a partnership's map, ready to draw.
 * {@code geoJson} is a FeatureCollection whose features have {@code properties.code} and {@code properties.name}.
 */
public record AreaMap(Kind kind, String geoJson, Instant uploadedAt, String uploadedBy) {

    public enum Kind { BOUNDARIES, HEXES }

    public boolean automatic() {
        return uploadedAt == null;
    }
}
