/**
 * Building blocks for charts' describe(): the latest value of a series and the largest gap between series,
 * phrased in either language. Rows with a missing value are skipped (gaps are gaps, never filled).
 */
import type { Row } from '../../charts/types.ts';
import type { Lang } from '../schema.ts';
import { formatNumber } from '../format.ts';
import { unitLabel } from './units.ts';

export interface SeriesKeys { x: string; y: string; series?: string }

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The row with the greatest x among rows with a value (first such row on ties). */
export function latestRow(rows: Row[], k: SeriesKeys): Row | undefined {
  let best: Row | undefined;
  for (const r of rows) {
    const x = num(r[k.x]);
    if (x === null || num(r[k.y]) === null) continue;
    if (!best || x > (num(best[k.x]) ?? -Infinity)) best = r;
  }
  return best;
}

export interface Gap { x: number; high: Row; low: Row; difference: number }

/** Largest difference between two series at the same x (needs k.series). */
export function largestGap(rows: Row[], k: SeriesKeys): Gap | undefined {
  if (!k.series) return undefined;
  const byX = new Map<number, Row[]>();
  for (const r of rows) {
    const x = num(r[k.x]);
    if (x === null || num(r[k.y]) === null) continue;
    byX.set(x, [...(byX.get(x) ?? []), r]);
  }
  let best: Gap | undefined;
  for (const [x, group] of byX) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => (num(b[k.y]) ?? 0) - (num(a[k.y]) ?? 0));
    const high = sorted[0]!;
    const low = sorted[sorted.length - 1]!;
    const difference = (num(high[k.y]) ?? 0) - (num(low[k.y]) ?? 0);
    if (!best || difference > best.difference || (difference === best.difference && x > best.x)) {
      best = { x, high, low, difference };
    }
  }
  return best;
}

export function formatValue(value: number, unit: unknown, lang: Lang): string {
  const n = formatNumber(value, lang);
  const u = unitLabel(unit, lang);
  if (u === '%') return `${n}%`;
  return u ? `${n} ${u}` : n;
}

/** "In 2022 the value was 3.2 per 1,000 population." / "2022年为3.2 每千人口。" */
export function latestSentence(rows: Row[], k: SeriesKeys, lang: Lang, name?: (r: Row) => string): string {
  const r = latestRow(rows, k);
  if (!r) return lang === 'zh' ? '没有可显示的数据。' : 'There is no data to show.';
  const v = formatValue(num(r[k.y])!, r.unit, lang);
  const who = name ? name(r) : '';
  return lang === 'zh'
    ? `最新数据为${r[k.x]}年${who ? `${who}` : ''}：${v}。`
    : `The latest figure is for ${r[k.x]}${who ? `, ${who}` : ''}: ${v}.`;
}

/** "The largest gap is in 2015: A 5.1 vs B 1.9 per 1,000 population." */
export function gapSentence(rows: Row[], k: SeriesKeys, lang: Lang, name: (r: Row) => string): string {
  const g = largestGap(rows, k);
  if (!g) return '';
  const hi = formatValue(num(g.high[k.y])!, g.high.unit, lang);
  const lo = formatValue(num(g.low[k.y])!, g.low.unit, lang);
  return lang === 'zh'
    ? `差距最大的是${g.x}年：${name(g.high)} ${hi}，${name(g.low)} ${lo}。`
    : `The largest gap is in ${g.x}: ${name(g.high)} ${hi} against ${name(g.low)} ${lo}.`;
}
