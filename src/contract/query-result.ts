/**
 * A free query's result (the Explore page): column names with a simple kind each and rows of plain values. Its
 * table, quick chart and downloads all read this shape.
 */
export type ColumnKind = 'number' | 'text' | 'boolean' | 'list' | 'date';
export interface ResultColumn { name: string; kind: ColumnKind }
export type Cell = number | string | boolean | null | Cell[];

export interface QueryResult {
  columns: ResultColumn[];
  rows: Cell[][];
  /** More rows than the cap: `rows` holds the first `cap` of them. */
  capped: boolean;
  /** Milliseconds from sending the query to the last row read. */
  ms: number;
}
