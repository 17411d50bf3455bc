/**
 * Typed readers for query rows (Record<string, unknown> from either engine) and the series helpers every chart
 * uses: runs of consecutive years, so a line never bridges a year without data.
 */
import type { Lang } from '../contract/schema.ts';
import type { Row } from '../contract/rows.ts';

export const num = (r: Row, k: string): number => Number(r[k]);
export const str = (r: Row, k: string): string => (r[k] == null ? '' : String(r[k]));
export const bool = (r: Row, k: string): boolean => r[k] === true || r[k] === 1 || r[k] === 'true';

/** The row's label in the page language: `<k>_zh` / `<k>_en`, falling back to the other language, then the code. */
export const label = (r: Row, k: string, lang: Lang): string =>
  str(r, `${k}_${lang}`) || str(r, `${k}_${lang === 'zh' ? 'en' : 'zh'}`) || str(r, k);

/** Splits rows into runs of consecutive years per series, so a line never bridges a year without data. */
export function withRuns<T extends Row>(rows: T[], series: (r: T) => string): (T & { run: string })[] {
  const sorted = [...rows].sort((a, b) => series(a).localeCompare(series(b)) || num(a, 'year') - num(b, 'year'));
  let run = 0;
  return sorted.map((r, i) => {
    const prev = sorted[i - 1];
    if (i > 0 && (series(prev!) !== series(r) || num(r, 'year') - num(prev!, 'year') > 1)) run += 1;
    return { ...r, run: `${series(r)}#${run}` };
  });
}

/** Years present, ascending and unique. */
export const yearsOf = (rows: Row[]): number[] => [...new Set(rows.map((r) => num(r, 'year')))].sort((a, b) => a - b);

/** Years in [first, last] with no row: named in descriptions, never filled. */
export function missingYears(years: number[]): number[] {
  if (years.length === 0) return [];
  const have = new Set(years);
  const out: number[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) if (!have.has(y)) out.push(y);
  return out;
}

/** The unit words of rows that share one unit, in the page language. */
export const unitOf = (rows: Row[], lang: Lang): string => (rows[0] ? label(rows[0], 'unit', lang) : '');

/**
 * Ticks of a year axis: whole years only, every 1, 2, 5, 10 … years so that at most `max` fit. A chart with one
 * year gets one tick (never the same year printed at several fractional positions).
 */
export function yearTicks(domain: [number, number], max = 8): number[] {
  const lo = Math.ceil(domain[0]), hi = Math.floor(domain[1]);
  if (hi < lo) return [];
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => Math.floor(hi / s) - Math.ceil(lo / s) + 1 <= max) ?? 100;
  const out: number[] = [];
  for (let y = Math.ceil(lo / step) * step; y <= hi; y += step) out.push(y);
  return out.length ? out : [lo];
}

/** [min − pad, max + pad] of the rows' years, for a year axis with room at both ends. */
export function yearDomain(rows: Row[], pad = 0.5): [number, number] {
  const years = rows.map((r) => num(r, 'year'));
  return years.length ? [Math.min(...years) - pad, Math.max(...years) + pad] : [0, 1];
}
