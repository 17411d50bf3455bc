/**
 * Tile-grid map of the 31 provinces for one indicator and year. Every province has a tile; a province without a
 * figure is an empty tile labelled "no data" or "–" (never zero). Secondary sources get a dashed outline. Labels
 * are sized for the drawing width so that they fit their tiles from 280 px up.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../contract/schema.ts';
import { bi, paren, t } from '../../i18n/index.ts';
import { formatCompact, formatNumber } from '../../lib/format.ts';
import { SEQUENTIAL_SCHEME } from '../../lib/palette.ts';
import { defineChart } from '../definition.ts';
import { textWidth } from '../marks/labels.ts';
import { GRID_SIZE, PROVINCE_GRID } from '../province-grid.ts';
import { bool, label, num, str, unitOf } from '../rows.ts';
import { PROVINCE_CHART, provinceName, type ProvinceState } from '../provinces.ts';

interface Tile { code: string; name: string; short: string; col: number; row: number; value: number | null; secondary: boolean; title: string }

const PADDING = 0.06;
const MARGIN = 4;
/** Horizontal room a label keeps free inside its tile. */
const LABEL_INSET = 3;

/** Width of one tile in px (Plot band scale: `GRID` bands, inner and outer padding `PADDING`). */
const tileWidth = (width: number) => ((width - 2 * MARGIN) / (GRID_SIZE - PADDING + 2 * PADDING)) * (1 - PADDING);

/**
 * Largest font size in [min, max] at which every text fits `room` px, or null. One size for all tiles, so no tile
 * looks more important than its neighbour.
 */
function fitFont(texts: string[], room: number, min: number, max: number): number | null {
  for (let size = max; size >= min; size--) if (texts.every((t) => textWidth(t, size) <= room)) return size;
  return null;
}

/**
 * Tile labels for the width: full names (smaller type on narrow charts; in Chinese the one-character abbreviation
 * only where a full name still does not fit, in English two-letter codes), and values in full, compact, or left out
 * when even compact figures do not fit (tooltips and the data table keep every value). Empty tiles say "no data",
 * or "–" where that does not fit (the notes under the chart name the provinces without a figure).
 */
function tileLabels(tiles: Tile[], lang: Lang, width: number) {
  const room = tileWidth(width) - 2 * LABEL_INSET;
  const fullSize = fitFont(tiles.map((t) => t.name), room, 10, lang === 'zh' ? 12 : 11);
  // English: full names on wide charts, else two-letter codes for every tile (a mix would read as two kinds of tile).
  const nameSize = fullSize ?? (lang === 'zh' ? 10 : 11);
  const name = (t: Tile) =>
    fullSize !== null || (lang === 'zh' && textWidth(t.name, nameSize) <= room) ? t.name : t.short;
  const valued = tiles.filter((t) => t.value !== null);
  const formats = [
    (v: number) => formatNumber(v, lang, v >= 1000 ? 0 : 2),
    // Only headcounts are shortened (117K / 11.7万); densities keep their published decimals.
    (v: number) => (v >= 1000 ? formatCompact(v, lang) : formatNumber(v, lang, 2)),
  ];
  for (const format of formats) {
    const valueSize = fitFont(valued.map((t) => format(t.value!)), room, 9, 11);
    if (valueSize === null) continue;
    const noData = t('frame.noData', lang);
    const empty = textWidth(noData, valueSize) <= room ? noData : '–';
    return { name, nameSize, valueSize, value: (v: number | null) => (v === null ? empty : format(v)) };
  }
  return { name, nameSize, valueSize: null, value: null };
}

const urbanRuralProvinceMap = defineChart<ProvinceState>({
  id: 'urban-rural-province-map',
  order: 2,
  title: bi('urban-rural-province-map.title'),
  ...PROVINCE_CHART,

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const byCode = new Map(rows.map((r) => [str(r, 'geo_code'), r]));
    const tiles: Tile[] = PROVINCE_GRID.map((cell) => {
      const r = byCode.get(cell.code);
      const value = r && r.value != null ? num(r, 'value') : null;
      const name = r ? provinceName(r, lang) : cell.code;
      const secondary = r ? bool(r, 'is_secondary') : false;
      return {
        code: cell.code, name, short: r ? label(r, 'province_short', lang) : cell.code, col: cell.col, row: cell.row, value, secondary,
        title: `${name}: ${value === null ? t('frame.noData', lang) : formatNumber(value, lang) + (secondary ? paren(t('marks.secondary', lang), lang) : '')}`,
      };
    });
    const values = tiles.flatMap((t) => (t.value === null ? [] : [t.value]));
    const max = values.length ? Math.max(...values) : 1;
    const min = values.length ? Math.min(...values) : 0;
    const dark = (v: number | null) => v !== null && (v - min) / (max - min || 1) > 0.55;
    const withData = tiles.filter((t) => t.value !== null);
    const labels = tileLabels(tiles, lang, ctx.width);
    // Empty tiles follow the theme (currentColor); filled tiles are light or dark blue in both themes.
    const ink = (t: Tile) => (dark(t.value) ? 'white' : t.value === null ? 'currentColor' : 'black');
    return {
      height: 420,
      margin: MARGIN,
      padding: PADDING,
      x: { axis: null, domain: [...Array(GRID_SIZE).keys()] },
      y: { axis: null, domain: [...Array(GRID_SIZE).keys()] },
      // Quantized (5 classes): easier to read on tiles, and its legend is SVG (a continuous ramp needs a canvas).
      color: {
        type: 'quantize', n: 5, scheme: SEQUENTIAL_SCHEME, domain: [min, max], legend: values.length > 0, label: unitOf(rows, lang),
        // Compact headcount ticks (100K / 10万) so six of them fit the 240 px legend.
        tickFormat: (v: number) => (max >= 10000 ? formatCompact(v, lang) : formatNumber(v, lang, max >= 1000 ? 0 : 1)),
      },
      marks: [
        // One cell per tile: a filled tile needs no empty one under it (fewer elements for the browser to lay out).
        Plot.cell(tiles.filter((t) => t.value === null), { x: 'col', y: 'row', fill: 'var(--tile-empty, #eeeeee)', title: 'title', rx: 3 }),
        Plot.cell(withData, { x: 'col', y: 'row', fill: 'value', title: 'title', rx: 3 }),
        Plot.cell(withData.filter((t) => t.secondary), {
          x: 'col', y: 'row', fill: 'none', stroke: 'currentColor', strokeDasharray: '3,2', strokeWidth: 1.5, rx: 3, inset: 1,
        }),
        Plot.text(tiles, {
          x: 'col', y: 'row', dy: labels.value ? -8 : 0, text: labels.name, fontSize: labels.nameSize, fontWeight: 600, fill: ink,
        }),
        ...(labels.value && labels.valueSize ? [Plot.text(tiles, {
          x: 'col', y: 'row', dy: 8, fontSize: labels.valueSize,
          text: (t: Tile) => labels.value!(t.value),
          fill: ink,
          fillOpacity: (t: Tile) => (t.value === null ? 0.6 : 1),
        })] : []),
      ],
    };
  },
});

export default urbanRuralProvinceMap;
