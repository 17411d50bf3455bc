/**
 * The code sets the queries ask about (data/vocab/chart-sets.json), as SQL literals. Configuration lives in that
 * data file, not in SQL strings; this module only quotes it.
 */
import sets from '../../data/vocab/chart-sets.json' with { type: 'json' };

const quote = (code: string) => `'${code.replaceAll("'", "''")}'`;

/** `'a', 'b', 'c'` for an IN (…) list. */
export const sqlList = (codes: readonly string[]): string => codes.map(quote).join(', ');

/** A VALUES table of objects, one column per field (missing fields are NULL): `(VALUES (…), (…)) AS name(cols)`. */
export function sqlValues(name: string, rows: readonly Record<string, string | number | undefined>[], columns: readonly string[]): string {
  const cell = (v: string | number | undefined) => (v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : quote(v));
  return `(VALUES ${rows.map((r) => `(${columns.map((c) => cell(r[c])).join(', ')})`).join(', ')}) AS ${name}(${columns.join(', ')})`;
}

export const SETS = sets;

export type ComparisonGroup = (typeof sets.comparison_groups.groups)[number];
export const COMPARISON_GROUPS: readonly ComparisonGroup[] = sets.comparison_groups.groups;
