/**
 * Keyboard stepping through a chart's data points. The points are the data-table rows (exactly the numbers
 * drawn), grouped into series by the table's text columns and ordered along the first year column:
 * Left/Right step within a series, Up/Down change series at the same year, Home/End jump to the ends.
 */
import type { Row, TableColumn } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { paren, punct, t } from '../i18n/index.ts';
import { formatNumber, formatPercent, formatYear } from '../lib/format.ts';
import { qualifiedNumber } from '../lib/qualified-number.ts';
import { sourceText } from '../lib/source-text.ts';
import { cellValue, rowUnit, type ShareSource, sourcesOfRow } from './snapshot.ts';

export interface MarkSeries { label: string; rows: number[] }
/** xKey: the column along which points are ordered; flagKeys: yes/no columns (read out when true, never series). */
export interface MarkIndex { xKey: string; flagKeys: string[]; series: MarkSeries[] }
export interface MarkPos { series: number; point: number }

function xColumn(columns: TableColumn[]): TableColumn | undefined {
  return columns.find((c) => c.format === 'year') ?? columns[0];
}

/** Text columns that describe a point, not its series: the unit and the printed value go with the value, the source at the end. */
const NOT_SERIES = ['unit', 'value_published', 'source'];

function isText(c: TableColumn): boolean {
  return c.format === 'text' || c.format === undefined;
}

function sortable(v: unknown): number | string {
  return typeof v === 'number' ? v : String(v ?? '');
}

export function buildMarkIndex(rows: Row[], columns: TableColumn[], lang: Lang): MarkIndex {
  const x = xColumn(columns);
  const flagKeys = columns.filter((c) => isText(c) && rows.some((r) => typeof r[c.key] === 'boolean')).map((c) => c.key);
  const groupBy = columns.filter((c) => c !== x && isText(c) && !flagKeys.includes(c.key) && !NOT_SERIES.includes(c.key));
  const series = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const label = groupBy.map((c) => String(cellValue(row, c, lang) ?? '')).join(', ');
    const list = series.get(label) ?? [];
    list.push(i);
    series.set(label, list);
  });
  const xKey = x?.key ?? '';
  for (const list of series.values()) {
    list.sort((a, b) => {
      const va = sortable(rows[a]?.[xKey]);
      const vb = sortable(rows[b]?.[xKey]);
      return va < vb ? -1 : va > vb ? 1 : a - b;
    });
  }
  const all = [...series].map(([label, list]) => ({ label, rows: list }));
  // One point per series (a ranking, a single year): step through all points in table order instead.
  if (all.length > 1 && all.every((s) => s.rows.length === 1)) {
    return { xKey, flagKeys, series: [{ label: '', rows: rows.map((_r, i) => i) }] };
  }
  return { xKey, flagKeys, series: all };
}

/** New position after a key press, or null when the key is not a navigation key (let it through). */
export function moveMark(index: MarkIndex, rows: Row[], pos: MarkPos | null, key: string): MarkPos | null {
  if (index.series.length === 0) return null;
  const current = pos ?? { series: 0, point: 0 };
  const length = (s: number) => index.series[s]!.rows.length;
  switch (key) {
    case 'ArrowRight':
      return pos ? { ...current, point: Math.min(current.point + 1, length(current.series) - 1) } : current;
    case 'ArrowLeft':
      return pos ? { ...current, point: Math.max(current.point - 1, 0) } : current;
    case 'Home':
      return { ...current, point: 0 };
    case 'End':
      return { ...current, point: length(current.series) - 1 };
    case 'ArrowUp':
    case 'ArrowDown': {
      if (!pos) return current;
      const target = key === 'ArrowDown'
        ? Math.min(current.series + 1, index.series.length - 1)
        : Math.max(current.series - 1, 0);
      if (target === current.series) return current;
      const x = rows[index.series[current.series]!.rows[current.point]!]?.[index.xKey];
      const same = index.series[target]!.rows.findIndex((r) => rows[r]?.[index.xKey] === x);
      return { series: target, point: same >= 0 ? same : Math.min(current.point, length(target) - 1) };
    }
    default:
      return null;
  }
}

export function rowAt(index: MarkIndex, pos: MarkPos): number {
  return index.series[pos.series]!.rows[pos.point]!;
}

/** Same formatting as the data table, so what is read out matches what is printed. */
export function formatCell(v: unknown, c: TableColumn, lang: Lang): string {
  if (v === null || v === undefined || v === '') return t('frame.noData', lang);
  if (typeof v !== 'number') return String(v);
  if (c.format === 'year') return formatYear(v);
  return c.format === 'percent' ? formatPercent(v, lang) : formatNumber(v, lang);
}

/** Spoken text for one point, e.g. "Cities, 2015: 3.72 per 1,000 population (source: …) — 1 of 2". */
export function announceMark(
  index: MarkIndex, rows: Row[], pos: MarkPos, columns: TableColumn[], sources: ShareSource[], lang: Lang,
): string {
  const sep = punct(lang).comma;
  const row = rows[rowAt(index, pos)] ?? {};
  const x = columns.find((c) => c.key === index.xKey);
  // The unit column is read with the value, not as a series name.
  const groupBy = columns.filter((c) => c !== x && isText(c) && !index.flagKeys.includes(c.key) && !NOT_SERIES.includes(c.key));
  const values = columns.filter((c) => c !== x && !isText(c));
  const present = values.filter((c) => cellValue(row, c, lang) !== null && cellValue(row, c, lang) !== undefined);
  const shown = present.length > 0 ? present : values.slice(0, 1);
  const unit = rowUnit(row, lang);
  const valueText = shown
    .map((c, i) => {
      const v = cellValue(row, c, lang);
      // The figure itself is read as printed: "more than 80", "2.90".
      let text = c.key === 'value' && typeof v === 'number' && (row.qualifier || row.precision !== undefined)
        ? qualifiedNumber(row, lang) + (c.format === 'percent' ? '%' : '')
        : formatCell(v, c, lang);
      if (i === 0 && typeof v === 'number' && unit) text += unit === '%' ? (text.endsWith('%') ? '' : '%') : ` ${unit}`;
      // Without a unit on the row, the column label (e.g. "Per 1,000") is what says what the number is.
      return shown.length > 1 || !unit ? `${c.label[lang]} ${text}` : text;
    })
    .join(sep);
  const head = [...groupBy.map((c) => String(cellValue(row, c, lang) ?? '')), x ? formatCell(row[x.key], x, lang) : '']
    .filter(Boolean).join(sep);
  const flags = columns.filter((c) => index.flagKeys.includes(c.key) && row[c.key] === true).map((c) => c.label[lang]);
  const flagText = flags.length ? paren(flags.join(punct(lang).comma), lang) : '';
  const src = [...new Set(sourcesOfRow(row, sources).map((s) => sourceText(s, lang)))].join('; ');
  const srcText = src ? t('share.readSource', lang, { source: src }) : '';
  const position = t('share.readPosition', lang, { i: pos.point + 1, n: index.series[pos.series]!.rows.length });
  return `${head}: ${valueText}${flagText}${srcText} — ${position}`;
}
