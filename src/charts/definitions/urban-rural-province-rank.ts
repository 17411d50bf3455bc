/** Provinces ranked for one indicator and year (same state and query as the tile map). */
import * as Plot from '@observablehq/plot';
import { bi } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { OKABE_ITO } from '../../lib/palette.ts';
import { defineChart, type Row } from '../definition.ts';
import { pointTitle } from '../marks/series.ts';
import { bool, num, unitOf } from '../rows.ts';
import { PROVINCE_CHART, provinceName, withValue, type ProvinceState } from '../provinces.ts';

const urbanRuralProvinceRank = defineChart<ProvinceState>({
  id: 'urban-rural-province-rank',
  order: 3,
  title: bi('urban-rural-province-rank.title'),
  ...PROVINCE_CHART,

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const data = withValue(rows).map((r) => ({ ...r, name: provinceName(r, lang) }));
    const value = (r: Row) => formatNumber(num(r, 'value'), lang, num(r, 'value') >= 1000 ? 0 : 2);
    const title = (r: Row) => pointTitle(r, lang, provinceName(r, lang), value(r));
    return {
      height: Math.max(120, 22 * data.length + 50),
      marginLeft: lang === 'zh' ? 56 : 104,
      marginRight: 56,
      x: { label: unitOf(data, lang), grid: true, nice: true, ticks: ctx.width < 560 ? 4 : 6, tickFormat: (v: number) => formatNumber(v, lang) },
      y: { label: null, domain: data.map((r) => r.name) },
      marks: [
        Plot.barX(data.filter((r) => !bool(r, 'is_secondary')), { x: 'value', y: 'name', fill: OKABE_ITO.blue, title }),
        Plot.barX(data.filter((r) => bool(r, 'is_secondary')), { x: 'value', y: 'name', fill: 'none', stroke: OKABE_ITO.blue, strokeWidth: 1.5, inset: 1, title }),
        Plot.text(data, { x: 'value', y: 'name', text: value, textAnchor: 'start', dx: 4, fontSize: 11 }),
        Plot.ruleX([0]),
      ],
    };
  },
});

export default urbanRuralProvinceRank;
