/**
 * Where several sources report the same figure (same figure_key), keep them all, mark one preferred by the
 * documented precedence (official_table > official_bulletin > reprint > journal > secondary; WHO data is the
 * official international series; a copy on a mirror host after any other copy of the same kind; a source described
 * only by a sidecar next to a dropped-in file after a source listed in data/sources.json — so a curated file stays
 * the cited source when a drop-in repeats its figures, whatever their ids; a rounded printing
 * (1523万) after a more precise one (1523.7万); ties by source id, then row) — except that derived values rank after published ones, and approximate or bounded figures (约, 超过,
 * nearly …) after exact ones — and record how many publications corroborate it (copies of one original publication
 * count once) and whether any disagree beyond printed rounding. A figure whose only support is copies on mirror
 * hosts is flagged `mirror_only` and `secondary`.
 */
import type { SourceKind } from '../../src/contract/schema.ts';
import { figureHash, figureKey, tolerance, type Obs } from './normalise.ts';

const KIND_RANK: Record<SourceKind, number> = {
  official_table: 0, international: 0, official_bulletin: 1, reprint: 2, journal: 3, secondary: 4,
};

function cmp(a: string | number, b: string | number): number { return a < b ? -1 : a > b ? 1 : 0; }

const INEXACT = ['approximate', 'lower_bound', 'upper_bound'];
const inexact = (o: Obs) => (o.flags.some((f) => INEXACT.includes(f)) ? 1 : 0);
const derived = (o: Obs) => (o.flags.includes('derived') ? 1 : 0);

/**
 * Where a source page comes from: the original publication it copies, whether its host is a mirror, and whether it
 * is described only by a sidecar (not listed in data/sources.json).
 */
export interface SourceOrigin { original: string; mirror: boolean; sidecar?: boolean }
export type OriginOf = (sourceId: string) => SourceOrigin;
/** Without a catalogue (unit tests of the ordering alone) every source is its own publication on its own site. */
const SELF: OriginOf = (id) => ({ original: id, mirror: false });

export function precedenceOrder(a: Obs, b: Obs, origin: OriginOf = SELF): number {
  const mirror = (o: Obs) => (origin(o.source_id).mirror ? 1 : 0);
  const sidecar = (o: Obs) => (origin(o.source_id).sidecar ? 1 : 0);
  return derived(a) - derived(b) || inexact(a) - inexact(b) || KIND_RANK[a.source_kind] - KIND_RANK[b.source_kind] || mirror(a) - mirror(b)
    || sidecar(a) - sidecar(b) || b.precision - a.precision || cmp(a.source_id, b.source_id) || cmp(a.raw_file, b.raw_file) || cmp(a.raw_row, b.raw_row) || cmp(a.obs_id, b.obs_id);
}

/** Two printings agree when they differ by no more than the coarser one's rounding (plus float slack). */
export function agrees(a: Obs, b: Obs): boolean {
  const tol = Math.max(tolerance(a), tolerance(b));
  return Math.abs(a.value - b.value) <= tol * (1 + 1e-9) + 1e-9;
}

/**
 * Ranks every figure's observations in place. Returns the figures more than one observation gives, each preferred
 * first: the only ones with observations that are not preferred (see `deferredCopies`).
 */
export function applyPrecedence(all: Obs[], origin: OriginOf = SELF): Obs[][] {
  const shared: Obs[][] = [];
  for (const run of sameHashRuns(all)) {
    if (!Array.isArray(run)) { rankSingle(run, origin); continue; }
    for (const g of Map.groupBy(run, figureKey).values()) {
      if (g.length === 1) rankSingle(g[0]!, origin);
      else { rankGroup(g, origin); shared.push(g); }
    }
  }
  return shared;
}

/** Whether the machine stores the low half of a 64-bit number first (every platform Node runs on does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The rows gathered by the hash of their figure key (`figureHash`): each row's hash and index as one 64-bit number,
 * sorted as numbers, then read back in runs of one hash. No map of a million keys, no text per row; rows of one figure
 * are always in one run, and the rows of a run are told apart by their keys. Most figures have one source: a run of one
 * is its row (no array per figure).
 */
