/**
 * Rural order-directed free medical students (农村订单定向医学生): the centrally funded annual enrolment plan, one bar
 * per year with a published plan. Every year between the first and last published plan has a slot, so years
 * without a published plan show as labelled gaps rather than disappearing.
 */
import * as Plot from '@observablehq/plot';
import { bi, t } from '../../i18n/index.ts';
import { formatList, formatNumber, formatYear } from '../../lib/format.ts';
import { MUTED, OKABE_ITO } from '../../lib/palette.ts';
import { column, COL } from '../columns.ts';
import { defineChart, type Row } from '../definition.ts';
import { noFigures, sentences } from '../describe.ts';
import { pointTitle } from '../marks/series.ts';
import { BACKGROUND } from '../marks/style.ts';
import { valueText } from '../value-text.ts';
import { bool, missingYears, num } from '../rows.ts';

const trainingOrderDirected = defineChart({
  id: 'training-order-directed',
  page: 'training',
  order: 3,
  title: bi('training-order-directed.title'),
  subtitle: (_s, lang) => t('training-order-directed.subtitle', lang),
  defaults: {},
  controls: [],
  query: () => ({ name: 'training_order_directed', params: {} }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const years = rows.map((r) => num(r, 'year'));
    const all = years.length ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i) : [];
    const value = (r: Row) => valueText(r, lang);
    return {
      width: ctx.width,
      height: 300,
      marginLeft: 48,
      x: { domain: all, label: null, tickFormat: formatYear, padding: 0.25 },
      y: { label: t('training-order-directed.axis', lang), grid: true, zero: true },
      marks: [
        Plot.barY(rows, {
          x: 'year', y: 'value', fill: (r: Row) => (bool(r, 'is_secondary') ? BACKGROUND : OKABE_ITO.bluishGreen),
          stroke: OKABE_ITO.bluishGreen, title: (r: Row) => pointTitle(r, lang, t('training-order-directed.series', lang), value(r)),
        }),
        Plot.text(rows, { x: 'year', y: 'value', text: value, dy: -8, fontSize: 11 }),
        Plot.text(missingYears(years), { x: (d: number) => d, y: 0, text: () => t('training-order-directed.notPublished', lang), dy: -10, fontSize: 10, fill: MUTED }),
        Plot.ruleY([0]),
      ],
    };
  },

  table: () => [COL.year, column('value', 'training-order-directed.axis', 'number'), column('geo', 'col.region'), COL.source],

  describe: (rows, _s, lang) => {
    if (rows.length === 0) return noFigures(lang);
    const sorted = [...rows].sort((a, b) => num(a, 'year') - num(b, 'year'));
    const last = sorted[sorted.length - 1]!;
    const list = sorted.map((r) => t('training-order-directed.item', lang, { year: num(r, 'year'), value: valueText(r, lang) }));
    return sentences([
      t('training-order-directed.describe', lang, { list: formatList(list, lang), year: num(last, 'year'), value: valueText(last, lang) }),
    ], lang);
  },
});

export default trainingOrderDirected;
