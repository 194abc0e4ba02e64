package org.communitychest.place;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Writes area shapes as the GeoJSON FeatureCollection the map draws: code and name, and the polygons. */
final class AreaShapesJson {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DECIMALS = 5;

    private AreaShapesJson() {
    }

    static String write(List<AreaShape> shapes) {
        var out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection"); // not user text: GeoJSON
            json.writeArrayPropertyStart("features"); // not user text: GeoJSON
            for (AreaShape shape : shapes) {
                writeFeature(json, shape);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toString();
    }

    private static void writeFeature(JsonGenerator json, AreaShape shape) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature"); // not user text: GeoJSON
        json.writeObjectPropertyStart("properties"); // not user text: GeoJSON
        json.writeStringProperty("code", shape.code()); // not user text: GeoJSON property
        json.writeStringProperty("name", shape.name()); // not user text: GeoJSON property
        json.writeEndObject();
        json.writeObjectPropertyStart("geometry"); // not user text: GeoJSON
        boolean multi = shape.polygons().size() > 1;
        json.writeStringProperty("type", multi ? "MultiPolygon" : "Polygon"); // not user text: GeoJSON
        json.writeArrayPropertyStart("coordinates"); // not user text: GeoJSON
        for (List<long[]> polygon : shape.polygons()) {
            if (multi) {
                json.writeStartArray();
            }
            for (long[] ring : polygon) {
                json.writeStartArray();
                for (int i = 0; i < ring.length; i += 2) {
                    json.writeStartArray();
                    json.writeNumber(plain(ring[i]));
                    json.writeNumber(plain(ring[i + 1]));
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            if (multi) {
                json.writeEndArray();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** {@code -0.07123}, never {@code 1E+1}: exactly the five decimals kept, without trailing zeros. */
    private static String plain(long scaled) {
        return BigDecimal.valueOf(scaled, DECIMALS).stripTrailingZeros().toPlainString();
    }
}
