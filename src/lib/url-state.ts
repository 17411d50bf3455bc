/**
 * Chart state in the page URL: `<chart-id>.<key>=<value>` (on an embed page the prefix is dropped), defaults
 * omitted. Values not among a control's allowed values are ignored, so a hand-edited URL can never reach SQL
 * with something the chart does not offer.
 */
import type { ChartState } from '../contract/rows.ts';

export interface StateSpec {
  id: string;
  defaults: ChartState;
  /** Allowed values per key, as strings (from the rendered controls). Keys without a list accept any value. */
  allowed: Record<string, readonly string[]>;
  /** false on embed pages: parameters are `key=value`. */
  prefixed: boolean;
}

const paramName = (spec: StateSpec, key: string) => (spec.prefixed ? `${spec.id}.${key}` : key);

/** The state a URL asks for, falling back to defaults key by key. */
export function readState(spec: StateSpec, params: URLSearchParams): ChartState {
  const state: ChartState = { ...spec.defaults };
  for (const [key, def] of Object.entries(spec.defaults)) {
    const raw = params.get(paramName(spec, key));
    if (raw === null) continue;
    const allowed = spec.allowed[key];
    if (allowed && !allowed.includes(raw)) continue;
    if (typeof def === 'number') {
      const n = Number(raw);
      if (Number.isFinite(n)) state[key] = n;
    } else {
      state[key] = raw;
    }
  }
  return state;
}

/** Writes a state into URL parameters: non-defaults set, defaults removed, other charts' parameters kept. */
export function writeState(spec: StateSpec, state: ChartState, params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [key, def] of Object.entries(spec.defaults)) {
    const name = paramName(spec, key);
    const v = state[key];
    if (v === undefined || String(v) === String(def)) out.delete(name);
    else out.set(name, String(v));
  }
  return out;
}

export function sameState(a: ChartState, b: ChartState): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (String(a[k]) !== String(b[k])) return false;
  return true;
}
