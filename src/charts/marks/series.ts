/**
 * Published series over time: lines that join consecutive years only (a missing year is a gap), a dot on every
 * figure, filled for primary sources and hollow for secondary ones, and one tooltip format for every chart.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../../contract/rows.ts';
import type { Lang } from '../../contract/schema.ts';
import { formatYear } from '../../lib/format.ts';
import { paren, punct, t } from '../../i18n/index.ts';
import { bool, label, num, str, withRuns } from '../rows.ts';
import { valueText } from '../value-text.ts';
import { HOLLOW, LINE, POINT } from './style.ts';

/** "Cities\n2018: 5.08 per 1,000 (secondary source; earlier definition)\nSource: …" for native SVG tooltips. */
export function pointTitle(r: Row, lang: Lang, head: string, value: string = valueText(r, lang)): string {
  const tags = [
    bool(r, 'is_secondary') ? t('marks.secondary', lang) : '',
    bool(r, 'is_derived') ? t('marks.derived', lang) : '',
    bool(r, 'series_break') ? t('marks.earlierDefinition', lang) : '',
  ].filter(Boolean);
  const unit = label(r, 'unit', lang);
  return `${head}\n${formatYear(num(r, 'year'))}: ${value}${unit && unit !== '%' ? ` ${unit}` : unit}`
    + (tags.length ? paren(tags.join(punct(lang).semicolon), lang) : '')
    + (str(r, 'source_id') ? `\n${t('marks.source', lang, { source: str(r, 'source_id') })}` : '');
}

/** Filled dots for primary sources, hollow ones for secondary: two marks, so each fill is a plain colour or a series. */
type Channel = string | ((r: Row) => unknown);
export function pointMarks(rows: Row[], options: { x?: Channel; y?: Channel; stroke: (r: Row) => string; title: (r: Row) => string }): Plot.Markish[] {
  const { x = 'year', y = 'value', stroke, title } = options;
  return [
    Plot.dot(rows.filter((r) => !bool(r, 'is_secondary')), { x, y, stroke, fill: stroke, ...POINT, title }),
    Plot.dot(rows.filter((r) => bool(r, 'is_secondary')), { x, y, stroke, ...HOLLOW, title }),
  ];
}

/** Lines between consecutive years of each series and a dot on every figure. `head` names a point's series. */
export function seriesMarks(rows: Row[], series: (r: Row) => string, lang: Lang, head: (r: Row) => string = series): Plot.Markish[] {
  return [
    Plot.line(withRuns(rows, series), { x: 'year', y: 'value', z: 'run', stroke: series, ...LINE }),
    ...pointMarks(rows, { stroke: series, title: (r) => pointTitle(r, lang, head(r)) }),
  ];
}
