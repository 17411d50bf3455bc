/** Provinces ranked for one indicator and year (same state and query as the tile map). */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../lib/format.ts';
import { OKABE_ITO } from '../lib/palette.ts';
import type { ChartDefinition, Row } from './types.ts';
import { bool, num } from './chart-rows.ts';
import {
  PROVINCE_CONTROLS, PROVINCE_DEFAULTS, provinceDescribe, provinceName, provinceNotes, provinceQuery,
  provinceSubtitle, provinceTable, type ProvinceState,
} from './urban-rural-provinces.ts';
import { tooltip, unitOf } from './urban-rural-common.ts';

export const urbanRuralProvinceRank: ChartDefinition<ProvinceState> = {
  id: 'urban-rural-province-rank',
  page: 'urban-rural',
  title: { zh: '各省对比：排序', en: 'Provinces compared: ranked' },
  subtitle: provinceSubtitle,
  defaults: PROVINCE_DEFAULTS,
  controls: PROVINCE_CONTROLS,
  query: provinceQuery,

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const data = rows.map((r) => ({ ...r, name: provinceName(r, lang) }));
    const order = data.map((r) => r.name);
    const label = (r: Row) => formatNumber(num(r, 'value'), lang, num(r, 'value') >= 1000 ? 0 : 2);
    return {
      height: Math.max(120, 22 * data.length + 50),
      marginLeft: lang === 'zh' ? 56 : 104,
      marginRight: 56,
      x: { label: unitOf(rows, lang), grid: true, tickFormat: (v: number) => formatNumber(v, lang, 0) },
      y: { label: null, domain: order },
      marks: [
        Plot.barX(data.filter((r) => !bool(r, 'is_secondary')), { x: 'value', y: 'name', fill: OKABE_ITO.blue, title: (r: Row) => tooltip(r, lang, provinceName(r, lang)) }),
        Plot.barX(data.filter((r) => bool(r, 'is_secondary')), {
          x: 'value', y: 'name', fill: 'none', stroke: OKABE_ITO.blue, strokeWidth: 1.5, inset: 1,
          title: (r: Row) => tooltip(r, lang, provinceName(r, lang)),
        }),
        Plot.text(data, { x: 'value', y: 'name', text: label, textAnchor: 'start', dx: 4, fontSize: 11 }),
        Plot.ruleX([0]),
      ],
    };
  },

  table: provinceTable,
  describe: provinceDescribe,
  notes: provinceNotes,
};
