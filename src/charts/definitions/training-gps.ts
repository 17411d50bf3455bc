/**
 * General practitioners, count or per 10,000 population, against the national targets for 2020 and 2030 that
 * carry the same unit. The GP definition changed (certificate holders were counted until about 2019, only
 * registered GPs later), so a change of definition between published years is drawn as a series break.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../contract/schema.ts';
import { bi, punct, t } from '../../i18n/index.ts';
import { formatCompact, formatNumber, formatYear } from '../../lib/format.ts';
import { OKABE_ITO } from '../../lib/palette.ts';
import { column, COL } from '../columns.ts';
import { defineChart, type Row } from '../definition.ts';
import { valueText } from '../value-text.ts';
import { noFigures, sentences } from '../describe.ts';
import { breakMarks, breakPositions } from '../marks/breaks.ts';
import { seriesMarks } from '../marks/series.ts';
import { isTarget, targetMarks, targetNotes, targetText } from '../marks/targets.ts';
import { num, yearDomain, yearTicks } from '../rows.ts';

export interface GpState extends Record<string, string | number> { measure: 'density' | 'headcount' }

const SERIES_COLOUR = OKABE_ITO.blue;
const TARGET_COLOUR = OKABE_ITO.vermillion;

const fmt = (r: Row, lang: Lang) => valueText(r, lang);

const trainingGps = defineChart<GpState>({
  id: 'training-gps',
  page: 'training',
  order: 1,
  title: bi('training-gps.title'),
  subtitle: (s, lang) => t(s.measure === 'density' ? 'training-gps.subtitle.density' : 'training-gps.subtitle.headcount', lang),
  defaults: { measure: 'density' },
  controls: [{
    key: 'measure',
    label: bi('control.measure'),
    kind: 'radio',
    options: [
      { value: 'density', label: bi('training-gps.option.density') },
      { value: 'headcount', label: bi('training-gps.option.headcount') },
    ],
  }],
  query: (s) => ({ name: 'training_gp_series', params: { measure: s.measure } }),

  plot: (rows, s, ctx) => {
    const { lang } = ctx;
    const observed = rows.filter((r) => !isTarget(r));
    const series = () => t('training-gps.series', lang);
    return {
      width: ctx.width,
      height: 340,
      marginLeft: s.measure === 'density' ? 40 : 56,
      marginRight: 16,
      x: { label: null, domain: yearDomain(rows), tickFormat: formatYear, ticks: yearTicks(yearDomain(rows), ctx.width < 560 ? 4 : 6) },
      y: {
        label: t(s.measure === 'density' ? 'training-gps.unit.density' : 'training-gps.unit.headcount', lang), grid: true, zero: true,
        tickFormat: s.measure === 'density' ? (d: number) => formatNumber(d, lang) : (d: number) => formatCompact(d, lang),
      },
      color: { domain: [series()], range: [SERIES_COLOUR] },
      marks: [
        Plot.ruleY([0]),
        ...breakMarks(breakPositions(observed), lang),
        ...seriesMarks(observed, series, lang),
        ...targetMarks(rows.filter(isTarget), () => TARGET_COLOUR, lang),
      ],
    };
  },

  // The change of GP definition is documented by the bulletins but not coded per figure, so it is stated here.
  notes: (rows, _s, lang) => [...targetNotes(rows, lang), t('training-gps.note.definition', lang)],

  table: () => [COL.kind, COL.year, COL.value, column('value_high', 'col.targetHigh', 'number'), COL.published, COL.policy, COL.source],

  describe: (rows, s, lang) => {
    const observed = rows.filter((r) => !isTarget(r)).sort((a, b) => num(a, 'year') - num(b, 'year'));
    const targets = rows.filter(isTarget).sort((a, b) => num(a, 'year') - num(b, 'year'));
    const what = t(s.measure === 'density' ? 'training-gps.what.density' : 'training-gps.what.headcount', lang);
    if (observed.length === 0) return `${what}: ${noFigures(lang)}`;
    const first = observed[0]!, last = observed[observed.length - 1]!;
    const targetParts = targets.map((r) => {
      const reached = observed.find((o) => num(o, 'year') === num(r, 'year'));
      return reached ? t('training-gps.targetActual', lang, { target: targetText(r, lang), actual: fmt(reached, lang) }) : targetText(r, lang);
    });
    return sentences([
      t('training-gps.describe', lang, {
        what, first: first.year as number, last: last.year as number, from: fmt(first, lang), to: fmt(last, lang),
        unit: t(s.measure === 'density' ? 'training-gps.unit.density' : 'training-gps.unit.headcount', lang),
      }),
      targetParts.length ? t('training-gps.targets', lang, { targets: targetParts.join(punct(lang).semicolon) }) : '',
    ], lang);
  },
});

export default trainingGps;
