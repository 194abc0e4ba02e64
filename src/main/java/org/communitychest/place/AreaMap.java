package org.communitychest.place;

import java.time.Instant;

/**
 * A partnership's map, ready to draw: {@code geoJson} is a GeoJSON FeatureCollection whose every feature has
 * {@code properties.code} (the area's code) and {@code properties.name} (its name) and a Polygon or MultiPolygon.
 * For {@link Kind#BOUNDARIES} the coordinates are longitude and latitude (WGS 84); for {@link Kind#HEXES} they are
 * hexagon corners in a plain x/y plane, y growing upward (north), one hexagon about 1 wide. {@code uploadedAt} and
 * {@code uploadedBy} are null for the layout made automatically from the areas, which nobody uploaded.
 */
public record AreaMap(Kind kind, String geoJson, Instant uploadedAt, String uploadedBy) {

    public enum Kind { BOUNDARIES, HEXES }

    /** Made from the partnership's areas, in name order, because nobody uploaded shapes. */
    public boolean automatic() {
        return uploadedAt == null;
    }
}
