/**
 * What query results look like to everything downstream (charts, tables, downloads): plain rows of JS values, the
 * state a chart is drawn for, and the columns of a data table.
 */
import type { Bilingual } from './schema.ts';

/** One result row: strings, numbers, booleans, null, or lists of them (both engines normalise to these). */
export type Row = Record<string, unknown>;

/** A chart's state: what its URL carries (defaults omitted). Values are strings or numbers only. */
export type ChartState = Record<string, string | number>;

/** Named-query parameters, bound as SQL literals. */
export type QueryParams = Record<string, string | number>;

/**
 * A column of a chart's data table and of its CSV/JSON downloads: exactly the numbers drawn. A text column shows the
 * row's `<key>_<lang>` label when the query returns one.
 */
export interface TableColumn { key: string; label: Bilingual; format?: 'year' | 'number' | 'percent' | 'text' }

/**
 * A source as readers see it (the `source_list` query): the page read and the original publication it copies.
 * Words about it are made by src/lib/source-text.ts; the id only links to the Sources page and joins rows.
 */
export interface SourceInfo {
  id: string; publisher: string; title: string; url: string | null; kind: string;
  host: string | null; copy_kind: string; copy_kind_zh?: string | null; copy_kind_en?: string | null; is_mirror: boolean;
  original_id: string; original_publisher: string | null; original_publisher_en: string | null;
  original_title: string | null; original_title_en: string | null; original_date: string | null; original_locator: string | null;
  original_note: string | null;
}
