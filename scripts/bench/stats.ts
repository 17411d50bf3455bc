/** Small summaries for the benchmark's figures. */

/** The q-quantile of a sample (nearest rank), or null for an empty one. */
export function quantile(xs: readonly number[], q: number): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export interface Spread { n: number; p50: number | null; p95: number | null; max: number | null }

export function spread(xs: readonly number[]): Spread {
  return { n: xs.length, p50: round(quantile(xs, 0.5)), p95: round(quantile(xs, 0.95)), max: round(quantile(xs, 1)) };
}

export function round(v: number | null, digits = 1): number | null {
  if (v === null) return null;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** `b / a` to one decimal, or null when either is missing or a is 0. */
export function ratio(b: number | null | undefined, a: number | null | undefined): number | null {
  return a && b !== null && b !== undefined ? round(b / a) : null;
}

export const ms = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${Math.round(v)} ms`);
export const kb = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${(v / 1024).toFixed(1)} KB`);
export const times = (v: number | null): string => (v === null ? '—' : `${v}×`);
