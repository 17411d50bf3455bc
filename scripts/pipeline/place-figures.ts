/**
 * One file's figures, each normalised and checked: written, rejected (with the reason and the nearest known label) or
 * missing (the source prints no figure). Pure: the data build and a reader's table in the browser place rows alike.
 * The layout's figures are read once, as they stream in.
 */
import type { Rejection } from '../../src/contract/schema.ts';
import type { CatalogueEntry } from './catalogue.ts';
import { rowRejection } from './checks.ts';
import { normaliseFigure, own, type NormaliseContext, type Obs } from './normalise.ts';
import type { LayoutResult } from './types.ts';

export interface PlacedFigures {
  observations: Obs[];
  /** the figures' rejections first, then the layout's own (complete once its figures have been read) */
  rejections: Rejection[];
  read: number; written: number; rejected: number; missing: number;
  /** sidecar citations of figures that normalised (the catalogue takes them in) */
  entries: CatalogueEntry[];
}

/** A rejection holding copies of its texts: one cut from the file's text would keep the whole file in memory. */
const owned = (r: Rejection): Rejection => ({
  raw_file: r.raw_file, raw_row: r.raw_row, column: own(r.column), value: own(r.value), reason: own(r.reason), suggestion: r.suggestion === null ? null : own(r.suggestion),
});

export function placeFigures(parsed: LayoutResult, ctx: NormaliseContext): PlacedFigures {
  const out: PlacedFigures = { observations: [], rejections: [], entries: [], read: 0, written: 0, rejected: 0, missing: 0 };
  let figures = 0;
  for (const fig of parsed.figures) {
    figures++;
    const res = normaliseFigure(fig, ctx);
    if (res.kind === 'missing') { out.missing++; continue; }
    if (res.kind === 'rejected') { out.rejected++; out.rejections.push(owned(res.rejection)); continue; }
    if ('entry' in fig.source && !out.entries.includes(fig.source.entry)) out.entries.push(fig.source.entry);
    // a range is one raw row written as two observations: it is written, or rejected, as a whole
    const obs = res.kind === 'range' ? res.obs : [res.obs];
    const bad = obs.map(rowRejection).find((r) => r !== null);
    if (bad) { out.rejected++; out.rejections.push(owned(bad)); continue; }
    out.written++;
    for (const o of obs) out.observations.push(o);
  }
  for (const r of parsed.rejections) out.rejections.push(owned(r));
  out.read = figures + parsed.rejectedFigures;
  out.rejected += parsed.rejectedFigures;
  if (out.read !== out.written + out.rejected + out.missing) {
    throw new Error(`internal: read ${out.read} ≠ written ${out.written} + rejected ${out.rejected} + missing ${out.missing}`);
  }
  return out;
}
