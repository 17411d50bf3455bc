/**
 * Scenarios in the URL. Each scenario is one parameter, `<chart-id>.s1` … `.s3` (no prefix on embed pages):
 *   v1_<v1>_<v2>_…_<vN>[_<name>]   (version 1: every input in INPUT_KEYS order, shortest round-trip decimal,
 *                                   then the name, if any; only URL-safe separators, so links stay readable)
 * Every value is written, not only the changed ones, so a link reproduces the scenario exactly even after the
 * published defaults change. Unknown versions and malformed values are ignored (the defaults are used instead).
 */
import { INPUT_KEYS, type ScenarioInputs } from './inputs.ts';

export const CODEC_VERSION = 'v1';
export const MAX_SCENARIOS = 3;
export const MAX_NAME_LENGTH = 40;
export const SCENARIO_CHART_ID = 'scenario-projection';

export interface NamedScenario { name: string; inputs: ScenarioInputs }

export function cleanName(name: string): string {
  return name.replace(/[\u0000-\u001f]/g, '').trim().slice(0, MAX_NAME_LENGTH);
}

export function encodeScenario(s: NamedScenario): string {
  const name = cleanName(s.name);
  return [CODEC_VERSION, ...INPUT_KEYS.map((k) => String(s.inputs[k])), ...(name ? [name] : [])].join('_');
}

export function decodeScenario(text: string): NamedScenario | null {
  const parts = text.split('_');
  if (parts[0] !== CODEC_VERSION || parts.length < INPUT_KEYS.length + 1) return null;
  const inputs = {} as ScenarioInputs;
  for (let i = 0; i < INPUT_KEYS.length; i++) {
    const raw = parts[i + 1]!;
    if (!/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(raw)) return null;
    inputs[INPUT_KEYS[i]!] = Number(raw);
  }
  // The name may itself contain underscores: everything after the values is the name.
  return { name: cleanName(parts.slice(INPUT_KEYS.length + 1).join('_')), inputs };
}

const param = (key: string, prefixed: boolean) => (prefixed ? `${SCENARIO_CHART_ID}.${key}` : key);

export interface UrlScenarios { scenarios: NamedScenario[]; active: number }

/** Scenarios in the URL, in order; an empty list when there are none (the page then shows the defaults). */
export function readScenarios(params: URLSearchParams, prefixed: boolean): UrlScenarios {
  const scenarios: NamedScenario[] = [];
  for (let i = 1; i <= MAX_SCENARIOS; i++) {
    const raw = params.get(param(`s${i}`, prefixed));
    const s = raw === null ? null : decodeScenario(raw);
    if (s) scenarios.push(s);
  }
  const active = Number(params.get(param('active', prefixed)) ?? '1');
  return { scenarios, active: Number.isInteger(active) && active >= 1 && active <= scenarios.length ? active - 1 : 0 };
}

/**
 * Writes the scenarios into a copy of the parameters, other charts' parameters kept. A single scenario equal to
 * the defaults leaves the URL clean.
 */
export function writeScenarios(params: URLSearchParams, state: UrlScenarios, prefixed: boolean, isDefault: (s: NamedScenario) => boolean): URLSearchParams {
  const out = new URLSearchParams(params);
  for (let i = 1; i <= MAX_SCENARIOS; i++) out.delete(param(`s${i}`, prefixed));
  out.delete(param('active', prefixed));
  const clean = state.scenarios.length === 1 && isDefault(state.scenarios[0]!);
  if (!clean) {
    state.scenarios.slice(0, MAX_SCENARIOS).forEach((s, i) => out.set(param(`s${i + 1}`, prefixed), encodeScenario(s)));
    if (state.active > 0) out.set(param('active', prefixed), String(state.active + 1));
  }
  return out;
}
