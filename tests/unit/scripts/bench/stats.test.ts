import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quantile, ratio, spread } from '../../../../scripts/bench/stats.ts';

test('quantile takes the nearest rank, whatever the order of the sample', () => {
  const xs = [50, 10, 40, 20, 30];
  assert.equal(quantile(xs, 0.5), 30);
  assert.equal(quantile(xs, 0.95), 50);
  assert.equal(quantile(xs, 0), 10);
  assert.equal(quantile([], 0.5), null);
});

test('p95 of twenty changes is the 19th slowest, not the slowest', () => {
  const xs = Array.from({ length: 20 }, (_, i) => i + 1);
  assert.deepEqual(spread(xs), { n: 20, p50: 10, p95: 19, max: 20 });
});

test('ratio is b over a, and nothing when a is missing or zero', () => {
  assert.equal(ratio(370, 10), 37);
  assert.equal(ratio(5, 0), null);
  assert.equal(ratio(null, 10), null);
});
