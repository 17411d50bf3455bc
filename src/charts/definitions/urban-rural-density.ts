/**
 * Density per 1,000 people in cities, in the countryside and nationally, over time, with the urban/rural ratio
 * where both are published for the same year. Only what the data holds is drawn; the yearbook's yearly
 * urban/rural table fills this chart in automatically once it is imported (area 'urban'/'rural', measure 'density').
 */
import * as Plot from '@observablehq/plot';
import { bi, punct, t } from '../../i18n/index.ts';
import { formatList, formatNumber, formatYear } from '../../lib/format.ts';
import { AREA_COLOURS } from '../../lib/palette.ts';
import { column, COL } from '../columns.ts';
import { defineChart, type Row } from '../definition.ts';
import { breakMarks, breakPositions } from '../marks/breaks.ts';
import { seriesMarks } from '../marks/series.ts';
import { bool, label, num, str, yearsOf } from '../rows.ts';

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
      x: { label: null, tickFormat: formatYear },
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
      return last ? [`${label(last, 'area', lang)} ${formatYear(num(last, 'year'))}: ${formatNumber(num(last, 'value'), lang)}`] : [];
    });
    return t('urban-rural-density.describe', lang, { parts: parts.join(punct(lang).semicolon) });
  },

  notes: (rows, _s, lang) => {
    const urban = yearsOf(rows.filter((r) => str(r, 'area') === 'urban'));
    const rural = yearsOf(rows.filter((r) => str(r, 'area') === 'rural'));
    if (urban.length >= SERIES_MIN_YEARS && rural.length >= SERIES_MIN_YEARS) return [];
    const list = (ys: number[]) => (ys.length ? formatList(ys.map(String), lang) : t('urban-rural-density.none', lang));
    const secondary = rows.some((r) => str(r, 'area') !== 'total' && bool(r, 'is_secondary'));
    return [t('urban-rural-density.missing', lang, {
      urban: list(urban), rural: list(rural), secondary: secondary ? t('urban-rural-density.partlyJournal', lang) : '',
    })];
  },
});

export default urbanRuralDensity;
