/**
 * What the Node runner (build time) and the browser runner (DuckDB-WASM) share, so the same named query with the
 * same parameters gives the same rows in both: one parameter binder and one row normaliser.
 */
import type { QueryParams, Row } from '../contract/rows.ts';
import { QUERIES, type QueryName } from './index.ts';

export interface QueryRunner {
  query(name: QueryName, params?: QueryParams): Promise<Row[]>;
}

function literal(value: string | number, name: string): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Parameter $${name} is not a finite number`);
    return String(value);
  }
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Replaces `$name` placeholders with SQL literals. Both engines then parse the identical SQL text, which is what
 * makes their results identical (positional binding types differ between @duckdb/node-api and duckdb-wasm).
 * Strings are quoted with '' escaping, numbers must be finite: a URL value can never change the query's shape.
 */
export function bindParams(sql: string, params: QueryParams = {}): string {
  return sql.replace(/\$([a-z_][a-z0-9_]*)/gi, (_m, name: string) => {
    if (!(name in params)) throw new Error(`Missing parameter $${name}`);
    return literal(params[name]!, name);
  });
}

export function sqlFor(name: QueryName, params: QueryParams = {}): string {
  const sql = QUERIES[name];
  if (sql === undefined) throw new Error(`Unknown query ${name}`);
  return bindParams(sql, params);
}

/** Plain JS values only: BigInt → number, Date → ISO date, lists → arrays, Arrow vectors/structs → JS. */
export function normaliseValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(normaliseValue);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number | bigint>, (v) => normaliseValue(v));
  const maybe = value as { toArray?: () => unknown; toJSON?: () => unknown };
  // Arrow list cells are Vectors (toArray), struct cells are StructRows (toJSON).
  if (typeof maybe.toArray === 'function') return normaliseValue(Array.from(maybe.toArray() as Iterable<unknown>));
  if (typeof maybe.toJSON === 'function') return normaliseValue(maybe.toJSON());
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, normaliseValue(v)]));
  }
  return String(value);
}

export function normaliseRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = normaliseValue(v);
  return out;
}
