/** The qualifications queries, run over the built data, return the published make-up (checked against the source documents). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, runner } from '../../helpers/query.ts';

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

