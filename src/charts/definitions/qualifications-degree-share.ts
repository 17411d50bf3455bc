/**
 * The share with a degree over time, one series per staff group and published threshold. Thresholds differ by
 * source (本科及以上 = bachelor or higher; 大专以上 = associate degree or higher), so they are separate series with
 * their exact labels and never merged. Lines join consecutive years only; published qualifiers (近, 超过) are
 * printed next to the point, and secondary sources are hollow.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../contract/schema.ts';
import { bi, punct, t } from '../../i18n/index.ts';
import { formatYear } from '../../lib/format.ts';
import { CATEGORICAL } from '../../lib/palette.ts';
import { column, COL } from '../columns.ts';
import { defineChart, type Row } from '../definition.ts';
import { noFigures } from '../describe.ts';
import { type Frame, labelPriority, placeLabels, placedTextMarks, textWidth } from '../marks/labels.ts';
import { exactRows, pointMarks, pointTitle } from '../marks/series.ts';
import { LINE } from '../marks/style.ts';
import { label, num, withRuns, yearDomain, yearTicks } from '../rows.ts';
import { plainValueText } from '../value-text.ts';

/** "卫生技术人员 · 本科及以上": the staff group and the exact published threshold. */
export const seriesLabel = (r: Row, lang: Lang): string => `${label(r, 'cadre', lang)} · ${label(r, 'category', lang)}`;

const qualificationsDegreeShare = defineChart({
  id: 'qualifications-degree-share',
  page: 'qualifications',
  order: 2,
  title: bi('qualifications-degree-share.title'),
  subtitle: (_s, lang) => t('qualifications-degree-share.subtitle', lang),
  defaults: {},
  controls: [],
  query: () => ({ name: 'qualifications_degree_share', params: {} }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const s = (r: Row) => seriesLabel(r, lang);
    const series = [...new Set(rows.map(s))];
    const frame: Frame = {
      width: ctx.width, height: 360, marginTop: 24, marginRight: 24, marginBottom: 30, marginLeft: 40,
      x: yearDomain(rows), y: [0, 100],
    };
    // At narrow widths neighbouring values (39.2 and 42.0 a year apart) would collide: labels move beside or below
    // their dot, or are left to the tooltip and the table; each series' latest value is placed first.
    const yLabel = t('col.percent', lang);
    const axisTitle = { left: 0, right: frame.marginLeft + textWidth(`↑ ${yLabel}`, 10), top: 0, bottom: frame.marginTop };
    const placed = placeLabels(
      labelPriority(rows, s, (r) => num(r, 'year')).map((r) => ({ row: r, x: num(r, 'year'), y: num(r, 'value'), text: plainValueText(r, lang) })),
      frame, 11, [axisTitle]);
    return {
      ...frame,
      x: { label: null, tickFormat: formatYear, domain: frame.x, ticks: yearTicks(frame.x, ctx.width < 480 ? 4 : 6) },
      y: { domain: frame.y, label: yLabel, grid: true },
      color: { domain: series, range: CATEGORICAL.slice(0, Math.max(series.length, 1)), legend: true },
      marks: [
        Plot.lineY(withRuns(exactRows(rows), s), { x: 'year', y: 'value', z: 'run', stroke: s, ...LINE }),
        ...pointMarks(rows, { stroke: s, title: (r) => pointTitle(r, lang, s(r), `${plainValueText(r, lang)}%`), signs: false }),
        // The value as printed ("近70", "超过80"): a qualifier is part of the figure and is never dropped.
        ...placedTextMarks(placed, { text: (r: Row) => plainValueText(r, lang), fill: s, fontSize: 11 }),
        Plot.ruleY([0]),
      ],
    };
  },

  table: () => [COL.cadre, column('category', 'qualifications-degree-share.col.threshold'), COL.year,
    column('value_published', 'qualifications-degree-share.col.published'), COL.percent, COL.source],

  describe: (rows, _s, lang) => {
    if (rows.length === 0) return noFigures(lang);
    const bySeries = new Map<string, Row[]>();
    for (const r of rows) bySeries.set(seriesLabel(r, lang), [...(bySeries.get(seriesLabel(r, lang)) ?? []), r]);
    const parts: string[] = [];
    let rise: { s: string; a: Row; b: Row } | null = null;
    for (const [name, rs] of bySeries) {
      rs.sort((a, b) => num(a, 'year') - num(b, 'year'));
      const first = rs[0]!, last = rs[rs.length - 1]!;
      parts.push(t('qualifications-degree-share.latest', lang, { series: name, year: num(last, 'year'), value: plainValueText(last, lang) }));
      if (rs.length > 1 && (!rise || num(last, 'value') - num(first, 'value') > num(rise.b, 'value') - num(rise.a, 'value'))) rise = { s: name, a: first, b: last };
    }
    const riseText = rise
      ? t('qualifications-degree-share.rise', lang, {
        series: rise.s, fromYear: num(rise.a, 'year'), from: `${plainValueText(rise.a, lang)}%`,
        toYear: num(rise.b, 'year'), to: `${plainValueText(rise.b, lang)}%`,
      })
      : '';
    return t('qualifications-degree-share.describe', lang, { n: bySeries.size, latest: parts.join(punct(lang).semicolon), rise: riseText }).trim();
  },
});

export default qualificationsDegreeShare;
