/**
 * The Explore page's quick chart: a drawing chosen from a free query's shape, with the site's marks. A year column
 * and a number, one value a year for each series → lines over years (seriesMarks: never joined across a missing year or through an approximate
 * figure), a category and a number → bars, two numbers → points. The reader may switch to any other kind the shape
 * allows. Pure: rows and options in, Plot options out.
 */
import * as Plot from '@observablehq/plot';
import type { Cell, QueryResult, ResultColumn } from '../contract/query-result.ts';
import type { Row } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { formatNumber, formatYear } from '../lib/format.ts';
import { CATEGORICAL } from '../lib/palette.ts';
import { seriesMarks } from './marks/series.ts';
import { POINT } from './marks/style.ts';
import { yearDomain, yearTicks } from './rows.ts';

export const QUICK_KINDS = ['line', 'bar', 'dot'] as const;
export type QuickKind = (typeof QUICK_KINDS)[number];

export interface QuickOptions {
  kind: QuickKind;
  x: string;
  y: string;
  /** A text column splitting lines or points into coloured series. */
  series: string | null;
}

/** More categories than this make bars unreadable; more series than this make lines unreadable. */
export const MAX_BARS = 60;
export const MAX_SERIES = CATEGORICAL.length;

const isWhole = (v: Cell) => typeof v === 'number' && Number.isInteger(v);

function values(result: QueryResult, name: string): Cell[] {
  const i = result.columns.findIndex((c) => c.name === name);
  return result.rows.map((r) => r[i] ?? null);
}

function distinct(result: QueryResult, name: string): number {
  return new Set(values(result, name).map(String)).size;
}

/** A column of whole years: named like a year, or whole numbers all within 1900–2100. */
export function isYearColumn(result: QueryResult, c: ResultColumn): boolean {
  if (c.kind !== 'number') return false;
  const vs = values(result, c.name).filter((v) => v !== null);
  if (vs.length === 0 || !vs.every(isWhole)) return false;
  return /(^|_)year$/i.test(c.name) || vs.every((v) => (v as number) >= 1900 && (v as number) <= 2100);
}

/** Whether no year holds two rows of the same series (the whole result being one series when `series` is null). */
function onePerYear(result: QueryResult, year: string, series: string | null): boolean {
  const years = values(result, year);
  const names = series ? values(result, series) : years.map(() => '');
  const seen = new Set<string>();
  for (let i = 0; i < years.length; i++) {
    const key = `${String(names[i])}|${String(years[i])}`;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** The drawings a result's shape allows, best first, each with the columns it would use. */
export function quickChoices(result: QueryResult): QuickOptions[] {
  if (result.rows.length === 0) return [];
  const year = result.columns.find((c) => isYearColumn(result, c));
  const numbers = result.columns.filter((c) => c.kind === 'number' && c !== year);
  const texts = result.columns.filter((c) => c.kind === 'text' || c.kind === 'boolean');
  // Prefer a column named value, then the last number (counts and measures tend to come after ids).
  const measure = numbers.find((c) => c.name === 'value') ?? numbers[numbers.length - 1];
  const series = texts.find((c) => { const n = distinct(result, c.name); return n > 1 && n <= MAX_SERIES; }) ?? null;
  const out: QuickOptions[] = [];
  // A line joins the values of one series over years: only where each series has at most one value a year (else it
  // would join different things, e.g. provinces in one year) and there are two years or more to join.
  if (year && measure && distinct(result, year.name) > 1 && onePerYear(result, year.name, series?.name ?? null)) {
    out.push({ kind: 'line', x: year.name, y: measure.name, series: series?.name ?? null });
  }
  const category = texts.find((c) => distinct(result, c.name) <= MAX_BARS) ?? (year && distinct(result, year.name) <= MAX_BARS ? year : undefined);
  if (category && measure) out.push({ kind: 'bar', x: measure.name, y: category.name, series: null });
  const [a, b] = numbers.length >= 2 ? [numbers[0]!, numbers[1]!] : [year, measure];
  if (a && b) out.push({ kind: 'dot', x: a.name, y: b.name, series: series?.name ?? null });
  return out;
}

/**
 * The words a drawing uses for a result's columns (axis labels, captions) and for the codes in them (series, bars,
 * tooltips), in the page's language. By default the column names and the values as they are.
 */
export interface QuickWords {
  column(name: string): string;
  value(column: string, v: unknown): string;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export const RAW_WORDS: QuickWords = { column: (name) => name, value: (_, v) => text(v) };

/** Rows as objects keyed by column name (what Plot and the site's marks read). */
export function rowObjects(result: QueryResult): Row[] {
  return result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c.name, r[i]])));
}

export function quickPlot(result: QueryResult, options: QuickOptions, lang: Lang, width: number, words: QuickWords = RAW_WORDS): Plot.PlotOptions {
  const { kind, x, y, series } = options;
  const rows = rowObjects(result).filter((r) => typeof r[x] === 'number' || typeof r[y] === 'number');
  const seriesOf = (r: Row) => (series ? words.value(series, r[series]) : words.column(y));
  const color = { range: CATEGORICAL as string[], legend: series !== null };

  if (kind === 'line') {
    // The shape the site's series marks read: year, value, qualifier; each point's tooltip names its series.
    const points = rows.filter((r) => typeof r[x] === 'number' && typeof r[y] === 'number')
      .map((r) => ({ ...r, year: r[x], value: r[y], qualifier: r.qualifier ?? null }));
    const domain = yearDomain(points, 0.5);
    return {
      width, height: 360, marginRight: 16, color,
      x: { label: words.column(x), domain, tickFormat: formatYear, ticks: yearTicks(domain, width < 560 ? 5 : 8) },
      y: { label: words.column(y), grid: true, zero: points.every((r) => Number(r.value) >= 0), tickFormat: (v: number) => formatNumber(v, lang) },
      marks: [...seriesMarks(points, seriesOf, lang)],
    };
  }

  if (kind === 'bar') {
    const bars = rows.filter((r) => typeof r[x] === 'number').slice(0, MAX_BARS);
    const name = (r: Row) => words.value(y, r[y]);
    const longest = Math.max(0, ...bars.map((r) => name(r).length));
    return {
      width, height: Math.max(120, bars.length * 22 + 50), color,
      marginLeft: Math.min(220, 12 + longest * (lang === 'zh' ? 13 : 7)),
      x: { label: words.column(x), grid: true, tickFormat: (v: number) => formatNumber(v, lang) },
      y: { label: null, domain: [...new Set(bars.map(name))], tickFormat: text },
      marks: [
        Plot.barX(bars, { x, y: name, fill: CATEGORICAL[0], title: (r: Row) => `${name(r)}: ${formatNumber(r[x] as number, lang)}` }),
        Plot.ruleX([0]),
      ],
    };
  }

  const dots = rows.filter((r) => typeof r[x] === 'number' && typeof r[y] === 'number');
  return {
    width, height: 360, color,
    x: { label: words.column(x), grid: true }, y: { label: words.column(y), grid: true },
    marks: [Plot.dot(dots, { x, y, stroke: seriesOf, fill: seriesOf, ...POINT,
      title: (r: Row) => `${series ? `${seriesOf(r)}\n` : ''}${words.column(x)}: ${text(r[x])}\n${words.column(y)}: ${text(r[y])}` })],
  };
}
