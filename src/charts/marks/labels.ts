/**
 * Value labels that neither overlap each other nor run off the chart, decided inside the pure plot() function: the
 * chart knows its width, margins and scale domains, so label boxes can be estimated before Plot draws anything.
 * Each label tries a few positions around its point (above, right, left, below) and is left out only when none fits;
 * a left-out value stays in the dot's tooltip and in the data table.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../../contract/rows.ts';
import { HALO } from './style.ts';

export interface Placement { textAnchor: 'middle' | 'start' | 'end'; dx: number; dy: number }
export const ABOVE: Placement = { textAnchor: 'middle', dx: 0, dy: -10 };
export const RIGHT: Placement = { textAnchor: 'start', dx: 7, dy: 0 };
export const LEFT: Placement = { textAnchor: 'end', dx: -7, dy: 0 };
export const BELOW: Placement = { textAnchor: 'middle', dx: 0, dy: 12 };
const CANDIDATES = [ABOVE, RIGHT, LEFT, BELOW];

/** The plot's geometry as set in its options (linear x and y scales, y pointing up). */
export interface Frame {
  width: number; height: number;
  marginTop: number; marginRight: number; marginBottom: number; marginLeft: number;
  x: [number, number]; y: [number, number];
}

export interface Box { left: number; right: number; top: number; bottom: number }

/** Estimated rendered width: CJK and full-width characters are about 1 em, digits and Latin about 0.62 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? fontSize : fontSize * 0.62;
  return w;
}

export const px = (f: Frame) => ({
  x: (v: number) => f.marginLeft + ((v - f.x[0]) / (f.x[1] - f.x[0] || 1)) * (f.width - f.marginLeft - f.marginRight),
  y: (v: number) => f.height - f.marginBottom - ((v - f.y[0]) / (f.y[1] - f.y[0] || 1)) * (f.height - f.marginTop - f.marginBottom),
});

/** The box of a label drawn at pixel (x, y) with a placement; 2 px padding for the halo and font differences. */
export function labelBox(x: number, y: number, text: string, fontSize: number, p: Placement): Box {
  const w = textWidth(text, fontSize) + 4;
  const cx = x + p.dx;
  const left = p.textAnchor === 'middle' ? cx - w / 2 : p.textAnchor === 'start' ? cx - 2 : cx - w + 2;
  const h = fontSize * 1.25;
  return { left, right: left + w, top: y + p.dy - h / 2, bottom: y + p.dy + h / 2 };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export interface LabelRequest<T> { row: T; x: number; y: number; text: string }

/**
 * Places labels in the order given (most important first). `taken` holds boxes already drawn (other labels, the
 * axis title); a label must stay inside the SVG and off the axes' tick labels.
 */
export function placeLabels<T>(requests: LabelRequest<T>[], frame: Frame, fontSize: number, taken: Box[] = []): Map<Placement, T[]> {
  const { x, y } = px(frame);
  const inside: Box = { left: frame.marginLeft - 4, right: frame.width, top: 0, bottom: frame.height - frame.marginBottom };
  const boxes = [...taken];
  const out = new Map<Placement, T[]>();
  for (const r of requests) {
    for (const p of CANDIDATES) {
      const b = labelBox(x(r.x), y(r.y), r.text, fontSize, p);
      const fits = b.left >= inside.left && b.right <= inside.right && b.top >= inside.top && b.bottom <= inside.bottom;
      if (!fits || boxes.some((o) => overlaps(o, b))) continue;
      boxes.push(b);
      out.set(p, [...(out.get(p) ?? []), r.row]);
      break;
    }
  }
  return out;
}

/** One Plot.text mark per placement used (textAnchor, dx and dy are mark options, not channels). */
export function placedTextMarks(placed: Map<Placement, Row[]>, options: { text: (r: Row) => string; fill: string | ((r: Row) => string); fontSize: number }): Plot.Markish[] {
  return [...placed].map(([p, rows]) => Plot.text(rows, { x: 'year', y: 'value', ...p, ...options, ...HALO }));
}

/** Most important first: each series' latest value, then its first, then the rest from the latest back. */
export function labelPriority<T>(rows: T[], series: (r: T) => string, year: (r: T) => number): T[] {
  const sorted = [...rows].sort((a, b) => year(b) - year(a));
  const latest = new Map<string, T>(), first = new Map<string, T>();
  for (const r of sorted) {
    if (!latest.has(series(r))) latest.set(series(r), r);
    first.set(series(r), r);
  }
  const lead = [...new Set([...latest.values(), ...first.values()])];
  return [...lead, ...sorted.filter((r) => !lead.includes(r))];
}
