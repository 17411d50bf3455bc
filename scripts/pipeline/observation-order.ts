/**
 * The published order of the observations: by the common chart filters (parquet-layout.ts, stated in the manifest),
 * then by figure, the preferred observation first, then by id. The id is unique, so the order is total: any correct
 * sort gives the same rows in the same order.
 */
import { figureKey, type Obs } from './normalise.ts';
import { OBSERVATIONS_SORTED_BY } from './parquet-layout.ts';

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Figure, preferred first, id: what orders rows that agree on every sorted-by column (their figure keys given). */
const tail = (a: Obs, b: Obs, keyA: string, keyB: string) => cmp(keyA, keyB) || Number(b.is_preferred) - Number(a.is_preferred) || cmp(a.obs_id, b.obs_id);

export function observationOrder(a: Obs, b: Obs): number {
  for (const k of OBSERVATIONS_SORTED_BY) { const c = cmp(a[k], b[k]); if (c) return c; }
  return tail(a, b, figureKey(a), figureKey(b));
}

/**
 * The sorted-by columns of every row as one number, whose order is the columns' order: each column's value is replaced
 * by its rank among the column's distinct values, and the ranks combined digit by digit. Null when a column holds
 * anything but text or numbers of one kind, or the combination would not fit a float exactly.
 */
function sortKeys(rows: Obs[]): Float64Array | null {
  const k = OBSERVATIONS_SORTED_BY.length;
  // one pass over the rows: each value's id in order of first appearance, per column
  const ids = new Int32Array(rows.length * k);
  const distinct = OBSERVATIONS_SORTED_BY.map(() => new Map<string | number, number>());
  const kinds: string[] = [];
  // a file's rows repeat most of these values row after row: a value the row before had keeps its id without a look-up
  const last: unknown[] = [], lastId = new Int32Array(k);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < k; c++) {
      const v = row[OBSERVATIONS_SORTED_BY[c]!] as unknown;
      if (r > 0 && v === last[c]) { ids[r * k + c] = lastId[c]!; continue; }
      const seen = distinct[c]!;
      let id = seen.get(v as string | number);
      if (id === undefined) {
        const kind = typeof v;
        if ((kind !== 'string' && kind !== 'number') || Number.isNaN(v) || (kinds[c] ??= kind) !== kind) return null;
        seen.set(v as string | number, (id = seen.size));
      }
      ids[r * k + c] = id;
      last[c] = v;
      lastId[c] = id;
    }
  }
  // ids → ranks, and the radix of each column
  const rankOf = distinct.map((seen) => {
    const values = [...seen.keys()];
    const order = values.map((_, i) => i).sort((x, y) => cmp(values[x]!, values[y]!));
    const rank = new Float64Array(values.length);
    order.forEach((id, r) => { rank[id] = r; });
    return rank;
  });
  if (rankOf.reduce((p, rank) => p * Math.max(1, rank.length), 1) > Number.MAX_SAFE_INTEGER) return null;
  const keys = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    let key = 0;
    for (let c = 0; c < k; c++) key = key * Math.max(1, rankOf[c]!.length) + rankOf[c]![ids[r * k + c]!]!;
    keys[r] = key;
  }
  return keys;
}

/**
 * Row indexes ordered by `keys`, equal keys in index order: each key's rank among the distinct keys and the row's
 * index as one number (rank × rows + index, exact while it stays below 2^53), sorted as numbers without a comparison
 * function.
 */
function orderByKey(keys: Float64Array): Float64Array {
  const n = keys.length;
  const distinct = keys.slice().sort();
  let d = 0;
  for (let i = 0; i < n; i++) if (i === 0 || distinct[i] !== distinct[d - 1]) distinct[d++] = distinct[i]!;
  const combined = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // the key's rank: a binary search among the distinct keys
    let lo = 0, hi = d - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (distinct[mid]! < keys[i]!) lo = mid + 1; else hi = mid; }
    combined[i] = lo * n + i;
  }
  return combined.sort();
}

/**
 * The rows in the published order (a new array). A large table's rows are spread over memory: comparing numbers
 * computed in one pass is much faster than reading seven fields of two rows for each of the sort's comparisons, and
 * only rows that agree on every sorted-by column are compared row by row.
 */
export function sortObservations(rows: Obs[]): Obs[] {
  const keys = sortKeys(rows);
  if (!keys || rows.length * rows.length > Number.MAX_SAFE_INTEGER) return [...rows].sort(observationOrder);
  const n = rows.length;
  const byKey = orderByKey(keys);
  const out: Obs[] = [];
  for (let start = 0; start < n;) {
    const rank = Math.floor(byKey[start]! / n);
    let end = start + 1;
    while (end < n && Math.floor(byKey[end]! / n) === rank) end++;
    if (end - start === 1) out.push(rows[byKey[start]! % n]!);
    else {
      // each row's figure key computed once for the run's comparisons
      const run: [Obs, string][] = [];
      for (let i = start; i < end; i++) { const o = rows[byKey[i]! % n]!; run.push([o, figureKey(o)]); }
      for (const [o] of run.sort(([a, ka], [b, kb]) => tail(a, b, ka, kb))) out.push(o);
    }
    start = end;
  }
  return out;
}
