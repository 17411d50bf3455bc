/**
 * Small readers and text helpers shared by the overview, qualifications and training charts: query rows arrive as
 * Record<string, unknown> (DuckDB in Node and in the browser), so every field is read through a typed accessor.
 */
import type { Lang } from '../lib/schema.ts';
import type { Row } from './types.ts';

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
    if (i > 0 && (series(prev) !== series(r) || num(r, 'year') - num(prev, 'year') > 1)) run += 1;
    return { ...r, run: `${series(r)}#${run}` };
  });
}

/** Years present, ascending and unique. */
export const yearsOf = (rows: Row[]): number[] => [...new Set(rows.map((r) => num(r, 'year')))].sort((a, b) => a - b);

/** Inline bilingual text for chart-specific wording. */
export const tr = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh : en);

/** A parenthetical in the page language's punctuation: "（推算）" / " (derived)". */
export const paren = (text: string, lang: Lang): string => (lang === 'zh' ? `（${text}）` : ` (${text})`);
