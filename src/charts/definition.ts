/**
 * The contract every chart follows. A chart is data + pure functions, so the same definition renders on the
 * server (site build, DuckDB in Node) and in the browser (DuckDB-WASM), and feeds the embed, download,
 * data-table and description features without any of them knowing the chart's internals. Each chart is one file
 * in ./definitions/ (its default export) and says which page shows it, in what order.
 */
import type * as Plot from '@observablehq/plot';
import type { ChartState, QueryParams, Row, TableColumn } from '../contract/rows.ts';
import type { Bilingual, Lang } from '../contract/schema.ts';
import type { StringKey } from '../i18n/index.ts';
import type { QueryName } from '../queries/index.ts';

export type { ChartState, Row, TableColumn };

export interface ControlOption { value: string | number; label: Bilingual }
export interface ControlDef {
  key: string;                               // state key, also the URL parameter name
  label: Bilingual;
  kind: 'select' | 'radio' | 'range';
  /** Static options, or a query whose rows are {value, label_zh, label_en} (options come from the data). */
  options?: ControlOption[];
  optionsQuery?: QueryName;
  /**
   * The key of another control whose value decides which of these options hold figures: the options query then
   * returns a `for` column (that control's value), and only the options for the current value are offered (a year
   * menu lists the years with figures for the chosen indicator).
   */
  dependsOn?: string;
  /** Words of an option made from its query row (e.g. "2018 (31 provinces)"), when the query gives no labels. */
  optionLabel?: (row: Row, lang: Lang) => string;
}

export interface RenderContext { lang: Lang; width: number; theme: 'light' | 'dark' }

export interface ChartDefinition<S extends ChartState = ChartState> {
  id: string;                                // kebab-case, unique, the file name; used in /embed/<id>/, URL prefixes and string keys
  /** The page that shows the chart (a page id of src/content/pages), its place there, and the titled section it opens or continues. */
  page: string;
  order: number;
  section?: StringKey;
  title: Bilingual;
  subtitle: (state: S, lang: Lang) => string; // includes the unit
  defaults: S;
  controls: ControlDef[];
  /** Named query + parameters for a state. Same name/params run in Node at build and in DuckDB-WASM. */
  query: (state: S) => { name: QueryName; params: QueryParams };
  /** Pure: rows + state + context → Plot options (no DOM access; Plot.plot is called by the caller). */
  plot: (rows: Row[], state: S, ctx: RenderContext) => Plot.PlotOptions;
  table: (state: S) => TableColumn[];
  /** Plain-language description generated from the rows (screen readers, alt text). */
  describe: (rows: Row[], state: S, lang: Lang) => string;
  /** Optional notes shown under the chart, computed from the rows (e.g. what the data does not hold yet). */
  notes?: (rows: Row[], state: S, lang: Lang) => string[];
  /**
   * The one visible sentence saying which years and places the chart has and lacks (default: describe.ts,
   * coverageSentence, from the rows' years and places). It is the first note and is part of the description.
   */
  coverage?: (rows: Row[], state: S, lang: Lang) => string;
}

/** Typed at the definition, stored untyped in the registry (state keys are checked by the chart itself). */
export function defineChart<S extends ChartState>(def: ChartDefinition<S>): ChartDefinition {
  return def as unknown as ChartDefinition;
}
