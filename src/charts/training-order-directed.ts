/**
 * Rural order-directed free medical students (农村订单定向医学生): the centrally funded annual enrolment plan, one bar
 * per year with a published plan. Every year between the first and last published plan has a slot, so years
 * without a published plan show as labelled gaps rather than disappearing.
 */
import * as Plot from '@observablehq/plot';
import { formatList, formatNumber } from '../lib/format.ts';
import { MUTED, OKABE_ITO } from '../lib/palette.ts';
import type { ChartDefinition, Row } from './types.ts';
import { bool, num, str, tr } from './chart-rows.ts';
import { missingYears } from './series-with-targets.ts';

export type OrderDirectedState = Record<string, string | number>;

export const trainingOrderDirected: ChartDefinition<OrderDirectedState> = {
  id: 'training-order-directed',
  page: 'training',
  title: { zh: '农村订单定向免费医学生：年度招生计划', en: 'Rural order-directed free medical students: annual enrolment plan' },
  subtitle: (_s, lang) =>
    tr(lang, '中央财政支持的五年制本科招生计划（人），中西部；“未公布”= 该年计划未见公布',
      'Centrally funded five-year bachelor places planned (persons), central and western regions; "n/p" = plan not published'),
  defaults: {},
  controls: [],
  query: () => ({ name: 'training_order_directed', params: {} }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const years = rows.map((r) => num(r, 'year'));
    const all = years.length ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i) : [];
    const gaps = missingYears(years);
    return {
      width: ctx.width,
      height: 300,
      marginLeft: 48,
      x: { domain: all, label: null, tickFormat: (d: number) => String(d), padding: 0.25 },
      y: { label: tr(lang, '计划招生（人）', 'Planned places (persons)'), grid: true, zero: true },
      marks: [
        Plot.barY(rows, {
          x: 'year', y: 'value', fill: (r: Row) => (bool(r, 'is_secondary') ? 'white' : OKABE_ITO.bluishGreen),
          stroke: OKABE_ITO.bluishGreen,
          title: (r: Row) => `${r.year}: ${formatNumber(num(r, 'value'), lang)}\n${tr(lang, '来源', 'Source')}: ${str(r, 'source_id')}`,
        }),
        Plot.text(rows, { x: 'year', y: 'value', text: (r: Row) => formatNumber(num(r, 'value'), lang), dy: -8, fontSize: 11 }),
        Plot.text(gaps, { x: (d: number) => d, y: 0, text: () => tr(lang, '未公布', 'n/p'), dy: -10, fontSize: 10, fill: MUTED }),
        Plot.ruleY([0]),
      ],
    };
  },

  table: () => [
    { key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' },
    { key: 'value', label: { zh: '计划招生（人）', en: 'Planned places (persons)' }, format: 'number' },
    { key: 'geo', label: { zh: '地区', en: 'Region' }, format: 'text' },
    { key: 'source_id', label: { zh: '来源', en: 'Source' }, format: 'text' },
  ],

  describe: (rows, _s, lang) => {
    if (rows.length === 0) return tr(lang, '没有公布的数据。', 'No published figures.');
    const sorted = [...rows].sort((a, b) => num(a, 'year') - num(b, 'year'));
    const last = sorted[sorted.length - 1]!;
    const gaps = missingYears(sorted.map((r) => num(r, 'year')));
    const list = sorted.map((r) => tr(lang, `${r.year}年${formatNumber(num(r, 'value'), lang)}人`, `${formatNumber(num(r, 'value'), lang)} in ${r.year}`));
    return tr(lang,
      `中央财政支持的农村订单定向免费本科医学生年度招生计划：${formatList(list, lang)}；最新为${last.year}年${formatNumber(num(last, 'value'), lang)}人。`
      + (gaps.length ? `${formatList(gaps.map(String), lang)}年的计划未见公布。` : ''),
      `Centrally funded annual enrolment plan for rural order-directed medical students: ${formatList(list, lang)}; latest ${formatNumber(num(last, 'value'), lang)} in ${last.year}.`
      + (gaps.length ? ` No plan is published for ${formatList(gaps.map(String), lang)}.` : ''));
  },
};
