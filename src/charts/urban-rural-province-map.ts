/**
 * Tile-grid map of the 31 provinces for one indicator and year. Every province has a tile; a province without a
 * figure is an empty tile labelled "no data" (never zero). Secondary sources get a dashed outline.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../lib/format.ts';
import { SEQUENTIAL_SCHEME } from '../lib/palette.ts';
import { PROVINCE_TILES } from '../lib/province-tiles.ts';
import type { ChartDefinition, Row } from './types.ts';
import { bool, num, str, tr } from './chart-rows.ts';
import {
  PROVINCE_CONTROLS, PROVINCE_DEFAULTS, provinceDescribe, provinceNotes, provinceQuery, provinceSubtitle,
  provinceTable, type ProvinceState,
} from './urban-rural-provinces.ts';
import { unitOf } from './urban-rural-common.ts';

interface Tile { code: string; name: string; col: number; row: number; value: number | null; secondary: boolean; title: string }

export const urbanRuralProvinceMap: ChartDefinition<ProvinceState> = {
  id: 'urban-rural-province-map',
  page: 'urban-rural',
  title: { zh: '各省对比：分省方格图', en: 'Provinces compared: tile map' },
  subtitle: provinceSubtitle,
  defaults: PROVINCE_DEFAULTS,
  controls: PROVINCE_CONTROLS,
  query: provinceQuery,

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const byCode = new Map(rows.map((r) => [str(r, 'geo_code'), r]));
    const tiles: Tile[] = PROVINCE_TILES.map((t) => {
      const r = byCode.get(t.code);
      const value = r ? num(r, 'value') : null;
      const name = lang === 'zh' ? t.zh : t.abbr;
      const full = t[lang];
      return {
        code: t.code, name, col: t.col, row: t.row, value, secondary: r ? bool(r, 'is_secondary') : false,
        title: value === null ? `${full}: ${tr(lang, '无数据', 'no data')}` : `${full}: ${formatNumber(value, lang)}${r && bool(r, 'is_secondary') ? tr(lang, '（二手来源）', ' (secondary source)') : ''}`,
      };
    });
    const values = tiles.flatMap((t) => (t.value === null ? [] : [t.value]));
    const max = values.length ? Math.max(...values) : 1;
    const min = values.length ? Math.min(...values) : 0;
    const dark = (v: number | null) => v !== null && (v - min) / (max - min || 1) > 0.55;
    const withData = tiles.filter((t) => t.value !== null);
    return {
      height: 420,
      padding: 0.06,
      x: { axis: null, domain: [0, 1, 2, 3, 4, 5, 6, 7] },
      y: { axis: null, domain: [0, 1, 2, 3, 4, 5, 6, 7] },
      // Quantized (5 classes): easier to read on tiles, and its legend is SVG (a continuous ramp needs a canvas).
      color: { type: 'quantize', n: 5, scheme: SEQUENTIAL_SCHEME, domain: [min, max], legend: values.length > 0, label: unitOf(rows, lang), tickFormat: (v: number) => formatNumber(v, lang, max >= 1000 ? 0 : 1) },
      marks: [
        Plot.cell(tiles, { x: 'col', y: 'row', fill: 'var(--tile-empty, #eeeeee)', title: 'title', rx: 3 }),
        Plot.cell(withData, { x: 'col', y: 'row', fill: 'value', title: 'title', rx: 3 }),
        Plot.cell(withData.filter((t) => t.secondary), {
          x: 'col', y: 'row', fill: 'none', stroke: 'currentColor', strokeDasharray: '3,2', strokeWidth: 1.5, rx: 3, inset: 1,
        }),
        Plot.text(tiles, {
          x: 'col', y: 'row', dy: -8, text: 'name', fontSize: lang === 'zh' ? 12 : 11, fontWeight: 600,
          // Empty tiles follow the theme (currentColor); filled tiles are light or dark blue in both themes.
          fill: (t: Tile) => (dark(t.value) ? 'white' : t.value === null ? 'currentColor' : 'black'),
        }),
        Plot.text(tiles, {
          x: 'col', y: 'row', dy: 8, fontSize: 11,
          text: (t: Tile) => (t.value === null ? tr(lang, '无数据', 'no data') : formatNumber(t.value, lang, t.value >= 1000 ? 0 : 2)),
          fill: (t: Tile) => (dark(t.value) ? 'white' : t.value === null ? 'currentColor' : 'black'),
          fillOpacity: (t: Tile) => (t.value === null ? 0.6 : 1),
        }),
      ],
    };
  },

  table: provinceTable,
  describe: provinceDescribe,
  notes: provinceNotes,
};

