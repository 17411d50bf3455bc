/**
 * Published series over time: lines that join consecutive years of exact figures only (a missing year is a gap; a
 * figure printed as approximate or as a bound is never joined into a line), a dot on every figure — filled for
 * primary sources, hollow for secondary ones — and, for a qualified figure, an open marker with its sign: ↑ more
 * than / at least, ↓ less than / up to, ≈ about / nearly. One tooltip format for every chart.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../../contract/rows.ts';
import type { Lang } from '../../contract/schema.ts';
import { formatYear } from '../../lib/format.ts';
import { paren, punct, t } from '../../i18n/index.ts';
import { bool, label, num, withRuns } from '../rows.ts';
import { boundOf, isQualified, valueText } from '../value-text.ts';
import { HOLLOW, LINE, POINT } from './style.ts';

/** "Cities\n2018: 5.08 per 1,000 (secondary source; earlier definition)\nSource: <original publication>" for native SVG tooltips. */
export function pointTitle(r: Row, lang: Lang, head: string, value: string = valueText(r, lang)): string {
  const tags = [
    bool(r, 'is_secondary') ? t('marks.secondary', lang) : '',
    bool(r, 'is_derived') ? t('marks.derived', lang) : '',
    bool(r, 'series_break') ? t('marks.earlierDefinition', lang) : '',
  ].filter(Boolean);
  const unit = label(r, 'unit', lang);
  const source = label(r, 'source', lang);
  return `${head}\n${formatYear(num(r, 'year'))}: ${value}${unit && unit !== '%' ? ` ${unit}` : unit}`
    + (tags.length ? paren(tags.join(punct(lang).semicolon), lang) : '')
    + (source ? `\n${t('marks.source', lang, { source })}` : '');
}

/** The sign drawn beside a qualified figure. */
export const QUALIFIER_SIGN = { lower: '↑', upper: '↓', about: '≈' } as const;

/** Figures printed exactly: the only ones a line may join. */
export const exactRows = (rows: Row[]): Row[] => rows.filter((r) => !isQualified(r));

type Channel = string | ((r: Row) => unknown);
/**
 * Filled dots for exact primary figures, hollow ones for secondary or qualified figures (a qualified figure is never
 * drawn as a plain point), and the qualifier's sign above a lower bound, below an upper bound, beside an approximation.
 */
export function pointMarks(rows: Row[], options: { x?: Channel; y?: Channel; stroke: (r: Row) => string; title: (r: Row) => string; signs?: boolean }): Plot.Markish[] {
  const { x = 'year', y = 'value', stroke, title, signs = true } = options;
  const qualified = rows.filter(isQualified);
  const sign = (bound: 'lower' | 'upper' | 'about', dy: number, dx = 0) => Plot.text(qualified.filter((r) => boundOf(r) === bound), {
    x, y, text: () => QUALIFIER_SIGN[bound], fill: stroke, dy, dx, fontSize: 13, fontWeight: 700,
  });
  return [
    Plot.dot(rows.filter((r) => !bool(r, 'is_secondary') && !isQualified(r)), { x, y, stroke, fill: stroke, ...POINT, title }),
    Plot.dot(rows.filter((r) => bool(r, 'is_secondary') && !isQualified(r)), { x, y, stroke, ...HOLLOW, title }),
    Plot.dot(qualified, { x, y, stroke, ...HOLLOW, title, strokeDasharray: '2,1.5' }),
    // Charts that print each value beside its point print the qualifier in words there instead of a sign.
    ...(signs ? [sign('lower', -11), sign('upper', 12), sign('about', -10, 9)] : []),
  ];
}

/** Lines between consecutive years of each series' exact figures and a point on every figure. `head` names a point's series. */
export function seriesMarks(rows: Row[], series: (r: Row) => string, lang: Lang, head: (r: Row) => string = series, signs = true): Plot.Markish[] {
  return [
    Plot.line(withRuns(exactRows(rows), series), { x: 'year', y: 'value', z: 'run', stroke: series, ...LINE }),
    ...pointMarks(rows, { stroke: series, title: (r) => pointTitle(r, lang, head(r)), signs }),
  ];
}
