/**
 * Answers computed ahead: the rows of every named query a chart's controls can ask for, run at build time by the same
 * runner and stored per query name (/answers/<query>.json), so a control change is answered without starting
 * DuckDB-WASM. Pure: the build encodes, the browser decodes, tests check the round trip.
 *
 * Format: strings appear once in `strings`; each answer is column-major, a column either `{ k: value }` (the same
 * value in every row), `{ s: [index | null …] }` (text) or `{ v: [value …] }` (numbers, booleans, lists, nulls),
 * which keeps a file a fraction of its JSON-rows size.
 */
import type { QueryParams, Row } from '../contract/rows.ts';

type Column = { k: unknown } | { s: (number | null)[] } | { v: unknown[] };
export interface EncodedAnswer { columns: string[]; data: Column[]; n: number }
export interface AnswerFile { query: string; dataVersion: string; strings: string[]; answers: Record<string, EncodedAnswer> }

/** The key of a parameter set: the same for the same parameters in any order. */
export function paramsKey(params: QueryParams): string {
  return JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k]]));
}

export function encodeAnswers(query: string, dataVersion: string, answers: ReadonlyMap<string, Row[]>): AnswerFile {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const out: Record<string, EncodedAnswer> = {};
  for (const [key, rows] of answers) {
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const data = columns.map((c): Column => {
      const values = rows.map((r) => (r[c] === undefined ? null : r[c]));
      const first = JSON.stringify(values[0]);
      if (values.length > 1 && values.every((v) => JSON.stringify(v) === first)) return { k: values[0] };
      return values.every((v) => v === null || typeof v === 'string')
        ? { s: values.map((v) => (v === null ? null : intern(v as string))) }
        : { v: values };
    });
    out[key] = { columns, data, n: rows.length };
  }
  return { query, dataVersion, strings, answers: out };
}

/** The rows of one answer, as the runners return them. */
export function decodeAnswer(file: AnswerFile, key: string): Row[] | null {
  const a = file.answers[key];
  if (!a) return null;
  const rows: Row[] = Array.from({ length: a.n }, () => ({}));
  a.columns.forEach((c, j) => {
    const col = a.data[j]!;
    for (let i = 0; i < a.n; i++) {
      rows[i]![c] = 'k' in col ? structuredClone(col.k) : 's' in col ? (col.s[i] === null ? null : file.strings[col.s[i]!]!) : col.v[i];
    }
  });
  return rows;
}
