/**
 * The overview, qualifications, training and sources queries, run through the Node runner over the built
 * public/data, return the published figures (checked against the source documents, not against themselves).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNodeRunner } from '../../../src/lib/duckdb-node.ts';
import type { Row } from '../../../src/charts/types.ts';

const runner = createNodeRunner();
const find = (rows: Row[], pred: (r: Row) => boolean): Row => {
  const r = rows.find(pred);
  assert.ok(r, 'expected row not found');
  return r;
};

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
  assert.equal(find(heads, (r) => r.kind === 'observed' && r.year === 2012).value, 109794);
  assert.equal(find(heads, (r) => r.kind === 'target' && r.year === 2020).value, 300000);
  assert.ok(!heads.some((r) => r.kind === 'target' && r.year === 2030), 'the 2030 "500,000 more" is an increase, not a level');
});

test('2013 health technicians with a bachelor’s degree or higher: 28.5% (2013 bulletin as quoted)', async () => {
  const rows = await runner.query('qualifications_composition', { breakdown: 'education', cadre: 'health_technicians' });
  const r = find(rows, (x) => x.year === 2013 && x.category === 'bachelor_plus');
  assert.equal(r.value, 28.5);
  assert.equal(r.is_secondary, true);
  const y2019 = rows.filter((x) => x.year === 2019).map((x) => [x.category, x.value]);
  assert.deepEqual(y2019, [['bachelor_plus', 39.2], ['junior_college', 39.1], ['secondary_vocational', 20.6], ['high_school_below', 1.1]]);
  const titles = await runner.query('qualifications_composition', { breakdown: 'title', cadre: 'health_technicians' });
  assert.equal(find(titles, (x) => x.year === 2018 && x.category === 'senior').value, 8);
});

test('composition never stacks overlapping thresholds (master’s+ inside bachelor’s+)', async () => {
  const rows = await runner.query('qualifications_composition', { breakdown: 'education', cadre: 'physicians_unspecified' });
  assert.ok(!rows.some((r) => r.category === 'masters_plus'));
  const share = await runner.query('qualifications_degree_share');
  assert.equal(find(share, (r) => r.cadre === 'nurses' && r.year === 2023).value_published, '超过80');
  assert.equal(find(share, (r) => r.cadre === 'physicians_assistants' && r.year === 2019).value, 57.4);
});

test('residency cumulative totals and order-directed plans as published', async () => {
  const res = await runner.query('training_residency');
  assert.equal(find(res, (r) => r.measure === 'cumulative_enrolled' && r.year === 2018).value, 480000);
  assert.equal(find(res, (r) => r.measure === 'cumulative_certified' && r.year === 2023).value, 640000);
  assert.equal(find(res, (r) => r.kind === 'target').value, 500000);
  const od = await runner.query('training_order_directed');
  assert.deepEqual(od.map((r) => [r.year, r.value]), [[2015, 5500], [2017, 5810], [2020, 6822]]);
});

test('overview headlines: latest figures with year, source and the next target', async () => {
  const rows = await runner.query('overview_headlines');
  const gp = find(rows, (r) => r.key === 'gps_per_10000');
  assert.equal(gp.year, 2023);
  assert.equal(gp.value, 3.99);
  assert.equal(gp.target_year, 2030);
  assert.equal(gp.target_value, 5);
  const doc = find(rows, (r) => r.key === 'physicians_assistants_per_1000');
  assert.equal(doc.target_year, 2025);
  assert.equal(doc.target_value, 3.2);
  for (const r of rows) assert.ok(typeof r.source_id === 'string' && r.source_id.length > 0);
});

test('sources page: catalogue covers every source; coverage lists missing years', async () => {
  const cat = await runner.query('sources_catalogue');
  const ids = new Set(cat.map((r) => r.id));
  assert.equal(ids.size, cat.length);
  assert.ok(ids.has('668528-598284'));
  const cov = await runner.query('sources_coverage');
  const gp = find(cov, (r) => r.cadre === 'gps' && r.measure === 'density');
  assert.match(String(gp.missing), /(^|,)2014(,|$)/);
  assert.doesNotMatch(String(gp.missing), /(^|,)2015(,|$)/);
});
