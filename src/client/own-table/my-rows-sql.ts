/** The reader's rows as SQL statements that create the DuckDB table `my_rows` (pure: no page, no engine). */
import type { OwnRow } from './read.ts';

/** Explicit column types: a column that is null in every row still has one. */
const COLUMNS: [keyof OwnRow, 'VARCHAR' | 'INTEGER' | 'DOUBLE'][] = [
  ['obs_id', 'VARCHAR'], ['theme', 'VARCHAR'], ['year', 'INTEGER'], ['geo_level', 'VARCHAR'], ['geo_code', 'VARCHAR'], ['area', 'VARCHAR'],
  ['institution', 'VARCHAR'], ['cadre', 'VARCHAR'], ['measure', 'VARCHAR'], ['unit', 'VARCHAR'], ['denominator', 'VARCHAR'],
  ['breakdown', 'VARCHAR'], ['category', 'VARCHAR'], ['programme', 'VARCHAR'], ['value', 'DOUBLE'], ['value_published', 'VARCHAR'],
  ['qualifier', 'VARCHAR'], ['precision', 'INTEGER'], ['unit_published', 'VARCHAR'], ['definition', 'VARCHAR'], ['flags', 'VARCHAR'],
  ['raw_file', 'VARCHAR'], ['raw_row', 'INTEGER'], ['locator', 'VARCHAR'],
];
/** Rows per INSERT statement. */
const CHUNK = 500;

function sqlValue(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NULL';
  return `'${String(v).replaceAll("'", "''")}'`;
}

/**
 * The statements that create my_rows from the reader's rows: plain SQL, because building Arrow vectors in the page
 * compiles code from strings, which the site's Content-Security-Policy forbids.
 */
export function ownRowsSql(rows: OwnRow[]): string[] {
  const out = [`CREATE TABLE my_rows (${COLUMNS.map(([c, type]) => `"${c}" ${type}`).join(', ')})`];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => `(${COLUMNS.map(([c]) => sqlValue(r[c])).join(', ')})`);
    out.push(`INSERT INTO my_rows VALUES ${values.join(', ')}`);
  }
  return out;
}
