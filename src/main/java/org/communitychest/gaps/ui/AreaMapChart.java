package org.communitychest.gaps.ui;

import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.communitychest.base.ui.Chart;
import org.communitychest.place.AreaMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A map of the partnership's areas (uploaded boundaries or a hex layout, {@link AreaMap}) drawn by {@link Chart},
 * each area shaded and labelled as its caller says: the gap map shades areas by unmet people, the coverage page by
 * the share of them funded. The legend's swatches use the same colours.
 */
public final class AreaMapChart {

    /** The name a chart registers the map under ({@link Chart#registerMap}) and its series refers to. */
    public static final String MAP_NAME = "areas"; // not user text: the name the map series uses
    /** For areas without figures: a grey that is not a step of any scale. */
    public static final String NONE = GapShades.NONE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An area drawn on the map, as its GeoJSON feature names it. */
    public record MapArea(String code, String name) {
    }

    /** How to draw an area: its value (none without figures), fill, the colour of its label, label and tooltip. */
    public record Shade(String code, Integer value, String colour, String textColour, String label, String tooltip) {
    }

    private AreaMapChart() {
    }

    /** The areas of a map's GeoJSON, by name. */
    public static List<MapArea> areas(String geoJson) {
        var areas = new ArrayList<MapArea>();
        for (var feature : JSON.readTree(geoJson).path("features")) { // not user text
            var properties = feature.path("properties"); // not user text
            areas.add(new MapArea(properties.path("code").asString(), properties.path("name").asString())); // not user text
        }
        areas.sort(Comparator.comparing(MapArea::name));
        return areas;
    }

    /** The ECharts option of a map of {@code kind} with each area drawn as its shade says. */
    public static ObjectNode option(AreaMap.Kind kind, List<Shade> shades) {
        var option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "item"); // not user text
        var series = option.putArray("series").addObject().put("type", "map").put("map", MAP_NAME) // not user text
                .put("nameProperty", "code").put("roam", false).put("selectedMode", false) // not user text
                .put("aspectScale", kind == AreaMap.Kind.HEXES ? 1 : 0.65); // not user text: 0.65 ≈ cos 51°N
        series.putObject("itemStyle").put("areaColor", NONE).put("borderColor", "#ffffff") // not user text
                .put("borderWidth", 1.5); // not user text
        series.putObject("label").put("show", true).put("fontSize", 12).put("lineHeight", 15) // not user text
                .put("width", 88).put("overflow", "break"); // not user text: long names wrap inside their area
        var emphasis = series.putObject("emphasis"); // not user text
        emphasis.putObject("itemStyle").put("borderColor", "#1a1a1a").put("borderWidth", 2.5); // not user text
        emphasis.putObject("label").put("show", true); // not user text
        var data = series.putArray("data"); // not user text
        for (var shade : shades) {
            var item = data.addObject().put("name", shade.code()); // not user text
            if (shade.value() != null) {
                item.put("value", shade.value()); // not user text
            }
            item.putObject("tooltip").put("formatter", shade.tooltip()); // not user text
            item.putObject("itemStyle").put("areaColor", shade.colour()); // not user text
            item.putObject("emphasis").putObject("itemStyle").put("areaColor", shade.colour()); // not user text
            item.putObject("label").put("formatter", escapeTemplate(shade.label())) // not user text
                    .put("color", shade.textColour()); // not user text
        }
        return option;
    }

    /** A step of a legend: a swatch of the colour and what it stands for. */
    public static Span swatch(String colour, String text) {
        var swatch = new Span();
        swatch.addClassName("cc-gap-swatch"); // not user text
        swatch.getStyle().set("background", colour); // not user text
        var step = new Span(swatch, new Span(text));
        step.addClassName("cc-gap-legend-step"); // not user text
        return step;
    }

    /** ECharts reads {a}, {b} and {c} in a label as its own placeholders; an area's name may hold braces. */
    private static String escapeTemplate(String text) {
        return text.replace("{", "(").replace("}", ")"); // not user text
    }
}
