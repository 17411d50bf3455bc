/**
 * What the share features (downloads, citation, mark navigation) need to know about one rendered chart. The
 * toolbar's client builds it from the chart definition, the rows drawn and /share/meta.json, so the export code
 * below works on plain data and knows no chart internals.
 */
import type { ChartState, Row, TableColumn } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { punct, t } from '../i18n/index.ts';

export interface ShareSource { id: string; title: string; url: string | null; publisher: string }

export interface ChartSnapshot {
  chartId: string;
  lang: Lang;
  title: string;
  subtitle: string;
  state: ChartState;
  defaults: ChartState;
  /** Columns of the data table: exactly the numbers drawn. */
  columns: TableColumn[];
  /** Rows drawn; each may carry `unit` and `source_id` besides the column keys. */
  rows: Row[];
  sources: ShareSource[];
  dataVersion: string;
  /** Absolute URL of the chart's full view in this state. */
  permalink: string;
}

/** /share/meta.json (src/pages/share/meta.json.ts). */
export interface ShareMeta { dataVersion: string; sources: ShareSource[] }

/** Source of one row: its own source_id if it has one and it is known, else every source of the chart. */
export function sourcesOfRow(row: Row, sources: ShareSource[]): ShareSource[] {
  const id = row.source_id;
  if (typeof id === 'string') {
    const own = sources.find((s) => s.id === id);
    if (own) return [own];
  }
  return sources;
}

/**
 * "来源：A；B（二手来源）" / "Sources: A; B (secondary source)": every source of the rows drawn, in first-seen
 * order, for the downloaded image (which, unlike the page, cannot link or fold the list).
 */
export function sourceLine(s: Pick<ChartSnapshot, 'rows' | 'sources' | 'lang'>): string {
  const secondary = new Map<string, boolean>();
  for (const r of s.rows) {
    if (typeof r.source_id !== 'string') continue;
    secondary.set(r.source_id, (secondary.get(r.source_id) ?? false) || r.is_secondary === true);
  }
  const items = [...secondary].flatMap(([id, sec]) => {
    const src = s.sources.find((x) => x.id === id);
    if (!src) return [];
    const name = src.publisher ? `${src.publisher}: ${src.title}` : src.title;
    return [sec ? `${name}${t('share.secondaryMark', s.lang)}` : name];
  });
  if (items.length === 0) return '';
  return t(items.length > 1 ? 'share.sourceLineMany' : 'share.sourceLineOne', s.lang) + items.join(punct(s.lang).semicolon);
}

/** A row's value for a column; text columns prefer the row's label in the language (`<key>_zh` / `<key>_en`). */
export function cellValue(row: Row, column: TableColumn, lang: Lang): unknown {
  return row[`${column.key}_${lang}`] ?? row[column.key];
}

/** A row's unit in the language: the query's own words (`unit_zh` / `unit_en`), else its unit code. */
export function rowUnit(row: Row, lang: Lang): string {
  const words = row[`unit_${lang}`];
  if (typeof words === 'string' && words !== '') return words;
  return typeof row.unit === 'string' ? row.unit : '';
}
