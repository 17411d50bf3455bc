/** Mark helpers shared by the urban/rural charts: time series with gaps, hollow secondary marks, break rules. */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../lib/schema.ts';
import { formatNumber, formatYear } from '../lib/format.ts';
import type { Row } from './types.ts';
import { bool, num, str, tr, withRuns, yearsOf } from './chart-rows.ts';

/** Years whose rows carry the series-break flag (drawn as dashed rules). */
export const breakYears = (rows: Row[]): number[] => yearsOf(rows.filter((r) => bool(r, 'series_break')));

/** "2018 · 5.08 (secondary source; derived)" for native SVG tooltips. */
export function tooltip(r: Row, lang: Lang, head: string): string {
  const tags = [
    bool(r, 'is_secondary') ? tr(lang, '二手来源', 'secondary source') : '',
    bool(r, 'is_derived') ? tr(lang, '由公布数字计算', 'computed from published figures') : '',
    bool(r, 'series_break') ? tr(lang, '旧口径', 'earlier definition') : '',
  ].filter(Boolean);
  return `${head}\n${formatYear(num(r, 'year'))}: ${formatNumber(num(r, 'value'), lang)}${tags.length ? ` (${tags.join(lang === 'zh' ? '；' : '; ')})` : ''}`;
}

/**
 * Lines that join consecutive years only (a missing year is a gap), dots on every figure: filled for primary
 * sources, hollow for secondary ones. `series` names the series (colour key), `colour` maps it to a colour.
 */
export function seriesMarks(rows: Row[], series: (r: Row) => string, lang: Lang, head: (r: Row) => string): Plot.Markish[] {
  const data = withRuns(rows, series);
  return [
    Plot.line(data, { x: 'year', y: 'value', z: 'run', stroke: series, strokeWidth: 2 }),
    Plot.dot(data.filter((r) => !bool(r, 'is_secondary')), {
      x: 'year', y: 'value', fill: series, stroke: series, r: 3.5, title: (r: Row) => tooltip(r, lang, head(r)),
    }),
    Plot.dot(data.filter((r) => bool(r, 'is_secondary')), {
      x: 'year', y: 'value', fill: 'var(--chart-bg, white)', stroke: series, strokeWidth: 2, r: 4.5,
      title: (r: Row) => tooltip(r, lang, head(r)),
    }),
  ];
}

/** Dashed vertical rules at series breaks, labelled once. */
export function breakMarks(rows: Row[], lang: Lang): Plot.Markish[] {
  const years = breakYears(rows);
  if (years.length === 0) return [];
  const last = years[years.length - 1]!;
  return [
    Plot.ruleX(years, { strokeDasharray: '4,3', stroke: 'currentColor', strokeOpacity: 0.5 }),
    Plot.text([last], { x: (d: number) => d, frameAnchor: 'top', dy: 2, dx: 4, textAnchor: 'start', text: () => tr(lang, '口径变化', 'series break'), fontSize: 11, fillOpacity: 0.7 }),
  ];
}

/** Unit text of the rows (they share one unit), in the page language. */
export const unitOf = (rows: Row[], lang: Lang): string => (rows[0] ? str(rows[0], `unit_${lang}`) || str(rows[0], 'unit') : '');

export const YEAR_AXIS = { label: null, tickFormat: (d: number) => formatYear(d) } as const;
