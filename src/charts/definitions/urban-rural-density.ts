/**
 * Density per 1,000 people in cities, in the countryside and nationally, over time, with the urban/rural ratio
 * where both are published exactly for the same year. Only what the data holds is drawn: today scattered urban and
 * rural figures from reports and journals, against the national series. One note says which yearbook table would
 * complete it and how to add it; the chart fills in by itself once that table is in data/raw (area 'urban'/'rural').
 */
import * as Plot from '@observablehq/plot';
import { bi, punct, t } from '../../i18n/index.ts';
import { formatNumber, formatYear } from '../../lib/format.ts';
import { AREA_COLOURS } from '../../lib/palette.ts';
import { column, COL } from '../columns.ts';
import { defineChart, type Row } from '../definition.ts';
import { compactYears } from '../describe.ts';
import { breakMarks, breakPositions } from '../marks/breaks.ts';
import { seriesMarks } from '../marks/series.ts';
import { label, num, str, yearDomain, yearsOf, yearTicks } from '../rows.ts';
import { valueText } from '../value-text.ts';

export interface DensityState extends Record<string, string | number> { cadre: string }

const AREAS = ['urban', 'rural', 'total'] as const;

/** Fewer than this many years in cities or countryside = the yearbook series is not in the data yet. */
const SERIES_MIN_YEARS = 5;

const urbanRuralDensity = defineChart<DensityState>({
  id: 'urban-rural-density',
  page: 'urban-rural',
  order: 1,
  title: bi('urban-rural-density.title'),
  subtitle: (_s, lang) => t('urban-rural-density.subtitle', lang),
  defaults: { cadre: 'nurses' },
  controls: [{ key: 'cadre', label: bi('control.staffGroup'), kind: 'select', optionsQuery: 'ur_density_cadre_options' }],
  query: (s) => ({ name: 'ur_density_by_area', params: { cadre: s.cadre } }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const present = AREAS.filter((a) => rows.some((r) => str(r, 'area') === a));
    const area = (r: Row) => label(r, 'area', lang);
    const names = present.map((a) => area(rows.find((r) => str(r, 'area') === a)!));
    const ratios = rows.filter((r) => r.ratio !== null && r.ratio !== undefined);
    return {
      height: 320,
      marginRight: 16,
      x: { label: null, domain: yearDomain(rows), tickFormat: formatYear, ticks: yearTicks(yearDomain(rows), ctx.width < 560 ? 5 : 8) },
      y: { label: t('urban-rural-density.axis', lang), grid: true, zero: true, nice: true },
      color: { domain: names, range: present.map((a) => AREA_COLOURS[a]), legend: true },
      marks: [
        Plot.ruleY([0]),
        ...breakMarks(breakPositions(rows), lang),
        ...seriesMarks(rows, area, lang),
        Plot.text(ratios, {
          x: 'year', y: 'value', dy: -12, fontSize: 11, fontWeight: 600,
          text: (r: Row) => t('urban-rural-density.ratio', lang, { ratio: formatNumber(num(r, 'ratio'), lang) }),
        }),
      ],
    };
  },

  table: () => [COL.year, column('area', 'col.area'), COL.perThousand, column('ratio', 'urban-rural-density.col.ratio', 'number'), COL.secondary],

  describe: (rows, _s, lang) => {
    if (rows.length === 0) return t('describe.noData', lang);
    const parts = AREAS.flatMap((a) => {
      const rs = rows.filter((r) => str(r, 'area') === a);
      const last = rs[rs.length - 1];
      return last ? [`${label(last, 'area', lang)} ${formatYear(num(last, 'year'))}: ${valueText(last, lang)}`] : [];
    });
    return t('urban-rural-density.describe', lang, { parts: parts.join(punct(lang).semicolon) });
  },

  coverage: (rows, _s, lang) => {
    const list = (area: string) => {
      const ys = yearsOf(rows.filter((r) => str(r, 'area') === area));
      return ys.length ? compactYears(ys, lang) : t('urban-rural-density.none', lang);
    };
    return t('urban-rural-density.coverage', lang, { urban: list('urban'), rural: list('rural'), total: list('total') });
  },

  // Until the yearbook's yearly urban/rural table is in the data, say once which table completes the chart and how.
  notes: (rows, _s, lang) => {
    const years = (area: string) => yearsOf(rows.filter((r) => str(r, 'area') === area)).length;
    return years('urban') >= SERIES_MIN_YEARS && years('rural') >= SERIES_MIN_YEARS ? [] : [t('urban-rural-density.complete', lang)];
  },
});

export default urbanRuralDensity;
