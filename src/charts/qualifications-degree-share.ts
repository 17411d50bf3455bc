/**
 * The share with a degree over time, one series per staff group and published threshold. Thresholds differ by
 * source (本科及以上 = bachelor or higher; 大专以上 = associate degree or higher), so they are separate series with
 * their exact labels and never merged. Lines join consecutive years only; published qualifiers (近, 超过) are
 * printed next to the point, and secondary sources are hollow.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../lib/schema.ts';
import { formatNumber, formatPercent, formatYear } from '../lib/format.ts';
import { CATEGORICAL } from '../lib/palette.ts';
import type { ChartDefinition, Row } from './types.ts';
import { bool, label, num, paren, str, tr, withRuns } from './chart-rows.ts';
import { type Frame, labelPriority, placeLabels, placedTextMarks, textWidth } from './label-layout.ts';

export type DegreeShareState = Record<string, string | number>;

/** "卫生技术人员 · 本科及以上": the staff group and the exact published threshold. */
export const seriesLabel = (r: Row, lang: Lang): string => `${label(r, 'cadre', lang)} · ${label(r, 'category', lang)}`;

/** The value with its published qualifier: as printed on the Chinese page ("近70"); "≈70" / ">70" in English. */
export function printedShare(r: Row, lang: Lang): string {
  if (lang === 'zh') return str(r, 'value_published');
  const flags = str(r, 'flags');
  const v = formatNumber(num(r, 'value'), lang, 2);
  return flags.includes('lower_bound') ? `>${v}` : flags.includes('approximate') ? `≈${v}` : str(r, 'value_published');
}

export const qualificationsDegreeShare: ChartDefinition<DegreeShareState> = {
  id: 'qualifications-degree-share',
  page: 'qualifications',
  title: { zh: '具有大学学历的比例', en: 'Share with a degree' },
  subtitle: (_s, lang) =>
    tr(lang, '占该类人员的百分比（%）；“本科及以上”与“大专及以上”口径不同，分列显示；空心 = 二手来源',
      'Percent of the staff group (%); "bachelor or higher" and "junior college or higher" differ and are shown apart; hollow = secondary source'),
  defaults: {},
  controls: [],
  query: () => ({ name: 'qualifications_degree_share', params: {} }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const s = (r: Row) => seriesLabel(r, lang);
    const series = [...new Set(rows.map(s))];
    const tip = (r: Row) =>
      `${s(r)}\n${formatYear(num(r, 'year'))}: ${printedShare(r, lang)}%${bool(r, 'is_secondary') ? paren(tr(lang, '二手来源', 'secondary source'), lang) : ''}`
      + `\n${tr(lang, '来源', 'Source')}: ${str(r, 'source_id')}`;
    const years = rows.map((r) => num(r, 'year'));
    const frame: Frame = {
      width: ctx.width, height: 360, marginTop: 24, marginRight: 24, marginBottom: 30, marginLeft: 40,
      x: rows.length ? [Math.min(...years) - 0.5, Math.max(...years) + 0.5] : [0, 1], y: [0, 100],
    };
    // At narrow widths neighbouring values (39.2 and 42.0 a year apart) would collide: labels move beside or below
    // their dot, or are left to the tooltip and the table; each series' latest value is placed first.
    const axisTitle = { left: 0, right: frame.marginLeft + textWidth(tr(lang, '↑ 百分比（%）', '↑ Percent (%)'), 10), top: 0, bottom: frame.marginTop };
    const placed = placeLabels(
      labelPriority(rows, s, (r) => num(r, 'year')).map((r) => ({ row: r, x: num(r, 'year'), y: num(r, 'value'), text: printedShare(r, lang) })),
      frame, 11, [axisTitle]);
    return {
      ...frame,
      x: { label: null, tickFormat: (d: number) => formatYear(d), domain: frame.x, ticks: ctx.width < 480 ? 4 : 6 },
      y: { domain: frame.y, label: tr(lang, '百分比（%）', 'Percent (%)'), grid: true },
      color: { domain: series, range: CATEGORICAL.slice(0, Math.max(series.length, 1)), legend: true },
      marks: [
        Plot.lineY(withRuns(rows, s), { x: 'year', y: 'value', z: 'run', stroke: s, strokeWidth: 2 }),
        // Filled for primary sources, hollow for secondary: two marks so each fill is a plain colour or a series.
        Plot.dot(rows.filter((r) => !bool(r, 'is_secondary')), { x: 'year', y: 'value', stroke: s, fill: s, r: 4, strokeWidth: 2, title: tip }),
        Plot.dot(rows.filter((r) => bool(r, 'is_secondary')), { x: 'year', y: 'value', stroke: s, fill: 'var(--plot-background, white)', r: 4, strokeWidth: 2, title: tip }),
        // The value as printed ("近70", "超过80"): a qualifier is part of the figure and is never dropped.
        ...placedTextMarks(placed, { text: (r: Row) => printedShare(r, lang), fill: s, fontSize: 11 }),
        Plot.ruleY([0]),
      ],
    };
  },

  table: () => [
    { key: 'cadre', label: { zh: '人员类别', en: 'Staff group' }, format: 'text' },
    { key: 'category', label: { zh: '学历口径', en: 'Threshold' }, format: 'text' },
    { key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' },
    { key: 'value_published', label: { zh: '公布值（%）', en: 'Published value (%)' }, format: 'text' },
    { key: 'value', label: { zh: '百分比（%）', en: 'Percent (%)' }, format: 'number' },
    { key: 'source_id', label: { zh: '来源', en: 'Source' }, format: 'text' },
  ],

  describe: (rows, _s, lang) => {
    if (rows.length === 0) return tr(lang, '没有公布的数据。', 'No published figures.');
    const bySeries = new Map<string, Row[]>();
    for (const r of rows) bySeries.set(seriesLabel(r, lang), [...(bySeries.get(seriesLabel(r, lang)) ?? []), r]);
    const parts: string[] = [];
    let rise: { s: string; a: Row; b: Row } | null = null;
    for (const [name, rs] of bySeries) {
      rs.sort((a, b) => num(a, 'year') - num(b, 'year'));
      const first = rs[0]!, last = rs[rs.length - 1]!;
      parts.push(tr(lang, `${name}：${num(last, 'year')}年${printedShare(last, lang)}%`, `${name}: ${printedShare(last, lang)}% in ${num(last, 'year')}`));
      if (rs.length > 1 && (!rise || num(last, 'value') - num(first, 'value') > num(rise.b, 'value') - num(rise.a, 'value'))) rise = { s: name, a: first, b: last };
    }
    const riseText = rise
      ? tr(lang, `上升最多的是${rise.s}，从${num(rise.a, 'year')}年的${formatPercent(num(rise.a, 'value'), lang)}到${num(rise.b, 'year')}年的${formatPercent(num(rise.b, 'value'), lang)}。`,
        `The largest rise is ${rise.s}, from ${formatPercent(num(rise.a, 'value'), lang)} in ${num(rise.a, 'year')} to ${formatPercent(num(rise.b, 'value'), lang)} in ${num(rise.b, 'year')}.`)
      : '';
    return tr(lang,
      `具有大学学历的比例，共${bySeries.size}个口径。最新公布值——${parts.join('；')}。${riseText}`,
      `Share with a degree, ${bySeries.size} published series. Latest values: ${parts.join('; ')}. ${riseText}`.trim());
  },
};
