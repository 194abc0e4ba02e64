package org.communitychest.monitoring.coverage;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The board summary's charts, drawn on the server by JFreeChart as PNG images in the portal's font (Noto Sans,
 * embedded, so they look the same on every server): unmet, funded and delivered per need, and coverage per
 * period. The colours are those of the page's charts (Okabe–Ito, safe for colour-blind readers); each series also
 * differs in shape or dash.
 */
final class CoverageCharts {

    static final Color UNMET = Color.decode(CoverageColours.UNMET);
    static final Color FUNDED = Color.decode(CoverageColours.FUNDED);
    static final Color DELIVERED = Color.decode(CoverageColours.DELIVERED);
    private static final Color GRID = new Color(0xd9d9d9);
    /** Pixels per point: the images are drawn at three times their printed size, so they stay sharp. */
    private static final int SCALE = 3;

    private static final Font REGULAR = font("fonts/noto/NotoSans-Regular.ttf"); // not user text: a resource
    private static final Font BOLD = font("fonts/noto/NotoSans-Bold.ttf"); // not user text: a resource

    /** A chart's series: its name, colour and a value per category ({@code null}: none, a break in a line). */
    record Series(String name, Color colour, List<? extends Number> values) {
    }

    private CoverageCharts() {
    }

    /** Grouped horizontal bars: a group per category (a need), a bar per series, each bar's figure beside it. */
    static byte[] bars(List<String> categories, List<Series> series, String valueAxis, int width, int height) {
        var data = dataset(categories, series);
        var chart = ChartFactory.createBarChart(null, null, valueAxis, data, PlotOrientation.HORIZONTAL, true, false,
                false);
        style(chart);
        var plot = chart.getCategoryPlot();
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                Number value = dataset.getValue(row, column);
                return value == null || value.doubleValue() == 0 ? null : super.generateLabel(dataset, row, column);
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(REGULAR.deriveFont(7f));
        colours(renderer, series);
        plot.getDomainAxis().setCategoryMargin(0.25);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        var range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setUpperMargin(0.12);
        return png(chart, width, height);
    }

    /** Lines of percentages over categories (periods), from 0 % to 100 %, a marker at each point. */
    static byte[] percentLines(List<String> categories, List<Series> series, int width, int height) {
        var data = dataset(categories, series);
        var chart = ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, true, false,
                false);
        style(chart);
        var plot = chart.getCategoryPlot();
        var renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        colours(renderer, series);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        if (series.size() > 1) {
            renderer.setSeriesStroke(1, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {6f, 4f}, 0f));
        }
        var range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 1.05);
        range.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.UK));
        if (categories.size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return png(chart, width, height);
    }

    private static DefaultCategoryDataset dataset(List<String> categories, List<Series> series) {
        var data = new DefaultCategoryDataset();
        for (var s : series) {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(s.values().get(i), s.name(), categories.get(i));
            }
        }
        return data;
    }

    private static void colours(org.jfree.chart.renderer.category.AbstractCategoryItemRenderer renderer,
            List<Series> series) {
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, series.get(i).colour());
        }
    }

    private static void style(JFreeChart chart) {
        var theme = new StandardChartTheme("cc"); // not user text: a theme's name
        theme.setExtraLargeFont(BOLD.deriveFont(12f));
        theme.setLargeFont(BOLD.deriveFont(10f));
        theme.setRegularFont(REGULAR.deriveFont(8.5f));
        theme.setSmallFont(REGULAR.deriveFont(7.5f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(Color.BLACK);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(Color.BLACK);
        theme.setItemLabelPaint(Color.BLACK);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        var image = chart.createBufferedImage(width * SCALE, height * SCALE, width, height, null);
        try {
            return ChartUtils.encodeAsPNG(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font font(String resource) {
        try (InputStream in = CoverageCharts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font not on the classpath: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load font " + resource, e);
        }
    }
}
