/**
 * The contract every chart follows. A chart is data + pure functions, so the same definition renders on the
 * server (Astro build, DuckDB in Node) and in the browser (DuckDB-WASM), and feeds the embed, download,
 * data-table and description features without any of them knowing the chart's internals.
 */
import type * as Plot from '@observablehq/plot';
import type { Bilingual, Lang } from '../lib/schema.ts';
import type { QueryName } from '../lib/queries.ts';

/** Chart state: what the URL carries (defaults omitted). Values are strings or numbers only. */
export type ChartState = Record<string, string | number>;
export type Row = Record<string, unknown>;

export interface ControlOption { value: string | number; label: Bilingual }
export interface ControlDef {
  key: string;                               // state key, also the URL parameter name
  label: Bilingual;
  kind: 'select' | 'radio' | 'range';
  /** Static options, or a query whose rows are {value, label_zh, label_en} (options come from the data). */
  options?: ControlOption[];
  optionsQuery?: QueryName;
}

export interface RenderContext { lang: Lang; width: number; theme: 'light' | 'dark' }

/** A column of the data-table view and of the CSV/JSON download: exactly the numbers drawn. */
export interface TableColumn { key: string; label: Bilingual; format?: 'year' | 'number' | 'percent' | 'text' }

export interface ChartDefinition<S extends ChartState = ChartState> {
  id: string;                                // kebab-case, unique; used in /embed/<id>/ and in URL prefixes
  page: 'overview' | 'urban-rural' | 'qualifications' | 'training' | 'scenario';
  title: Bilingual;
  subtitle: (state: S, lang: Lang) => string; // includes the unit
  defaults: S;
  controls: ControlDef[];
  /** Named query + parameters for a state. Same name/params run in Node at build and in DuckDB-WASM. */
  query: (state: S) => { name: QueryName; params: Record<string, string | number> };
  /** Pure: rows + state + context → Plot options (no DOM access; Plot.plot is called by the caller). */
  plot: (rows: Row[], state: S, ctx: RenderContext) => Plot.PlotOptions;
  table: (state: S) => TableColumn[];
  /** Plain-language description generated from the rows (screen readers, alt text). */
  describe: (rows: Row[], state: S, lang: Lang) => string;
  /** Optional notes shown under the chart, computed from the rows (e.g. what the data does not hold yet). */
  notes?: (rows: Row[], state: S, lang: Lang) => string[];
}
