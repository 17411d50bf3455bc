/**
 * Standardised residency training (住院医师规范化培训): only cumulative totals are published (enrolled since 2013/14
 * and certified), so they are drawn as cumulative points with the 2020 target; no yearly intake is implied.
 */
import * as Plot from '@observablehq/plot';
import { formatCompact, formatList } from '../lib/format.ts';
import { CATEGORICAL, OKABE_ITO } from '../lib/palette.ts';
import type { ChartDefinition, Row } from './types.ts';
import { label, num, str, tr } from './chart-rows.ts';
import { isTarget, missingYears, targetNotes, observedMarks, targetMarks, targetText, valueText, targetLabelsShown, targetLabelY, TARGET_LABEL } from './series-with-targets.ts';
import { type Frame, labelBox, labelPriority, placeLabels, placedTextMarks, px, textWidth } from './label-layout.ts';

const LABEL_SIZE = 10;

export type ResidencyState = Record<string, string | number>;

export const trainingResidency: ChartDefinition<ResidencyState> = {
  id: 'training-residency',
  page: 'training',
  title: { zh: '住院医师规范化培训（累计）', en: 'Standardised residency training (cumulative)' },
  subtitle: (_s, lang) =>
    tr(lang, '累计人数（人）；年度招收人数未见公布；菱形 = 2020年目标；空心点 = 二手来源',
      'Cumulative number of people; yearly intake is not published; diamond = 2020 target; hollow dots = secondary source'),
  defaults: {},
  controls: [],
  query: () => ({ name: 'training_residency', params: {} }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const series = (r: Row) => label(r, 'measure', lang);
    const observed = rows.filter((r) => !isTarget(r));
    const targets = rows.filter(isTarget);
    const measures = [...new Set(observed.map(series))];
    const years = rows.map((r) => num(r, 'year'));
    const frame: Frame = {
      width: ctx.width, height: 340, marginTop: 24, marginRight: 16, marginBottom: 30, marginLeft: 56,
      x: years.length ? [Math.min(...years) - 0.5, Math.max(...years) + 0.5] : [0, 1],
      y: [0, Math.max(0, ...rows.map((r) => num(r, 'value')))],
    };
    // Value labels keep clear of the target labels and of each other; at 300 px some move beside or below their
    // dot, and any that cannot fit are left to the tooltip and the table.
    const { x, y } = px(frame);
    const targetBoxes = targetLabelsShown(ctx.width)
      ? targets.map((t) => labelBox(x(num(t, 'year')), y(targetLabelY(t)), targetText(t, lang), TARGET_LABEL.fontSize, TARGET_LABEL))
      : [];
    const axisTitle = { left: 0, right: frame.marginLeft + textWidth(tr(lang, '↑ 累计人数', '↑ Cumulative persons'), 10), top: 0, bottom: frame.marginTop };
    const placed = placeLabels(
      labelPriority(observed, series, (r) => num(r, 'year')).map((r) => ({ row: r, x: num(r, 'year'), y: num(r, 'value'), text: valueText(r, lang) })),
      frame, LABEL_SIZE, [...targetBoxes, axisTitle]);
    return {
      ...frame,
      x: { label: null, domain: frame.x, tickFormat: (d: number) => String(d), ticks: ctx.width < 560 ? 4 : 6 },
      y: { label: tr(lang, '累计人数', 'Cumulative persons'), grid: true, domain: frame.y, tickFormat: (d: number) => formatCompact(d, lang) },
      color: { domain: measures, range: CATEGORICAL.slice(0, Math.max(measures.length, 1)), legend: true },
      marks: [
        Plot.ruleY([0]),
        ...observedMarks(observed, series, lang),
        ...placedTextMarks(placed, { text: (r: Row) => valueText(r, lang), fill: series, fontSize: LABEL_SIZE }),
        ...targetMarks(targets, () => OKABE_ITO.vermillion, lang, ctx.width),
      ],
    };
  },

  notes: (rows, _s, lang) => targetNotes(rows, lang),

  table: () => [
    { key: 'measure', label: { zh: '指标', en: 'Measure' }, format: 'text' },
    { key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' },
    { key: 'value', label: { zh: '人数', en: 'Persons' }, format: 'number' },
    { key: 'value_published', label: { zh: '公布值', en: 'As published' }, format: 'text' },
    { key: 'source_id', label: { zh: '来源', en: 'Source' }, format: 'text' },
  ],

  describe: (rows, _s, lang) => {
    const enrolled = rows.filter((r) => str(r, 'measure') === 'cumulative_enrolled').sort((a, b) => num(a, 'year') - num(b, 'year'));
    if (enrolled.length === 0) return tr(lang, '没有公布的数据。', 'No published figures.');
    const first = enrolled[0]!, last = enrolled[enrolled.length - 1]!;
    const certified = rows.find((r) => str(r, 'measure') === 'cumulative_certified');
    const target = rows.find(isTarget);
    const gaps = missingYears(enrolled.map((r) => num(r, 'year')));
    return tr(lang,
      `累计招收住院医师从${first.year}年的${valueText(first, lang)}人增至${last.year}年的${valueText(last, lang)}人`
      + (certified ? `，其中累计获得合格证书${valueText(certified, lang)}人（${certified.year}年）` : '') + '。'
      + (target ? `${targetText(target, lang)}（累计培训）。` : '')
      + (gaps.length ? `${formatList(gaps.map(String), lang)}年没有公布累计数。` : ''),
      `Cumulative residents enrolled rose from ${valueText(first, lang)} in ${first.year} to ${valueText(last, lang)} in ${last.year}`
      + (certified ? `, of whom ${valueText(certified, lang)} were certified by ${certified.year}` : '') + '. '
      + (target ? `${targetText(target, lang)} (cumulative trained). ` : '')
      + (gaps.length ? `No cumulative total is published for ${formatList(gaps.map(String), lang)}.` : ''),
    ).trim();
  },
};
