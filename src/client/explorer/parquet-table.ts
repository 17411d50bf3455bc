/**
 * Rows read from a Parquet file (src/client/parquet-range.ts) as a DuckDB table of the explorer: the file's column
 * types mapped to DuckDB's (the rows are then loaded by src/client/csv-table.ts), the table's name, and the filter
 * and columns a reader writes. Pure.
 */
import { parquetSchema, type FileMetaData, type SchemaElement } from 'hyparquet';
import type { Filter } from '../parquet-range.ts';
import type { DuckType } from '../csv-table.ts';

/** The DuckDB type a Parquet column is loaded as: numbers, truth values, dates and times as such, the rest as text. */
export function duckType(e: SchemaElement): DuckType {
  const logical = e.logical_type?.type;
  if (logical === 'DATE' || e.converted_type === 'DATE') return 'DATE';
  if (logical === 'TIMESTAMP' || e.converted_type === 'TIMESTAMP_MILLIS' || e.converted_type === 'TIMESTAMP_MICROS' || e.type === 'INT96') return 'TIMESTAMP';
  if (logical === 'DECIMAL' || e.converted_type === 'DECIMAL' || logical === 'FLOAT16') return 'DOUBLE';
  if (e.converted_type === 'UINT_32') return 'BIGINT';
  if (logical === 'STRING' || e.converted_type === 'UTF8' || logical === 'JSON' || logical === 'UUID') return 'VARCHAR';
  switch (e.type) {
    case 'BOOLEAN': return 'BOOLEAN';
    case 'INT32': return 'INTEGER';
    case 'INT64': return 'BIGINT';
    case 'FLOAT': case 'DOUBLE': return 'DOUBLE';
    default: return 'VARCHAR';
  }
}

/** Every top-level column of a file with the DuckDB type it is loaded as (nested columns as JSON text). */
export function columnTypes(metadata: FileMetaData): Map<string, DuckType> {
  return new Map(parquetSchema(metadata).children.map((c) => [c.element.name, c.children.length ? 'VARCHAR' : duckType(c.element)]));
}

/** A table name from a file name: letters, digits and underscores, not starting with a digit. */
export function tableName(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.parquet$/i, '').toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return !base ? 'parquet_file' : /^[0-9]/.test(base) ? `t_${base}` : base;
}

/** Why a filter cannot be read: the words come from the page (`explore.parquet.badFilter`, `.unknownColumn`). */
export class FilterError extends Error {
  readonly kind: 'badFilter' | 'unknownColumn';
  readonly part: string;
  constructor(kind: 'badFilter' | 'unknownColumn', part: string) {
    super(`${kind}: ${part}`);
    this.kind = kind;
    this.part = part;
  }
}

/** Columns as a reader lists them (`year, value`), checked against the file; empty text: every column, in order. */
export function parseColumns(text: string, types: Map<string, DuckType>): string[] {
  const names = text.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1')).filter(Boolean);
  for (const n of names) if (!types.has(n)) throw new FilterError('unknownColumn', n);
  return names.length ? [...new Set(names)] : [...types.keys()];
}

/**
 * A filter as a reader writes it — `geo_code = 110000, cadre = 'nurses'` (pairs separated by commas or AND) — as
 * column → value, a number for a numeric column. Empty text: no filter (the whole file).
 */
export function parseFilter(text: string, types: Map<string, DuckType>): Filter {
  const out: Filter = {};
  for (const part of text.split(/,|\band\b/i).map((p) => p.trim()).filter(Boolean)) {
    const m = part.match(/^"?([^"=\s]+)"?\s*=\s*(.+)$/);
    if (!m) throw new FilterError('badFilter', part);
    const [, column, raw] = m as unknown as [string, string, string];
    const type = types.get(column);
    if (!type) throw new FilterError('unknownColumn', column);
    const value = raw.trim().replace(/^'(.*)'$/s, '$1').replace(/^"(.*)"$/s, '$1');
    const numeric = type === 'INTEGER' || type === 'BIGINT' || type === 'DOUBLE';
    if (numeric && (value === '' || !Number.isFinite(Number(value)))) throw new FilterError('badFilter', part);
    out[column] = numeric ? Number(value) : value;
  }
  return out;
}
