/** The reader's rows as the columns of the DuckDB table `my_rows` (pure: no page, no engine; loaded by csv-table.ts). */
import type { ColumnRows } from '../parquet-range.ts';
import type { DuckType } from '../csv-table.ts';
import type { OwnRow } from './read.ts';

/** Explicit column types: a column that is null in every row still has one. */
const COLUMNS: [keyof OwnRow, DuckType][] = [
  ['obs_id', 'VARCHAR'], ['theme', 'VARCHAR'], ['year', 'INTEGER'], ['geo_level', 'VARCHAR'], ['geo_code', 'VARCHAR'], ['area', 'VARCHAR'],
  ['institution', 'VARCHAR'], ['cadre', 'VARCHAR'], ['measure', 'VARCHAR'], ['unit', 'VARCHAR'], ['denominator', 'VARCHAR'],
  ['breakdown', 'VARCHAR'], ['category', 'VARCHAR'], ['programme', 'VARCHAR'], ['value', 'DOUBLE'], ['value_published', 'VARCHAR'],
  ['qualifier', 'VARCHAR'], ['precision', 'INTEGER'], ['unit_published', 'VARCHAR'], ['definition', 'VARCHAR'], ['flags', 'VARCHAR'],
  ['raw_file', 'VARCHAR'], ['raw_row', 'INTEGER'], ['locator', 'VARCHAR'],
];

export const MY_ROWS_TYPES: ReadonlyMap<string, DuckType> = new Map(COLUMNS);

export function myRowsColumns(rows: OwnRow[]): ColumnRows {
  return { names: COLUMNS.map(([c]) => c), columns: COLUMNS.map(([c]) => rows.map((r) => r[c])), length: rows.length };
}
