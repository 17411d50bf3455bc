/**
 * Where a data-table row is drawn, from the chart's x and y scales, so keyboard stepping can show a focus ring
 * on the mark. Each axis takes the first table column whose value falls inside that scale's domain (years first
 * for x, numbers first for y). Charts whose positions come from elsewhere (tile maps) get no ring: null.
 */
import type { Scale } from '@observablehq/plot';
import type { Row, TableColumn } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { cellValue } from './snapshot.ts';

export type ScaleLike = Pick<Scale, 'type' | 'domain' | 'bandwidth' | 'apply'>;

const ORDINAL = new Set(['band', 'point', 'ordinal']);

function project(scale: ScaleLike, value: unknown, isYear: boolean): number | null {
  if (value === null || value === undefined || value === '') return null;
  let v = value;
  if ((scale.type === 'utc' || scale.type === 'time') && isYear && typeof v === 'number') v = new Date(Date.UTC(v, 0, 1));
  const domain = [...(scale.domain ?? [])];
  if (ORDINAL.has(scale.type ?? '')) {
    if (!domain.some((d) => d === v)) return null;
  } else {
    const n = Number(v);
    const bounds = domain.map(Number).filter(Number.isFinite);
    if (!Number.isFinite(n) || bounds.length < 2) return null;
    const lo = Math.min(...bounds);
    const hi = Math.max(...bounds);
    const slack = (hi - lo) * 1e-9;
    if (n < lo - slack || n > hi + slack) return null;
  }
  const p = Number(scale.apply(v));
  return Number.isFinite(p) ? p + (scale.bandwidth ?? 0) / 2 : null;
}

function candidates(columns: TableColumn[], order: TableColumn['format'][]): TableColumn[] {
  const rank = (c: TableColumn) => {
    const i = order.indexOf(c.format ?? 'text');
    return i < 0 ? order.length : i;
  };
  return [...columns].sort((a, b) => rank(a) - rank(b));
}

function axis(scale: ScaleLike | undefined, row: Row, columns: TableColumn[], lang: Lang, order: TableColumn['format'][]): number | null {
  if (!scale) return null;
  for (const c of candidates(columns, order)) {
    for (const v of [row[c.key], cellValue(row, c, lang)]) {
      const p = project(scale, v, c.format === 'year');
      if (p !== null) return p;
    }
  }
  return null;
}

/** Position of a row in the plot's own coordinates (the SVG viewBox), or null when it cannot be placed. */
export function markPosition(
  row: Row, columns: TableColumn[], lang: Lang, scales: { x?: ScaleLike; y?: ScaleLike },
): { x: number; y: number } | null {
  const x = axis(scales.x, row, columns, lang, ['year', 'number', 'percent', 'text']);
  const y = axis(scales.y, row, columns, lang, ['number', 'percent', 'text', 'year']);
  return x === null || y === null ? null : { x, y };
}
