/**
 * The village workforce over time: village doctors and health aides (乡村医生和卫生员), village clinics, doctors per
 * 1,000 agricultural population, and the other village series in the data (options come from the data).
 */
import * as Plot from '@observablehq/plot';
import { bi, t } from '../../i18n/index.ts';
import { formatCompact, formatYear } from '../../lib/format.ts';
import { OKABE_ITO } from '../../lib/palette.ts';
import { COL } from '../columns.ts';
import { defineChart } from '../definition.ts';
import { breakMarks, breakPositions } from '../marks/breaks.ts';
import { seriesMarks } from '../marks/series.ts';
import { num, str, unitOf, yearDomain, yearTicks } from '../rows.ts';
import { valueText } from '../value-text.ts';

export interface VillageState extends Record<string, string | number> { series: string }

const isAgricultural = (s: VillageState) => s.series.endsWith('.agricultural');

const urbanRuralVillage = defineChart<VillageState>({
  id: 'urban-rural-village',
  page: 'urban-rural',
  order: 4,
  title: bi('urban-rural-village.title'),
  subtitle: (s, lang) => t(isAgricultural(s) ? 'urban-rural-village.subtitle.agricultural' : 'urban-rural-village.subtitle.total', lang),
  defaults: { series: 'village_doctors_aides.density.per_1000.agricultural' },
  controls: [{ key: 'series', label: bi('control.indicator'), kind: 'select', optionsQuery: 'ur_village_series_options' }],
  query: (s) => ({ name: 'ur_village_series', params: { series: s.series } }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const large = rows.some((r) => num(r, 'value') >= 10000);
    const unit = unitOf(rows, lang);
    return {
      height: 300,
      x: { label: null, domain: yearDomain(rows), tickFormat: formatYear, ticks: yearTicks(yearDomain(rows), ctx.width < 560 ? 5 : 8) },
      y: { label: unit, grid: true, zero: true, nice: true, tickFormat: large ? (v: number) => formatCompact(v, lang) : undefined },
      color: { domain: [unit], range: [OKABE_ITO.bluishGreen] },
      marks: [
        Plot.ruleY([0]),
        ...breakMarks(breakPositions(rows), lang),
        ...seriesMarks(rows, () => unit, lang),
      ],
    };
  },

  table: () => [COL.year, COL.value, COL.unit, COL.secondary],

  describe: (rows, _s, lang) => {
    if (rows.length === 0) return t('describe.noData', lang);
    const first = rows[0]!, last = rows[rows.length - 1]!;
    return t('urban-rural-village.describe', lang, {
      firstYear: formatYear(num(first, 'year')), first: valueText(first, lang),
      lastYear: formatYear(num(last, 'year')), last: valueText(last, lang), unit: unitOf(rows, lang),
    });
  },

  notes: (rows, s, lang) =>
    isAgricultural(s) && rows.length > 0 && Math.max(...rows.map((r) => num(r, 'year'))) <= 2009
      ? [t('urban-rural-village.note.agricultural', lang)]
      : rows.length > 0 && str(rows[0]!, 'unit') === 'persons' ? [t('urban-rural-village.note.gaps', lang)] : [],
});

export default urbanRuralVillage;
