/**
 * What the share features (downloads, citation, mark navigation) need to know about one rendered chart. The
 * toolbar's client builds it from the chart definition, the rows drawn and /share/meta.json, so the export code
 * below works on plain data and knows no chart internals.
 */
import type { ChartState, Row, SourceInfo, TableColumn } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { punct, t } from '../i18n/index.ts';
import { httpUrl } from '../lib/http-url.ts';
import { byOriginal, originalCitation, readFrom } from '../lib/source-text.ts';

/** A source as the share features know it: the page read and the original publication it copies. */
export type ShareSource = SourceInfo;

/** The source rows of the `source_list` query as share sources (plain values, no database types, http(s) addresses only). */
export function shareSources(rows: Row[]): ShareSource[] {
  const text = (r: Row, k: string) => (typeof r[k] === 'string' && r[k] !== '' ? (r[k] as string) : null);
  return rows.map((r) => ({
    id: String(r.id), title: String(r.title ?? ''), publisher: String(r.publisher ?? ''), url: httpUrl(r.url), kind: String(r.kind ?? ''),
    host: text(r, 'host'), copy_kind: String(r.copy_kind ?? ''), copy_kind_zh: text(r, 'copy_kind_zh'), copy_kind_en: text(r, 'copy_kind_en'),
    is_mirror: r.is_mirror === true, original_id: String(r.original_id ?? r.id), original_publisher: text(r, 'original_publisher'),
    original_publisher_en: text(r, 'original_publisher_en'), original_title: text(r, 'original_title'),
    original_title_en: text(r, 'original_title_en'), original_date: text(r, 'original_date'),
    original_locator: text(r, 'original_locator'), original_note: text(r, 'original_note'),
  }));
}

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

/** /share/meta.json (src/pages/share/meta.json.ts): data version, the date the site was built, every source. */
export interface ShareMeta { dataVersion: string; builtOn: string; sources: ShareSource[] }

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
 * "来源：国家卫生健康委员会《…》（读取自：…）；…" / "Sources: National Health Commission: … (read from: …)": every original
 * publication of the rows drawn, once, in first-seen order, with the copies read, for the downloaded image (which,
 * unlike the page, cannot link or fold the list).
 */
export function sourceLine(s: Pick<ChartSnapshot, 'rows' | 'sources' | 'lang'>): string {
  const secondary = new Map<string, boolean>();
  for (const r of s.rows) {
    if (typeof r.source_id !== 'string') continue;
    secondary.set(r.source_id, (secondary.get(r.source_id) ?? false) || r.is_secondary === true);
  }
  const used = [...secondary.keys()].flatMap((id) => s.sources.filter((x) => x.id === id));
  const items = byOriginal(used).map(({ original, copies }) => {
    const sec = copies.some((c) => secondary.get(c.id)) ? t('share.secondaryMark', s.lang) : '';
    const [open, close] = s.lang === 'zh' ? ['（', '）'] : [' (', ')'];
    return `${originalCitation(original, s.lang)}${sec}${open}${copies.map((c) => readFrom(c, s.lang)).join(punct(s.lang).semicolon)}${close}`;
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
