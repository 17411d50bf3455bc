/**
 * Answers computed ahead: the rows of every named query a chart's controls can ask for, run at build time by the same
 * runner and stored per query name (/answers/<query>.json), so a control change is answered without starting
 * DuckDB-WASM. Pure: the build encodes, the browser decodes, tests check the round trip.
 *
 * Format: strings appear once in `strings`; a column of an answer is either `{ k: value }` (the same value in every
 * row), `{ s: [index | null …] }` (text) or `{ v: [value …] }` (numbers, booleans, lists, nulls), and every distinct
 * column, and every distinct list of column names, is stored once (`columns`, `names`) for all the answers that have
 * it (e.g. the provinces' codes and names in every year's map): a file is a fraction of its JSON-rows size, and
 * small to parse.
 */
import type { QueryParams, Row } from '../contract/rows.ts';

type Column = { k: unknown } | { s: (number | null)[] } | { v: unknown[] };
/** One answer: its row count, its column names (an index into `names`) and its columns (indexes into `columns`). */
export interface EncodedAnswer { n: number; names: number; data: number[] }
export interface AnswerFile {
  query: string; dataVersion: string; strings: string[]; names: string[][]; columns: Column[];
  answers: Record<string, EncodedAnswer>;
}

/** Numbers for values, the same number for the same value (compared as JSON), with the values in order. */
function pool<T>(): { values: T[]; index: (value: T) => number } {
  const values: T[] = [];
  const seen = new Map<string, number>();
  return {
    values,
    index(value) {
      const key = JSON.stringify(value);
      let i = seen.get(key);
      if (i === undefined) {
        i = values.length;
        values.push(value);
        seen.set(key, i);
      }
      return i;
    },
  };
}

/** The key of a parameter set: the same for the same parameters in any order. */
export function paramsKey(params: QueryParams): string {
  return JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k]]));
}

export function encodeAnswers(query: string, dataVersion: string, answers: ReadonlyMap<string, Row[]>): AnswerFile {
  const strings = pool<string>();
  const names = pool<string[]>();
  const columns = pool<Column>();
  const out: Record<string, EncodedAnswer> = {};
  for (const [key, rows] of answers) {
    const columnNames = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const data = columnNames.map((c): number => {
      const values = rows.map((r) => (r[c] === undefined ? null : r[c]));
      const first = JSON.stringify(values[0]);
      if (values.length > 1 && values.every((v) => JSON.stringify(v) === first)) return columns.index({ k: values[0] });
      return columns.index(values.every((v) => v === null || typeof v === 'string')
        ? { s: values.map((v) => (v === null ? null : strings.index(v as string))) }
        : { v: values });
    });
    out[key] = { n: rows.length, names: names.index(columnNames), data };
  }
  return { query, dataVersion, strings: strings.values, names: names.values, columns: columns.values, answers: out };
}

/** A value of its own for each row: lists and objects are copied (columns are shared between answers, rows are not). */
const own = (value: unknown): unknown => (typeof value === 'object' && value !== null ? structuredClone(value) : value);

/** The rows of one answer, as the runners return them. */
export function decodeAnswer(file: AnswerFile, key: string): Row[] | null {
  const a = file.answers[key];
  if (!a) return null;
  const rows: Row[] = Array.from({ length: a.n }, () => ({}));
  file.names[a.names]!.forEach((c, j) => {
    const col = file.columns[a.data[j]!]!;
    for (let i = 0; i < a.n; i++) {
      rows[i]![c] = 'k' in col ? own(col.k) : 's' in col ? (col.s[i] === null ? null : file.strings[col.s[i]!]!) : own(col.v[i]);
    }
  });
  return rows;
}
