import { test } from 'node:test';
import assert from 'node:assert/strict';
import { observationOrder, sortObservations } from '../../../../scripts/pipeline/observation-order.ts';
import type { Obs } from '../../../../scripts/pipeline/normalise.ts';
import { makeObs } from '../../helpers/pipeline.ts';

/** A deterministic mix of observations that differ in every sorted-by column, with ties broken further down. */
function mixed(n: number): Obs[] {
  let seed = 7;
  const pick = <T>(xs: T[]): T => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return xs[seed % xs.length]!; };
  return Array.from({ length: n }, (_, i) => makeObs({
    obs_id: `f${pick(['a', 'b', 'Z'])}.csv#${i}`,
    theme: pick(['workforce', 'international', 'target'] as Obs['theme'][]),
    cadre: pick(['nurses', 'physicians', 'health_workers', 'Nurses']),
    measure: pick(['headcount', 'density']),
    unit: pick(['persons', 'per_1000']),
    geo_level: pick(['national', 'province'] as Obs['geo_level'][]),
    geo_code: pick(['CHN', '110000', '650000', 'AAA']),
    year: pick([1949, 2000, 2015, 2023]),
    area: pick(['total', 'urban'] as Obs['area'][]),
    is_preferred: pick([true, false]),
  }));
}

test('the observations come out in the order of the chart filters, then figure, preferred first, then id', () => {
  const rows = mixed(3000);
  const sorted = sortObservations(rows);
  assert.deepEqual(sorted.map((o) => o.obs_id), [...rows].sort(observationOrder).map((o) => o.obs_id));
  for (let i = 1; i < sorted.length; i++) assert.ok(observationOrder(sorted[i - 1]!, sorted[i]!) < 0, `rows ${i - 1} and ${i} out of order`);
  assert.equal(sorted.length, rows.length);
  assert.notEqual(sorted, rows); // a new array; the input keeps its order
});

test('numbers sort as numbers and texts by code unit, as the comparison does', () => {
  const rows = [
    makeObs({ obs_id: 'c', year: 2015 }), makeObs({ obs_id: 'a', year: 999 }), makeObs({ obs_id: 'b', year: 10000 }),
    makeObs({ obs_id: 'd', year: 2015, cadre: 'Nurses' }),
  ];
  assert.deepEqual(sortObservations(rows).map((o) => o.obs_id), ['d', 'a', 'c', 'b']);
});

test('a column with gaps or mixed kinds is still sorted by the comparison itself', () => {
  const rows = mixed(200);
  (rows[5] as unknown as Record<string, unknown>).geo_code = null;
  (rows[9] as unknown as Record<string, unknown>).year = '2015';
  assert.deepEqual(sortObservations(rows).map((o) => o.obs_id), [...rows].sort(observationOrder).map((o) => o.obs_id));
});