function* sameHashRuns(all: Obs[]): Generator<Obs | Obs[]> {
  const packed = new BigUint64Array(all.length);
  const halves = new Uint32Array(packed.buffer);
  const [lo, hi] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  for (let i = 0; i < all.length; i++) { halves[2 * i + hi] = figureHash(all[i]!) >>> 0; halves[2 * i + lo] = i; }
  packed.sort();
  for (let start = 0; start < all.length;) {
    const hash = halves[2 * start + hi];
    let end = start + 1;
    while (end < all.length && halves[2 * end + hi] === hash) end++;
    if (end - start === 1) yield all[halves[2 * start + lo]!]!;
    else {
      const run: Obs[] = [];
      for (let i = start; i < end; i++) run.push(all[halves[2 * i + lo]!]!);
      yield run;
    }
    start = end;
  }
}

/** `rankGroup` of a figure only one observation gives, without the group's sets and arrays. */
function rankSingle(o: Obs, origin: OriginOf): void {
  const self = agrees(o, o); // false only for a value that is not a number
  o.is_preferred = true;
  o.n_sources = 1;
  o.n_copies = 1;
  o.n_agree = self ? 1 : 0;
  o.disagrees = !self;
  const mirrorOnly = origin(o.source_id).mirror && !derived(o);
  // most figures gain no flag: no arrays are built for them
  if (!self || mirrorOnly) o.flags = [...new Set([...o.flags, ...(!self ? ['disagreement'] : []), ...(mirrorOnly ? ['mirror_only', 'secondary'] : [])])].sort();
}

/** One figure's observations: which is preferred, how many publications give it and agree, and the flags that follow. */
function rankGroup(group: Obs[], origin: OriginOf): void {
  group.sort((a, b) => precedenceOrder(a, b, origin));
  const best = group[0];
  const publications = new Set(group.map((o) => origin(o.source_id).original));
  const copies = new Set(group.map((o) => o.source_id));
  const support = group.filter((o) => agrees(o, best));
  const agreeing = new Set(support.map((o) => origin(o.source_id).original));
  const disagrees = group.some((o) => !agrees(o, best));
  // Derived values rest on their inputs, not on the page they are filed under.
  const mirrorOnly = !derived(best) && support.every((o) => origin(o.source_id).mirror);
  group.forEach((o, i) => {
    o.is_preferred = i === 0;
    o.n_sources = publications.size;
    o.n_copies = copies.size;
    o.n_agree = agreeing.size;
    o.disagrees = disagrees;
    const add = [...(!agrees(o, best) ? ['disagreement'] : []), ...(mirrorOnly && origin(o.source_id).mirror ? ['mirror_only', 'secondary'] : [])];
    if (add.length) o.flags = [...new Set([...o.flags, ...add])].sort();
  });
}

/** A dropped-in file (sidecar source) whose figures a listed source also gives: that source stays preferred. */
export interface DeferredCopy { raw_file: string; source_id: string; figures: number; preferred_sources: string[] }

/**
 * Per file, the figures of sidecar sources that a source listed in data/sources.json outranks (to say so in the build
 * report), from the figures several observations give (`applyPrecedence`), each preferred first.
 */
export function deferredCopies(shared: Obs[][], origin: OriginOf = SELF): DeferredCopy[] {
  const byFile = new Map<string, { source_id: string; figures: number; preferred: Set<string> }>();
  for (const [best, ...rest] of shared) {
    if (origin(best!.source_id).sidecar) continue;
    for (const o of rest) {
      if (!origin(o.source_id).sidecar) continue;
      const d = byFile.get(o.raw_file) ?? { source_id: o.source_id, figures: 0, preferred: new Set<string>() };
      d.figures++;
      d.preferred.add(best!.source_id);
      byFile.set(o.raw_file, d);
    }
  }
  return [...byFile].sort(([a], [b]) => cmp(a, b)).map(([raw_file, d]) => ({ raw_file, source_id: d.source_id, figures: d.figures, preferred_sources: [...d.preferred].sort() }));
}
