/**
 * Plausibility rules. Row rules reject a figure that cannot be right (negative count, share outside 0–100,
 * implausible density). Cross-row rules report, without dropping anything, a composition that does not sum to
 * about 100 % and a part larger than its total: either figure may be the wrong one, so both stay, flagged in the report.
 */
import type { Rejection } from '../../src/contract/schema.ts';
import { tolerance, type Obs } from './normalise.ts';

/** Highest density we accept, per unit (a health workforce above 50 per 1 000 population does not exist anywhere). */
const DENSITY_LIMITS: Record<string, number> = { per_1000: 50, per_10000: 500, per_100000: 5000 };
const COMPOSITION_TOLERANCE = 1.5; // percentage points: published shares are rounded to 0.1

export interface Warning { rule: string; raw_file: string; raw_row: number; column: string; value: string; message: string }

export function rowRejection(o: Obs): Rejection | null {
  const base = { raw_file: o.raw_file, raw_row: o.raw_row, column: 'value', value: o.value_published, suggestion: null };
  if (o.value < 0) return { ...base, reason: `negative ${o.measure} (${o.value}) cannot be right` };
  const limit = DENSITY_LIMITS[o.unit];
  if (limit !== undefined && o.value > limit) return { ...base, reason: `implausible density ${o.value} ${o.unit} (limit ${limit}); check the unit or the value` };
  if (o.unit === 'percent' && /share/.test(o.measure) && o.value > 100) return { ...base, reason: `share above 100% (${o.value})` };
  return null;
}

/** Compositions whose categories form a complete set (data/vocab/composition-sets.csv) must sum to ~100 %. */
export function compositionWarnings(all: Obs[], completeSets: { breakdown: string; categories: string[] }[]): Warning[] {
  const groups = new Map<string, Obs[]>();
  for (const o of all) {
    if (!o.breakdown || !o.category || o.measure !== 'share') continue;
    const key = [o.source_id, o.year, o.geo_code, o.area, o.institution, o.cadre, o.breakdown].join('|');
    const g = groups.get(key);
    if (g) g.push(o); else groups.set(key, [o]);
  }
  const out: Warning[] = [];
  for (const g of groups.values()) {
    const cats = [...new Set(g.map((o) => o.category!))].sort();
    const complete = completeSets.some((s) => s.breakdown === g[0].breakdown && s.categories.join('|') === cats.join('|'));
    if (!complete || cats.length !== g.length) continue; // partial compositions (e.g. only 大专以上) are not checked
    const sum = g.reduce((s, o) => s + o.value, 0);
    if (Math.abs(sum - 100) > COMPOSITION_TOLERANCE) {
      const first = g.reduce((a, b) => (a.raw_row < b.raw_row ? a : b));
      out.push({ rule: 'composition_sum', raw_file: first.raw_file, raw_row: first.raw_row, column: 'value', value: g.map((o) => o.value_published).join(' + '),
        message: `${first.breakdown} shares of ${first.cadre} ${first.year} (${first.source_id}) sum to ${Math.round(sum * 10) / 10}%, not ~100%` });
    }
  }
  return out;
}

/** part cadre → the cadre that contains it */
const PART_OF: [string, string][] = [
  ['health_technicians', 'health_workers'],
  ['health_technicians', 'health_workers_excl_village'],
  ['physicians_assistants', 'health_technicians'],
  ['nurses', 'health_technicians'],
  ['pharmacists', 'health_technicians'],
  ['lab_technicians', 'health_technicians'],
  ['physicians', 'physicians_assistants'],
  ['assistant_physicians', 'physicians_assistants'],
  ['gps', 'physicians_assistants'],
  ['village_doctors', 'village_doctors_aides'],
  ['doctors_pre2001', 'health_technicians'],
  ['physicians_pre2001', 'doctors_pre2001'],
  ['nurses_pre2001', 'health_technicians'],
];

/** A part larger than its total, comparing preferred figures of the same year, place, area, institution and unit. */
export function partTotalWarnings(all: Obs[]): Warning[] {
  const preferred = new Map<string, Obs>();
  const key = (o: Obs, cadre: string) => [o.year, o.geo_code, o.area, o.institution, cadre, o.measure, o.unit, o.denominator ?? '', o.breakdown ?? '', o.category ?? ''].join('|');
  const involved = new Set(PART_OF.flat()); // only these cadres are ever compared
  for (const o of all) if (o.is_preferred && (o.measure === 'headcount' || o.measure === 'density') && involved.has(o.cadre)) preferred.set(key(o, o.cadre), o);
  const out: Warning[] = [];
  for (const o of preferred.values()) {
    for (const [part, total] of PART_OF) {
      if (o.cadre !== part) continue;
      const t = preferred.get(key(o, total));
      if (t && o.value > t.value + Math.max(tolerance(o), tolerance(t))) {
        out.push({ rule: 'part_exceeds_total', raw_file: o.raw_file, raw_row: o.raw_row, column: 'value', value: o.value_published,
          message: `${part} ${o.value} exceeds ${total} ${t.value} (${t.raw_file} row ${t.raw_row}) for ${o.geo_code} ${o.year} ${o.measure}` });
      }
    }
  }
  return out;
}
