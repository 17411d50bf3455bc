/**
 * Where several sources report the same figure (same figure_key), keep them all, mark one preferred by the
 * documented precedence (official_table > official_bulletin > reprint > journal > secondary; WHO data is the
 * official international series; ties by source id, then row) — except that derived values rank after published
 * ones, and approximate or bounded figures (约, 超过, nearly …) after exact ones — and record how many
 * sources corroborate it and whether any disagree beyond printed rounding.
 */
import type { SourceKind } from '../../src/contract/schema.ts';
import type { Obs } from './normalise.ts';

const KIND_RANK: Record<SourceKind, number> = {
  official_table: 0, international: 0, official_bulletin: 1, reprint: 2, journal: 3, secondary: 4,
};

function cmp(a: string | number, b: string | number): number { return a < b ? -1 : a > b ? 1 : 0; }

const INEXACT = ['approximate', 'lower_bound', 'upper_bound'];
const inexact = (o: Obs) => (o.flags.some((f) => INEXACT.includes(f)) ? 1 : 0);
const derived = (o: Obs) => (o.flags.includes('derived') ? 1 : 0);

export function precedenceOrder(a: Obs, b: Obs): number {
  return derived(a) - derived(b) || inexact(a) - inexact(b) || KIND_RANK[a.source_kind] - KIND_RANK[b.source_kind] || cmp(a.source_id, b.source_id) || cmp(a.raw_file, b.raw_file) || cmp(a.raw_row, b.raw_row) || cmp(a.obs_id, b.obs_id);
}

/** Two printings agree when they differ by no more than the coarser one's rounding (plus float slack). */
export function agrees(a: Obs, b: Obs): boolean {
  const tol = Math.max(a.tolerance, b.tolerance);
  return Math.abs(a.value - b.value) <= tol * (1 + 1e-9) + 1e-9;
}

export function applyPrecedence(all: Obs[]): void {
  const groups = new Map<string, Obs[]>();
  for (const o of all) {
    const g = groups.get(o.figure_key);
    if (g) g.push(o); else groups.set(o.figure_key, [o]);
  }
  for (const group of groups.values()) {
    group.sort(precedenceOrder);
    const best = group[0];
    const sources = new Set(group.map((o) => o.source_id));
    const agreeing = new Set(group.filter((o) => agrees(o, best)).map((o) => o.source_id));
    const disagrees = group.some((o) => !agrees(o, best));
    group.forEach((o, i) => {
      o.is_preferred = i === 0;
      o.n_sources = sources.size;
      o.n_agree = agreeing.size;
      o.disagrees = disagrees;
      if (!agrees(o, best)) o.flags = [...new Set([...o.flags, 'disagreement'])].sort();
    });
  }
}
