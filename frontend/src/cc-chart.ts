/*
 * <cc-chart>: an Apache ECharts chart as a custom element, driven from Java (org.communitychest.base.ui.Chart).
 *
 * Properties, each a JSON string so the server sends them as they are:
 *   option  an ECharts option (https://echarts.apache.org/en/option.html); replaces the chart's whole option
 *   maps    {"name": GeoJSON FeatureCollection, ...}: maps a "map" series can name, registered before the option
 *
 * One addition to ECharts' option: tooltip.nullText, what the tooltip writes for a missing value (such as "<5"
 * for a count the source suppressed) instead of ECharts' "-". The option is JSON, so it cannot carry functions.
 *
 * It draws with the SVG renderer (text stays crisp at any zoom and can be found by tests), follows its own size
 * (ResizeObserver), switches animation off where the reader asked for less motion, and writes text in the page's
 * font. It needs no eval, so it runs under the portal's Content-Security-Policy.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer
]);

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

class CcChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private optionJson = '';
  private mapsJson = '';
  private registeredMapsJson = '';
  private drawScheduled = false;
  private readonly motionChanged = () => this.scheduleDraw();

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:block;position:relative;min-height:12rem}'
      + '#chart{position:absolute;inset:0}</style><div id="chart"></div>';
  }

  get option(): string {
    return this.optionJson;
  }

  set option(json: string) {
    this.optionJson = json ?? '';
    this.scheduleDraw();
  }

  get maps(): string {
    return this.mapsJson;
  }

  set maps(json: string) {
    this.mapsJson = json ?? '';
    this.scheduleDraw();
  }

  connectedCallback() {
    const container = this.shadowRoot!.getElementById('chart') as HTMLDivElement;
    this.chart = echarts.init(container, null, { renderer: 'svg' });
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    reducedMotion.addEventListener('change', this.motionChanged);
    this.scheduleDraw();
  }

  disconnectedCallback() {
    reducedMotion.removeEventListener('change', this.motionChanged);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.chart?.dispose();
    this.chart = undefined;
  }

  /** Property changes from the server come one by one in a round trip: draw once, after all of them. */
  private scheduleDraw() {
    if (this.drawScheduled) {
      return;
    }
    this.drawScheduled = true;
    queueMicrotask(() => {
      this.drawScheduled = false;
      this.draw();
    });
  }

  private draw() {
    if (!this.chart || !this.optionJson) {
      return;
    }
    this.registerMaps();
    const option = JSON.parse(this.optionJson);
    if (reducedMotion.matches) {
      option.animation = false;
    }
    const nullText = option.tooltip?.nullText;
    if (nullText !== undefined) {
      delete option.tooltip.nullText;
      option.tooltip.valueFormatter = (value: unknown) =>
        value === null || value === undefined || value === '-' || Number.isNaN(value) ? nullText : String(value);
    }
    option.textStyle = { fontFamily: getComputedStyle(this).fontFamily, ...(option.textStyle ?? {}) };
    this.chart.setOption(option, { notMerge: true });
  }

  private registerMaps() {
    if (!this.mapsJson || this.mapsJson === this.registeredMapsJson) {
      return;
    }
    const maps = JSON.parse(this.mapsJson) as Record<string, Parameters<typeof echarts.registerMap>[1]>;
    for (const [name, geoJson] of Object.entries(maps)) {
      echarts.registerMap(name, geoJson);
    }
    this.registeredMapsJson = this.mapsJson;
  }
}

if (!customElements.get('cc-chart')) {
  customElements.define('cc-chart', CcChart);
}
