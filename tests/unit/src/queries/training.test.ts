/** The training queries, run over the built data, return the published figures (checked against the source documents). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, runner } from '../../helpers/query.ts';

test('GPs per 10,000 in 2015 = 1.38 (2015 bulletin, preferred over the journal’s 1.37); 2020–2030 targets', async () => {
  const rows = await runner.query('training_gp_series', { measure: 'density' });
  assert.equal(find(rows, (r) => r.kind === 'observed' && r.year === 2015).value, 1.38);
  assert.equal(find(rows, (r) => r.kind === 'observed' && r.year === 2023).value, 3.99);
  assert.ok(!rows.some((r) => r.kind === 'observed' && r.year === 2014), '2014 has no published density: a gap, not a row');
  const t2020 = find(rows, (r) => r.kind === 'target' && r.year === 2020);
  assert.equal(t2020.value, 2);
  assert.equal(t2020.value_high, 3);
  assert.equal(find(rows, (r) => r.kind === 'target' && r.year === 2030).value, 5);
  const heads = await runner.query('training_gp_series', { measure: 'headcount' });
  // 2012: the journal's own page (10.98万) ranks before a copy of the same journal on a mirror host (109794)
  assert.equal(find(heads, (r) => r.kind === 'observed' && r.year === 2012).value, 109800);
  assert.equal(find(heads, (r) => r.kind === 'target' && r.year === 2020).value, 300000);
  assert.ok(!heads.some((r) => r.kind === 'target' && r.year === 2030), 'the 2030 "500,000 more" is an increase, not a level');
});

test('residency cumulative totals and order-directed plans as published', async () => {
  const res = await runner.query('training_residency');
  assert.equal(find(res, (r) => r.measure === 'cumulative_enrolled' && r.year === 2018).value, 480000);
  assert.equal(find(res, (r) => r.measure === 'cumulative_certified' && r.year === 2023).value, 640000);
  assert.equal(find(res, (r) => r.kind === 'target').value, 500000);
  const od = await runner.query('training_order_directed');
  assert.deepEqual(od.map((r) => [r.year, r.value]), [[2015, 5500], [2017, 5810], [2020, 6822]]);
});

