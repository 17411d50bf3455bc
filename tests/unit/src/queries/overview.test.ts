/** The overview queries, run over the built data, return the latest published figures and targets. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, runner } from '../../helpers/query.ts';

test('overview headlines: latest figures with year, source and the next target', async () => {
  const rows = await runner.query('overview_headlines');
  const gp = find(rows, (r) => r.key === 'gps_per_10000');
  // 2024: 4.54 per 10,000, carried only by a mirror copy of a news report on the 2024 bulletin, so secondary
  assert.equal(gp.year, 2024);
  assert.equal(gp.value, 4.54);
  assert.equal(gp.is_secondary, true);
  assert.equal(gp.target_year, 2030);
  assert.equal(gp.target_value, 5);
  const doc = find(rows, (r) => r.key === 'physicians_assistants_per_1000');
  assert.equal(doc.target_year, 2025);
  assert.equal(doc.target_value, 3.2);
  for (const r of rows) assert.ok(typeof r.source_id === 'string' && r.source_id.length > 0);
});

