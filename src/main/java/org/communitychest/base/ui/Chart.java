package org.communitychest.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart drawn in the browser by Apache ECharts ({@code frontend/src/cc-chart.ts}), given an ECharts option
 * built on the server. The chart is a picture to screen readers, named by {@link #setAccessibleName}: the page
 * shows the same figures as a table. Changing the frontend means rebuilding the committed bundles (README,
 * "Changing the frontend").
 */
@Tag("cc-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./src/cc-chart.ts")
public class Chart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, JsonNode> maps = new LinkedHashMap<>();

    public Chart() {
        getElement().setAttribute("role", "img"); // not user text
        setWidthFull();
        setHeight("20rem");
    }

    /** A new empty object to build an option in. */
    public static ObjectNode newOption() {
        return JSON.createObjectNode();
    }

    /**
     * A new option for a chart with axes: a tooltip for everything at the pointer's place on the axis, the legend
     * on top, and a plot area that leaves room for the labels ({@code right} and {@code top} pixels besides).
     */
    public static ObjectNode newAxisOption(int right, int top) {
        var option = newOption();
        option.putObject("tooltip").put("trigger", "axis"); // not user text
        option.putObject("legend").put("top", 0); // not user text
        option.putObject("grid").put("left", 8).put("right", right).put("top", top).put("bottom", 8) // not user text
                .put("containLabel", true); // not user text
        return option;
    }

    /** Replaces the chart's option (its data, axes and series) with {@code option}. */
    public void setOption(JsonNode option) {
        getElement().setProperty("option", JSON.writeValueAsString(option)); // not user text
    }

    /** The option the chart was last given, as JSON. */
    public String getOption() {
        return getElement().getProperty("option", ""); // not user text
    }

    /**
     * Lets a series of type {@code map} name {@code name} as its map: {@code geoJson} is a GeoJSON
     * FeatureCollection whose features' {@code properties.name} the series' data refer to.
     */
    public void registerMap(String name, String geoJson) {
        maps.put(name, JSON.readTree(geoJson));
        getElement().setProperty("maps", JSON.writeValueAsString(maps)); // not user text
    }

    /** What a screen reader announces for the chart: what it shows and where the figures are in words. */
    public void setAccessibleName(String name) {
        getElement().setAttribute("aria-label", name); // not user text
    }
}
