/**
 * Scenarios in the URL: the scenario chart's state keys `s1` … `s3` (`scenario-projection.s1` on the page, `s1`
 * on an embed; written by client/chart-section.ts) each hold one scenario:
 *   v1_<v1>_<v2>_…_<vN>[_<name>]   (version 1: every input in INPUT_KEYS order, shortest round-trip decimal,
 *                                   then the name, if any; only URL-safe separators, so links stay readable)
 * Every value is written, not only the changed ones, so a link reproduces the scenario exactly even after the
 * published defaults change. Unknown versions and malformed values are ignored (the defaults are used instead).
 */
import { plainText } from '../lib/plain-text.ts';
import { INPUT_KEYS, type ScenarioInputs } from './inputs.ts';

export const CODEC_VERSION = 'v1';
export const MAX_SCENARIOS = 3;
export const MAX_NAME_LENGTH = 40;
export const SCENARIO_CHART_ID = 'scenario-projection';

export interface NamedScenario { name: string; inputs: ScenarioInputs }

export function cleanName(name: string): string {
  return plainText(name).trim().slice(0, MAX_NAME_LENGTH);
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
