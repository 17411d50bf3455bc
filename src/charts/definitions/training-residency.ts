/**
 * Standardised residency training (住院医师规范化培训): only cumulative totals are published (enrolled since 2013/14
 * and certified), so they are drawn as cumulative points with the 2020 target; no yearly intake is implied.
 */
import * as Plot from '@observablehq/plot';
import { bi, t } from '../../i18n/index.ts';
import { formatCompact, formatList, formatYear } from '../../lib/format.ts';
import { CATEGORICAL, OKABE_ITO } from '../../lib/palette.ts';
import { column, COL } from '../columns.ts';
import { defineChart, type Row } from '../definition.ts';
import { noFigures, sentences } from '../describe.ts';
import { type Frame, labelBox, labelPriority, placeLabels, placedTextMarks, px, textWidth } from '../marks/labels.ts';
import { seriesMarks } from '../marks/series.ts';
import { isTarget, TARGET_LABEL, targetLabelsShown, targetLabelY, targetMarks, targetNotes, targetText } from '../marks/targets.ts';
import { bool, label, num, str, yearDomain, yearTicks } from '../rows.ts';
import { valueText } from '../value-text.ts';

const LABEL_SIZE = 10;

/** A later report repeating a cumulative total already announced is the same announcement: not drawn again. */
const drawn = (rows: Row[]): Row[] => rows.filter((r) => !bool(r, 'is_repeat'));

const trainingResidency = defineChart({
  id: 'training-residency',
  page: 'training',
  order: 2,
  title: bi('training-residency.title'),
  subtitle: (_s, lang) => t('training-residency.subtitle', lang),
  defaults: {},
  controls: [],
  query: () => ({ name: 'training_residency', params: {} }),

  plot: (all, _s, ctx) => {
    const { lang } = ctx;
    const rows = drawn(all);
    const series = (r: Row) => label(r, 'measure', lang);
    const observed = rows.filter((r) => !isTarget(r));
    const targets = rows.filter(isTarget);
    const measures = [...new Set(observed.map(series))];
    const frame: Frame = {
      width: ctx.width, height: 340, marginTop: 24, marginRight: 16, marginBottom: 30, marginLeft: 56,
      x: yearDomain(rows), y: [0, Math.max(0, ...rows.map((r) => num(r, 'value')))],
    };
    // Value labels keep clear of the target labels and of each other; at 300 px some move beside or below their
    // dot, and any that cannot fit are left to the tooltip and the table.
    const { x, y } = px(frame);
    const targetBoxes = targetLabelsShown(ctx.width)
      ? targets.map((r) => labelBox(x(num(r, 'year')), y(targetLabelY(r)), targetText(r, lang), TARGET_LABEL.fontSize, TARGET_LABEL))
      : [];
    const yLabel = t('training-residency.axis', lang);
    const axisTitle = { left: 0, right: frame.marginLeft + textWidth(`↑ ${yLabel}`, 10), top: 0, bottom: frame.marginTop };
    const placed = placeLabels(
      labelPriority(observed, series, (r) => num(r, 'year')).map((r) => ({ row: r, x: num(r, 'year'), y: num(r, 'value'), text: valueText(r, lang) })),
      frame, LABEL_SIZE, [...targetBoxes, axisTitle]);
    return {
      ...frame,
      x: { label: null, domain: frame.x, tickFormat: formatYear, ticks: yearTicks(frame.x, ctx.width < 560 ? 4 : 6) },
      y: { label: yLabel, grid: true, domain: frame.y, tickFormat: (d: number) => formatCompact(d, lang) },
      color: { domain: measures, range: CATEGORICAL.slice(0, Math.max(measures.length, 1)), legend: true },
      marks: [
        Plot.ruleY([0]),
        ...seriesMarks(observed, series, lang, series, false),
        ...placedTextMarks(placed, { text: (r: Row) => valueText(r, lang), fill: series, fontSize: LABEL_SIZE }),
        ...targetMarks(targets, () => OKABE_ITO.vermillion, lang, ctx.width),
      ],
    };
  },

  notes: (rows, _s, lang) => {
    const repeats = rows.filter((r) => bool(r, 'is_repeat'));
    return [
      ...targetNotes(rows, lang),
      ...(repeats.length ? [t('training-residency.repeat', lang, {
        years: formatList([...new Set(repeats.map((r) => String(num(r, 'year'))))], lang), value: valueText(repeats[0]!, lang),
      })] : []),
    ];
  },

  table: () => [COL.measure, COL.year, column('value', 'col.persons', 'number'), COL.published, column('is_repeat', 'col.repeat'), COL.source],

  describe: (all, _s, lang) => {
    const rows = drawn(all);
    const enrolled = rows.filter((r) => str(r, 'measure') === 'cumulative_enrolled').sort((a, b) => num(a, 'year') - num(b, 'year'));
    if (enrolled.length === 0) return noFigures(lang);
    const first = enrolled[0]!, last = enrolled[enrolled.length - 1]!;
    const certified = rows.find((r) => str(r, 'measure') === 'cumulative_certified');
    const target = rows.find(isTarget);
    return sentences([
      t(certified ? 'training-residency.describe.certified' : 'training-residency.describe', lang, {
        firstYear: num(first, 'year'), first: valueText(first, lang), lastYear: num(last, 'year'), last: valueText(last, lang),
        ...(certified ? { certified: valueText(certified, lang), certifiedYear: num(certified, 'year') } : {}),
      }),
      target ? t('training-residency.target', lang, { target: targetText(target, lang) }) : '',
    ], lang);
  },
});

export default trainingResidency;
