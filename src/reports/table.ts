/** A plain-text table of figures for reading in a terminal (the command line's --format table). */
import type { Figure } from './types.ts';

const COLUMNS: [string, (f: Figure) => string][] = [
  ['start', (f) => String(f.start)],
  ['text', (f) => f.text],
  ['value', (f) => (f.value_max === null ? String(f.value) : `${f.value}–${f.value_max}`)],
  ['qual', (f) => f.qualifier ?? ''],
  ['unit', (f) => f.unit],
  ['kind', (f) => f.kind],
  ['target', (f) => (f.is_target ? 'yes' : '')],
  ['year', (f) => (f.year ? `${f.year}${f.year_flag === 'implausible' ? '?' : ''}` : '—')],
  ['place', (f) => f.place ?? ''],
  ['doc', (f) => f.document ?? ''],
  ['group', (f) => (f.group ? `${f.group}:${f.role}${f.discrepancy ? '!' : ''}` : '')],
  ['repeat', (f) => f.repeat_of ?? ''],
  ['subject', (f) => f.subject_zh + (f.code ? ` [${f.code}]` : '')],
];

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const c of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1;
  return w;
}

export function figureTable(figures: Figure[]): string {
  const rows = [COLUMNS.map(([h]) => h), ...figures.map((f) => COLUMNS.map(([, get]) => get(f)))];
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((r) => width(r[c]!))));
  const line = (r: string[]) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c]! - width(cell)))).join('  ').trimEnd();
  return [line(rows[0]!), ...rows.slice(1).map(line), `${figures.length} figure(s)`].join('\n') + '\n';
}
